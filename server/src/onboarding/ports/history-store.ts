import type { Instant, SignalType } from '@liftoff/shared/domain/index';
import type {
  ClosedOnboarding,
  HistoryEntry,
  HistoryState,
  SignalDetection,
  WeekState,
} from './records/history-entry.ts';

/** The assessment history: appended by the worker's recomputes, read by the trends and the card's chart. */
export interface HistoryStore {
  /** The onboarding's last history row; null before its first. */
  latest(portalId: string, companyId: string): Promise<HistoryState | null>;
  /** Appends the row and makes it its week's last state. */
  append(portalId: string, entry: HistoryEntry): Promise<void>;
  /** The onboarding's rows recorded at or after `since`, oldest first. */
  listCompany(portalId: string, companyId: string, since: Instant): Promise<HistoryState[]>;
  /** Every onboarding's last state of each week ending in [fromWeekEnd, toWeekEnd]. */
  listWeeks(portalId: string, fromWeekEnd: Instant, toWeekEnd: Instant): Promise<WeekState[]>;
  /** When the portal's history starts; null while it has none. */
  firstRecordedAt(portalId: string): Promise<Instant | null>;
  /** Deletes the rows recorded (and the weeks ended) before `before`; answers how many history rows went. */
  purge(before: Instant): Promise<number>;
  /** Each time a signal was detected on the company: its current detection and every reopening, oldest first. */
  listDetections(portalId: string, companyId: string): Promise<{ type: SignalType; at: Instant }[]>;
  /** The portal's closed onboardings and the first detection of each signal on any of its companies. */
  listOutcomes(portalId: string): Promise<{ closed: ClosedOnboarding[]; detections: SignalDetection[] }>;
}
