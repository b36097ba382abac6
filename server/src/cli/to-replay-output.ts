import type { NotReplayedOnboarding, PortfolioReplay, SignalOutcome, SignalType } from '@liftoff/shared/domain/index';
import { toCompactIsoInstant, toIsoDate } from '@liftoff/shared/time/iso';

/**
 * docs/EVALUATE.md `--replay`: the contract's `from`, `to`, `churned`, `bySignal` and `notReplayable`, in this
 * order, then the additions `unwarned` and `notReplayed` (docs/EVALUATE.md says what they hold).
 */
export interface ReplayOutput {
  from: string;
  to: string;
  churned: {
    companyId: string;
    closedAt: string;
    signals: { type: SignalType; firstDetectedAt: string; leadDays: number }[];
  }[];
  bySignal: SignalOutcome[];
  notReplayable: { type: SignalType; why: string }[];
  unwarned: { churned: string[]; count: number };
  notReplayed: NotReplayedOnboarding[];
}

export function toReplayOutput(replay: PortfolioReplay): ReplayOutput {
  return {
    from: toIsoDate(replay.from),
    to: toIsoDate(replay.to),
    churned: replay.churned.map(({ companyId, closedAt, signals }) => ({
      companyId,
      closedAt: toCompactIsoInstant(closedAt),
      signals: signals.map(({ type, firstDetectedAt, leadDays }) => ({
        type,
        firstDetectedAt: toCompactIsoInstant(firstDetectedAt),
        leadDays,
      })),
    })),
    bySignal: replay.bySignal.map(({ type, accounts, churned, medianLeadDays }) => ({
      type,
      accounts,
      churned,
      medianLeadDays,
    })),
    notReplayable: replay.notReplayable.map(({ type, why }) => ({ type, why })),
    unwarned: { churned: [...replay.unwarned.churned], count: replay.unwarned.count },
    notReplayed: replay.notReplayed.map(({ companyId, why }) => ({ companyId, why })),
  };
}
