import type { SignalType } from './signal.ts';
import type { CalendarDate, Instant } from './time-values.ts';

/** The days a replay evaluates, both included: the portfolio is assessed at the end of each. */
export interface ReplayRange {
  from: CalendarDate;
  to: CalendarDate;
}

/** A signal the replay raised for a churned account before its close, and how long before. */
export interface ReplayedSignal {
  type: SignalType;
  /** The end of the first day (23:59:59.999 UTC) of the range at which the engine raised it. */
  firstDetectedAt: Instant;
  /** Whole days elapsed from `firstDetectedAt` to the close, rounded down. */
  leadDays: number;
}

/** An onboarding that churned within the range, with the warnings it had before. */
export interface ReplayedChurn {
  companyId: string;
  closedAt: Instant;
  /** Earliest first. */
  signals: ReplayedSignal[];
}

/** How one alarm did over the replayed portfolio: who had it, who of those churned, how early it came. */
export interface SignalOutcome {
  type: SignalType;
  accounts: number;
  churned: number;
  /** Over the churned accounts that had it; null when none did. */
  medianLeadDays: number | null;
}

/** A signal type whose inputs have no history in the snapshot: replaying it would invent its lead time. */
export interface NotReplayableSignal {
  type: SignalType;
  why: string;
}

/** An onboarding the replay could not follow, and why. */
export interface NotReplayedOnboarding {
  companyId: string;
  why: string;
}

export interface PortfolioReplay {
  from: CalendarDate;
  to: CalendarDate;
  /** Churned with a close in the range, in input order. */
  churned: ReplayedChurn[];
  /** One row per replayable signal type, in the order of `signalTypes`. */
  bySignal: SignalOutcome[];
  notReplayable: NotReplayableSignal[];
  /** The churned accounts no replayable signal warned about before their close. */
  unwarned: { churned: string[]; count: number };
  notReplayed: NotReplayedOnboarding[];
}
