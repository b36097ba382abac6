/**
 * The work an inbox event asks for. Every job is idempotent: running it twice (a redelivery, a crash before the
 * event was marked done) has the effect of running it once.
 */
export type Job =
  /** A deal's stage changed: start the onboarding of its primary company if it is now closed-won. */
  | { kind: 'start_onboarding'; portalId: string; dealId: string }
  /** Something about the company changed in HubSpot: re-read its mirror, then re-assess it. */
  | { kind: 'refresh_company'; portalId: string; companyId: string }
  /** A ticket, engagement or Liftoff record changed and its company is not in the event: pull what changed. */
  | { kind: 'pull_changes'; portalId: string }
  /** HubSpot merged companies: the onboarding follows the surviving id. */
  | { kind: 'merge_company'; portalId: string; mergedCompanyIds: string[]; survivingCompanyId: string }
  /** The company was deleted in HubSpot: forget its onboarding. */
  | { kind: 'remove_company'; portalId: string; companyId: string }
  /** A deal's contacts or company changed in HubSpot: mirror its contacts for the Handoff card. */
  | { kind: 'refresh_deal_contacts'; portalId: string; dealId: string }
  /** Sales saved the deal's handoff in the card: write its readiness to the deal. */
  | { kind: 'write_handoff'; portalId: string; dealId: string }
  /** The sweep: re-assess with the current time (time-based signals move with no event). */
  | { kind: 'reassess'; portalId: string; companyId: string }
  /** An event Liftoff does not act on (kept as done, with its reason in the log). */
  | { kind: 'ignore'; reason: string };

export type JobKind = Job['kind'];
