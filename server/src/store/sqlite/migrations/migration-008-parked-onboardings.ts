import type { Kysely, Migration } from 'kysely';

/**
 * 008: an onboarding the worker parked (its company unknown to the CRM) keeps why and when, so the card shows it
 * parked and the sweep and refreshes leave it alone instead of retrying it forever. Existing onboardings stay unparked.
 */
export const migration008ParkedOnboardings: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('onboardings').addColumn('parked_reason', 'text').execute();
    await db.schema.alterTable('onboardings').addColumn('parked_at', 'integer').execute();
  },
};
