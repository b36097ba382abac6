/**
 * Every failure leaving the HubSpot adapter is a HubSpotError with a closed `kind`, so callers
 * (jobs, HTTP handlers) branch on data instead of parsing SDK exceptions or status codes.
 */
export type HubSpotErrorKind =
  | 'rate_limited'
  | 'daily_limit'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'bad_request'
  | 'server'
  | 'network'
  | 'unexpected';

export interface HubSpotErrorInit {
  kind: HubSpotErrorKind;
  message: string;
  /** HTTP status of HubSpot's answer; null when no answer arrived (network) or it was never sent (halted portal). */
  status?: number | null;
  correlationId?: string | null;
  /** 429 bodies name the policy that tripped: TEN_SECONDLY_ROLLING, SECONDLY, DAILY. */
  policyName?: string | null;
  /** HubSpot's error category, e.g. VALIDATION_ERROR, OBJECT_NOT_FOUND. */
  category?: string | null;
  /** Response headers, lower-cased (never request headers, so no token). */
  headers?: Readonly<Record<string, string>>;
  /** When calling again makes sense (the daily reset for 'daily_limit'); null when unknown. */
  retryAtMs?: number | null;
}

export class HubSpotError extends Error {
  override readonly name = 'HubSpotError';
  readonly kind: HubSpotErrorKind;
  readonly status: number | null;
  readonly correlationId: string | null;
  readonly policyName: string | null;
  readonly category: string | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly retryAtMs: number | null;

  constructor(init: HubSpotErrorInit) {
    super(init.message);
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.correlationId = init.correlationId ?? null;
    this.policyName = init.policyName ?? null;
    this.category = init.category ?? null;
    this.headers = init.headers ?? {};
    this.retryAtMs = init.retryAtMs ?? null;
  }
}
