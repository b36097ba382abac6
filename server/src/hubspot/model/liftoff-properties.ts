import {
  onboardingOutcomes,
  onboardingStatuses,
  outcomeReasons,
  phases,
  riskLevels,
  riskReasons,
  signalTypes,
} from '@liftoff/shared/domain/index';
import type { EscalationLevel, SignalType } from '@liftoff/shared/domain/index';
import type { CompanyOnboardingFields, DealHandoffFields } from '../../onboarding/ports/crm-gateway.ts';
import {
  parseHubSpotBoolean,
  parseHubSpotDate,
  parseHubSpotInstant,
  parseHubSpotList,
  parseHubSpotNumber,
  toHubSpotBoolean,
  toHubSpotDate,
  toHubSpotInstant,
  toHubSpotList,
  toHubSpotNumber,
} from './hubspot-value.ts';
import {
  createEnumCodec,
  createNullableCodec,
  createNullableEnumCodec,
  createRequiredCodec,
  type PropertyCodec,
  type PropertyCodecs,
} from './property-codec.ts';

/** The names of Liftoff's company and deal properties (docs/PRODUCT.md §3): the interface for workflows and reports. */

function createNumberCodec(name: string): PropertyCodec<number> {
  return createRequiredCodec(name, (value: number) => toHubSpotNumber(value), parseHubSpotNumber);
}

const escalationLevels: readonly EscalationLevel[] = [0, 1, 2, 3];

function parseEscalationLevel(raw: string | null | undefined): EscalationLevel | null {
  const level = parseHubSpotNumber(raw);
  return escalationLevels.find((candidate) => candidate === level) ?? null;
}

function parseSignalTypes(raw: string | null | undefined): SignalType[] {
  return parseHubSpotList(raw).filter((item): item is SignalType => (signalTypes as readonly string[]).includes(item));
}

export const companyPropertyCodecs: PropertyCodecs<CompanyOnboardingFields> = {
  status: createEnumCodec('liftoff_status', onboardingStatuses),
  phase: createEnumCodec('liftoff_phase', phases),
  startDate: createRequiredCodec('liftoff_start_date', toHubSpotDate, parseHubSpotDate),
  day: createNumberCodec('liftoff_day'),
  healthScore: createNumberCodec('liftoff_health_score'),
  riskLevel: createEnumCodec('liftoff_risk_level', riskLevels),
  riskReason: createEnumCodec('liftoff_risk_reason', riskReasons),
  escalationLevel: createRequiredCodec('liftoff_escalation_level', toHubSpotNumber, parseEscalationLevel),
  openSignals: createNumberCodec('liftoff_open_signals'),
  openSignalTypes: {
    name: 'liftoff_open_signal_types',
    encode: toHubSpotList,
    decode: (raw) => (raw === undefined ? undefined : parseSignalTypes(raw)),
  },
  nextCheckpointDate: createNullableCodec('liftoff_next_checkpoint_date', toHubSpotDate, parseHubSpotDate),
  criteriaMet: createNumberCodec('liftoff_criteria_met'),
  criteriaTotal: createNumberCodec('liftoff_criteria_total'),
  activated: createNullableCodec('liftoff_activated', toHubSpotBoolean, parseHubSpotBoolean),
  activationDay: createNullableCodec('liftoff_activation_day', toHubSpotNumber, parseHubSpotNumber),
  activatedByD30: createNullableCodec('liftoff_activated_by_d30', toHubSpotBoolean, parseHubSpotBoolean),
  activatedByD60: createNullableCodec('liftoff_activated_by_d60', toHubSpotBoolean, parseHubSpotBoolean),
  activatedByD90: createNullableCodec('liftoff_activated_by_d90', toHubSpotBoolean, parseHubSpotBoolean),
  lastLoginAt: createNullableCodec('liftoff_last_login_at', toHubSpotInstant, parseHubSpotInstant),
  logins7d: createNumberCodec('liftoff_logins_7d'),
  activeUsers7d: createNumberCodec('liftoff_active_users_7d'),
  lastEvaluatedAt: createRequiredCodec('liftoff_last_evaluated_at', toHubSpotInstant, parseHubSpotInstant),
  nextAction: createRequiredCodec(
    'liftoff_next_action',
    (value: string) => value,
    (raw) => raw || null,
  ),
  outcome: createNullableEnumCodec('liftoff_outcome', onboardingOutcomes),
  outcomeReason: createNullableEnumCodec('liftoff_outcome_reason', outcomeReasons),
  closedAt: createNullableCodec('liftoff_closed_at', toHubSpotInstant, parseHubSpotInstant),
};

/** Missing items are one per line: a multi-line text property reads well on the deal record. */
export const dealPropertyCodecs: PropertyCodecs<DealHandoffFields> = {
  handoffReadiness: createNumberCodec('liftoff_handoff_readiness'),
  handoffMissing: {
    name: 'liftoff_handoff_missing',
    encode: (items) => items.join('\n'),
    decode: (raw) => (raw === undefined ? undefined : (raw ?? '').split('\n').filter((item) => item !== '')),
  },
  promisesKept: createNumberCodec('liftoff_promises_kept'),
  promisesTotal: createNumberCodec('liftoff_promises_total'),
};
