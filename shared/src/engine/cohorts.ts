import type { Activation, CohortActivation, Onboarding } from '../domain/index.ts';
import { toIsoMonth } from '../time/iso.ts';
import { cohortHorizonDays } from './method-calendar.ts';

/** What the cohort report needs of one assessed onboarding. */
export interface CohortMember {
  onboarding: Pick<Onboarding, 'startDate' | 'usageTracked'>;
  day: number;
  activation: Activation;
}

type RateKey = keyof CohortActivation['activationRate'];
const rateKeys = Object.keys(cohortHorizonDays) as RateKey[];

interface Tally {
  size: number;
  old: Record<RateKey, number>;
  activated: Record<RateKey, number>;
}

/**
 * Cohort = month of the start date (`YYYY-MM`). Activation rate at D = onboardings activated by day D ÷ onboardings
 * at least D days old, both numbers kept in `counts`; null when none is that old. Onboardings whose activation is
 * unknown (no usage source) count in `size` but not in the rates nor the counts (missing data is not bad data).
 * Sorted by month ascending.
 */
export function evaluateCohorts(members: readonly CohortMember[]): CohortActivation[] {
  const byMonth = new Map<string, Tally>();
  for (const member of members) {
    const month = toIsoMonth(member.onboarding.startDate);
    const tally = byMonth.get(month) ?? {
      size: 0,
      old: { d30: 0, d60: 0, d90: 0 },
      activated: { d30: 0, d60: 0, d90: 0 },
    };
    byMonth.set(month, tally);
    tally.size += 1;
    if (!member.onboarding.usageTracked || member.activation.activated === null) continue;
    for (const key of rateKeys) {
      if (member.day < cohortHorizonDays[key]) continue;
      tally.old[key] += 1;
      if (member.activation.day !== null && member.activation.day <= cohortHorizonDays[key]) tally.activated[key] += 1;
    }
  }
  return [...byMonth.keys()].sort().map((month) => {
    const { size, old, activated } = byMonth.get(month) as Tally;
    const rate = (key: RateKey): number | null => (old[key] === 0 ? null : activated[key] / old[key]);
    const count = (key: RateKey) => ({ activated: activated[key], eligible: old[key] });
    return {
      cohort: month,
      size,
      activationRate: { d30: rate('d30'), d60: rate('d60'), d90: rate('d90') },
      counts: { d30: count('d30'), d60: count('d60'), d90: count('d90') },
    };
  });
}
