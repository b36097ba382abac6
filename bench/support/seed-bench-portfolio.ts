import type { Clock, Store } from '../../server/src/onboarding/ports/index.ts';
import { generatePortfolio } from '../../server/src/sandbox/generate-portfolio.ts';
import { toUsageEvents } from '../../server/src/sandbox/to-usage-events.ts';

export interface SeededPortfolio {
  /** The company with the most activity, the heaviest card to read. */
  busiestCompanyId: string;
  companies: { companyId: string; companyName: string | null }[];
}

/**
 * Stores `size` generated onboardings with their activity (≈200 events each: engagements, tickets, usage) in the
 * portal, as the sandbox demo does.
 */
export async function seedBenchPortfolio(
  store: Store,
  portalId: string,
  size: number,
  clock: Clock,
): Promise<SeededPortfolio> {
  const onboardings = generatePortfolio({ seed: 2026, size, now: clock.now() });
  for (const generated of onboardings) {
    const { activity, ...onboarding } = generated;
    await store.onboardings.save({
      portalId,
      dealId: null,
      templateId: 'standard',
      createdAt: clock.now(),
      onboarding,
    });
    await store.activity.replaceCrmActivity(portalId, onboarding.companyId, {
      engagements: activity.engagements,
      tickets: activity.tickets,
      stakeholders: onboarding.stakeholders,
    });
    await store.activity.appendUsage(portalId, toUsageEvents(generated));
  }
  const busiest = [...onboardings].sort(
    (a, b) =>
      b.activity.logins.length +
      b.activity.engagements.length -
      (a.activity.logins.length + a.activity.engagements.length),
  )[0];
  if (busiest === undefined) throw new Error('empty portfolio');
  return {
    busiestCompanyId: busiest.companyId,
    companies: onboardings.map(({ companyId, companyName }) => ({ companyId, companyName })),
  };
}
