import type { Instant } from '@liftoff/shared/domain/index';
import { CLOSED_WON_STAGE_ID } from './sandbox-records.ts';
import type { SandboxDeal } from './sandbox-records.ts';
import { toDealStageWebhook } from './to-deal-stage-webhook.ts';

export interface DemoInstructionsInput {
  /** Where the service listens. */
  listenUrl: string;
  /** What signatures are computed over (PUBLIC_BASE_URL). */
  publicBaseUrl: string;
  portalId: string;
  /** The demo's embedded secret, shown so it can be used; null when HUBSPOT_CLIENT_SECRET came from the environment. */
  clientSecret: string | null;
  speed: number;
  databasePath: string;
  summary: string;
  openDeal: SandboxDeal | null;
  exampleCompanyId: string | null;
  /** The demo portal's usage API key, so the usage API can be tried too. */
  usageApiKey: string;
  /** Real time: the webhook's `occurredAt`. */
  now: Instant;
}

const dayMs = 86_400_000;

const toSpeedText = (speed: number): string =>
  speed === 1
    ? 'real time (npm run demo -- --speed 86400 makes a simulated day pass every second)'
    : `simulated, ${speed}× real time (a day every ${Math.round((dayMs / speed / 1000) * 10) / 10} s)`;

/** One login event for `companyId` at `now`, as the customer's product would post it. */
const toLoginBatch = (companyId: string, now: Instant): string =>
  JSON.stringify({
    events: [
      {
        eventId: `demo-login-${now}`,
        type: 'login',
        userId: 'demo-user',
        companyId,
        timestamp: new Date(now).toISOString(),
      },
    ],
  });

/** A shell command that signs a request with `npm run sign` and sends exactly the bytes it signed. */
const toSignedCall = (method: 'GET' | 'POST', url: string, body?: string): string[] =>
  body === undefined
    ? [`  URL='${url}'`, `  npm run -s sign -- ${method} "$URL" | curl -s -H @- "$URL"; echo`]
    : [
        `  URL='${url}'`,
        `  BODY='${body}'`,
        `  npm run -s sign -- ${method} "$URL" "$BODY" | curl -s -H @- -H 'content-type: application/json' --data-raw "$BODY" "$URL"; echo`,
      ];

/** A closed-won notification as HubSpot sends it (docs/HUBSPOT.md §3.1) for the sandbox's open deal. */
const toClosedWonWebhook = (portalId: string, deal: SandboxDeal, now: Instant): string =>
  JSON.stringify([toDealStageWebhook(portalId, deal.id, CLOSED_WON_STAGE_ID, now)]);

/** What the demo prints once it listens: where it is, how to sign, the portfolio, and commands to paste. */
export function toDemoInstructions(input: DemoInstructionsInput): string {
  const base = input.publicBaseUrl;
  const caller = `portalId=${input.portalId}&userId=1`;
  const cardUrl = (companyId: string) => `${base}/api/cards/companies/${companyId}/onboarding?${caller}`;
  const secretLines =
    input.clientSecret === null
      ? ['Signatures: checked with HUBSPOT_CLIENT_SECRET from your environment (npm run sign uses it too).']
      : [`Signatures: required as in production; the demo client secret is ${input.clientSecret}`];
  const exportLine = input.clientSecret === null ? [] : [`  export HUBSPOT_CLIENT_SECRET='${input.clientSecret}'`];
  const example = input.exampleCompanyId;
  const deal = input.openDeal;
  const companyId = deal?.primaryCompanyId ?? null;
  return [
    `Liftoff demo: sandbox portal ${input.portalId} (in memory, no HubSpot account)`,
    `Listening on ${input.listenUrl}; public URL (what signatures cover): ${base}`,
    `Database: ${input.databasePath} (seeded anew on each start)`,
    `Clock: ${toSpeedText(input.speed)}`,
    ...secretLines,
    '',
    input.summary,
    'Try it from another terminal in this directory:',
    ...exportLine,
    '',
    '  # The portfolio, through the signed card API',
    ...toSignedCall('GET', `${base}/api/portfolio?${caller}`),
    ...(example === null
      ? []
      : [
          '',
          `  # The Onboarding card of company ${example}`,
          ...toSignedCall('GET', cardUrl(example)),
          '',
          `  # A login from the customer's product for company ${example} (usage API key: ${input.usageApiKey})`,
          `  curl -s ${base}/api/usage/events -H 'Authorization: Bearer ${input.usageApiKey}' -H 'content-type: application/json' \\`,
          `    --data-raw '${toLoginBatch(example, input.now)}'`,
        ]),
    ...(deal === null || companyId === null
      ? []
      : [
          '',
          `  # Win the open deal ${deal.id} (${deal.name}): a signed closed-won webhook`,
          ...toSignedCall('POST', `${base}/webhooks/hubspot`, toClosedWonWebhook(input.portalId, deal, input.now)),
          '',
          `  # A moment later, company ${companyId}'s new onboarding with its milestones`,
          ...toSignedCall('GET', cardUrl(companyId)),
        ]),
    '',
    'Ctrl-C stops the demo.',
  ].join('\n');
}
