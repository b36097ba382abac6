import { signalTypes } from '../../domain/index.ts';
import type { NotReplayableSignal, Onboarding, SignalType } from '../../domain/index.ts';
import { parseComputedMetric } from '../facts/compute-metric.ts';

/**
 * Rule: a signal type is not replayable when, in any onboarding replayed, an input it reads has no history in the
 * snapshot: the replay would have to assume it was always as it is now, and so invent when the signal first held.
 * Such a type gets no lead time at all (it is left out of `churned[].signals` and `bySignal`) rather than one
 * measured on part of the portfolio. The plan itself (milestones with their due dates, first-week steps, key
 * features) is made at the start (docs/PRODUCT.md §2 step 2) and is read as known from then.
 */
interface HistoryRequirement {
  types: readonly SignalType[];
  /** What has no history, and what that leaves unknown. */
  gap: string;
  lacks: (onboarding: Onboarding) => boolean;
}

const criteriaSignals: readonly SignalType[] = ['no_criteria', 'too_many_criteria', 'criterion_at_risk', 'no_baseline'];
const stakeholderSignals: readonly SignalType[] = ['single_threaded', 'no_validation_owner'];

const historyRequirements: readonly HistoryRequirement[] = [
  {
    types: criteriaSignals,
    gap: 'criteria without an agreement date (agreedAt): when they entered the plan is unknown',
    lacks: (o) => o.criteria.some((c) => c.agreedAt === null),
  },
  {
    types: criteriaSignals,
    gap: 'retired criteria: when they were retired is unknown',
    lacks: (o) => o.criteria.some((c) => c.status === 'retired'),
  },
  {
    types: ['criterion_at_risk'],
    gap: 'criteria whose current value a person entered: its earlier values are not in the snapshot',
    lacks: (o) => o.criteria.some((c) => c.status !== 'retired' && c.dueDate !== null && c.current !== null),
  },
  {
    types: ['criterion_at_risk'],
    gap: "a person's achieved or missed verdict without an achievedAt: when it was given is unknown",
    lacks: (o) => o.criteria.some((c) => c.status === 'missed' || (c.status === 'achieved' && c.achievedAt === null)),
  },
  {
    types: ['no_baseline'],
    gap: 'baselines a person entered without a baselineDate: when they became known is unknown',
    lacks: (o) =>
      o.criteria.some(
        (c) =>
          c.status !== 'retired' &&
          c.baseline !== null &&
          c.baselineDate === null &&
          parseComputedMetric(c.metric) === null,
      ),
  },
  {
    types: stakeholderSignals,
    gap: 'stakeholders whose roles have no taggedAt: who held which role when is unknown',
    lacks: (o) => o.stakeholders.some((s) => s.roles.length > 0 && s.taggedAt === null),
  },
  {
    types: ['single_threaded'],
    gap: 'stakeholders engaged with no engagement naming them (contactId): only their last engagement is known',
    lacks: (o) =>
      o.stakeholders.some(
        (s) => s.lastEngagedAt !== null && !o.activity.engagements.some((e) => e.contactId === s.contactId),
      ),
  },
  {
    types: ['milestone_overdue'],
    gap: 'skipped milestones: when they were skipped is unknown',
    lacks: (o) => o.milestones.some((m) => m.skipped),
  },
  {
    types: ['milestone_overdue'],
    gap: 'milestones a person marked not done, or done without a completedAt: when is unknown',
    lacks: (o) => o.milestones.some((m) => m.manual === 'not_done' || (m.manual === 'done' && m.completedAt === null)),
  },
];

/** The signal types the replay must leave out, in `signalTypes` order, each with every gap that rules it out. */
export function decideNotReplayable(replayed: readonly Onboarding[]): NotReplayableSignal[] {
  const whyByType = new Map<SignalType, string[]>();
  for (const { types, gap, lacks } of historyRequirements) {
    const count = replayed.filter(lacks).length;
    if (count === 0) continue;
    const why = `${gap} (${count} of ${replayed.length} ${replayed.length === 1 ? 'onboarding' : 'onboardings'} replayed)`;
    for (const type of types) whyByType.set(type, [...(whyByType.get(type) ?? []), why]);
  }
  return signalTypes.flatMap((type) => {
    const whys = whyByType.get(type);
    return whys === undefined ? [] : [{ type, why: whys.join('; ') }];
  });
}
