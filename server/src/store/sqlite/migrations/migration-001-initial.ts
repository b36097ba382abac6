import type { Kysely, Migration } from 'kysely';

/**
 * 001: the whole first schema. Every table is keyed by portal_id (one portal per deployment today, OAuth later).
 * Onboarding-owned children cascade with their onboarding, so a company merge moves them with one update;
 * CRM mirrors and usage have no foreign key because they may arrive before the onboarding starts.
 */
export const migration001Initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('inbox_events')
      .addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement())
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('source', 'text', (column) => column.notNull())
      .addColumn('event_id', 'text', (column) => column.notNull())
      .addColumn('kind', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text')
      .addColumn('occurred_at', 'integer', (column) => column.notNull())
      .addColumn('payload_json', 'text', (column) => column.notNull())
      .addColumn('received_at', 'integer', (column) => column.notNull())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'integer', (column) => column.notNull())
      .addColumn('lease_until', 'integer')
      .addColumn('last_error', 'text')
      .addColumn('completed_at', 'integer')
      .addUniqueConstraint('inbox_events_event_key', ['portal_id', 'source', 'event_id'])
      .execute();
    // Rows of one status in id order (SQLite appends the rowid to every index): the claim walks pending and
    // processing rows oldest first without touching the done rows kept for deduplication.
    await db.schema.createIndex('inbox_events_status').on('inbox_events').column('status').execute();
    await db.schema
      .createIndex('inbox_events_company')
      .on('inbox_events')
      .columns(['portal_id', 'company_id', 'status'])
      .execute();
    await db.schema
      .createIndex('inbox_events_completed')
      .on('inbox_events')
      .columns(['status', 'completed_at'])
      .execute();

    await db.schema
      .createTable('onboardings')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text', (column) => column.notNull())
      .addColumn('company_name', 'text')
      .addColumn('deal_id', 'text')
      .addColumn('template_id', 'text')
      .addColumn('start_date', 'integer', (column) => column.notNull())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('usage_tracked', 'integer', (column) => column.notNull())
      .addColumn('key_features_json', 'text', (column) => column.notNull())
      .addColumn('created_at', 'integer', (column) => column.notNull())
      .addColumn('updated_at', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('onboardings_pk', ['portal_id', 'company_id'])
      .execute();
    await db.schema.createIndex('onboardings_status').on('onboardings').columns(['portal_id', 'status']).execute();

    await db.schema
      .createTable('criteria')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text', (column) => column.notNull())
      .addColumn('criterion_id', 'text', (column) => column.notNull())
      .addColumn('position', 'integer', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('metric', 'text')
      .addColumn('unit', 'text')
      .addColumn('baseline', 'real')
      .addColumn('target', 'real')
      .addColumn('current', 'real')
      .addColumn('due_date', 'integer')
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('source', 'text', (column) => column.notNull())
      .addColumn('owner_contact_id', 'text')
      .addPrimaryKeyConstraint('criteria_pk', ['portal_id', 'company_id', 'criterion_id'])
      .addForeignKeyConstraint(
        'criteria_onboarding',
        ['portal_id', 'company_id'],
        'onboardings',
        ['portal_id', 'company_id'],
        (fk) => fk.onDelete('cascade').onUpdate('cascade'),
      )
      .execute();

    await db.schema
      .createTable('milestones')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text', (column) => column.notNull())
      .addColumn('milestone_id', 'text', (column) => column.notNull())
      .addColumn('position', 'integer', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('kind', 'text', (column) => column.notNull())
      .addColumn('due_date', 'integer', (column) => column.notNull())
      .addColumn('completed_at', 'integer')
      .addColumn('skipped', 'integer', (column) => column.notNull())
      .addColumn('checklist_json', 'text', (column) => column.notNull())
      .addColumn('notes', 'text')
      .addPrimaryKeyConstraint('milestones_pk', ['portal_id', 'company_id', 'milestone_id'])
      .addForeignKeyConstraint(
        'milestones_onboarding',
        ['portal_id', 'company_id'],
        'onboardings',
        ['portal_id', 'company_id'],
        (fk) => fk.onDelete('cascade').onUpdate('cascade'),
      )
      .execute();

    await db.schema
      .createTable('first_week_steps')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text', (column) => column.notNull())
      .addColumn('step_id', 'text', (column) => column.notNull())
      .addColumn('position', 'integer', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('done_at', 'integer')
      .addPrimaryKeyConstraint('first_week_steps_pk', ['portal_id', 'company_id', 'step_id'])
      .addForeignKeyConstraint(
        'first_week_steps_onboarding',
        ['portal_id', 'company_id'],
        'onboardings',
        ['portal_id', 'company_id'],
        (fk) => fk.onDelete('cascade').onUpdate('cascade'),
      )
      .execute();

    await db.schema
      .createTable('signal_states')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text', (column) => column.notNull())
      .addColumn('signal_type', 'text', (column) => column.notNull())
      .addColumn('position', 'integer', (column) => column.notNull())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('detected_at', 'integer', (column) => column.notNull())
      .addColumn('snoozed_until', 'integer')
      .addColumn('resolved_at', 'integer')
      .addColumn('note', 'text')
      .addColumn('updated_at', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('signal_states_pk', ['portal_id', 'company_id', 'signal_type'])
      .addForeignKeyConstraint(
        'signal_states_onboarding',
        ['portal_id', 'company_id'],
        'onboardings',
        ['portal_id', 'company_id'],
        (fk) => fk.onDelete('cascade').onUpdate('cascade'),
      )
      .execute();

    await db.schema
      .createTable('checkpoint_notes')
      .addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement())
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text', (column) => column.notNull())
      .addColumn('milestone_id', 'text')
      .addColumn('at', 'integer', (column) => column.notNull())
      .addColumn('author_id', 'text')
      .addColumn('text', 'text', (column) => column.notNull())
      .addForeignKeyConstraint(
        'checkpoint_notes_onboarding',
        ['portal_id', 'company_id'],
        'onboardings',
        ['portal_id', 'company_id'],
        (fk) => fk.onDelete('cascade').onUpdate('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('checkpoint_notes_company')
      .on('checkpoint_notes')
      .columns(['portal_id', 'company_id', 'at'])
      .execute();

    await db.schema
      .createTable('stakeholders')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text', (column) => column.notNull())
      .addColumn('contact_id', 'text', (column) => column.notNull())
      .addColumn('position', 'integer', (column) => column.notNull())
      .addColumn('name', 'text')
      .addColumn('roles_json', 'text', (column) => column.notNull())
      .addColumn('last_engaged_at', 'integer')
      .addColumn('kpi', 'text')
      .addPrimaryKeyConstraint('stakeholders_pk', ['portal_id', 'company_id', 'contact_id'])
      .execute();

    await db.schema
      .createTable('engagements')
      .addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement())
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text', (column) => column.notNull())
      .addColumn('at', 'integer', (column) => column.notNull())
      .addColumn('type', 'text', (column) => column.notNull())
      .addColumn('direction', 'text', (column) => column.notNull())
      .addColumn('connected', 'integer', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('engagements_company').on('engagements').columns(['portal_id', 'company_id']).execute();

    await db.schema
      .createTable('tickets')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text', (column) => column.notNull())
      .addColumn('ticket_id', 'text', (column) => column.notNull())
      .addColumn('opened_at', 'integer', (column) => column.notNull())
      .addColumn('closed_at', 'integer')
      .addColumn('priority', 'text')
      .addColumn('category', 'text')
      .addPrimaryKeyConstraint('tickets_pk', ['portal_id', 'company_id', 'ticket_id'])
      .execute();

    await db.schema
      .createTable('usage_events')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('event_id', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text', (column) => column.notNull())
      .addColumn('kind', 'text', (column) => column.notNull())
      .addColumn('at', 'integer', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('feature', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('usage_events_pk', ['portal_id', 'event_id'])
      .execute();
    await db.schema
      .createIndex('usage_events_company')
      .on('usage_events')
      .columns(['portal_id', 'company_id', 'at'])
      .execute();
    await db.schema.createIndex('usage_events_at').on('usage_events').column('at').execute();

    await db.schema
      .createTable('usage_daily')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text', (column) => column.notNull())
      .addColumn('day', 'integer', (column) => column.notNull())
      .addColumn('logins', 'integer', (column) => column.notNull())
      .addColumn('feature_uses', 'integer', (column) => column.notNull())
      .addColumn('active_users', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('usage_daily_pk', ['portal_id', 'company_id', 'day'])
      .execute();

    await db.schema
      .createTable('usage_daily_users')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text', (column) => column.notNull())
      .addColumn('day', 'integer', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('usage_daily_users_pk', ['portal_id', 'company_id', 'day', 'user_id'])
      .execute();

    await db.schema
      .createTable('usage_firsts')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text', (column) => column.notNull())
      .addColumn('kind', 'text', (column) => column.notNull())
      .addColumn('feature', 'text', (column) => column.notNull())
      .addColumn('event_id', 'text', (column) => column.notNull())
      .addColumn('at', 'integer', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('usage_firsts_pk', ['portal_id', 'company_id', 'kind', 'feature'])
      .execute();

    await db.schema
      .createTable('assessments')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text', (column) => column.notNull())
      .addColumn('as_of', 'integer', (column) => column.notNull())
      .addColumn('assessment_json', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('assessments_pk', ['portal_id', 'company_id'])
      .execute();

    await db.schema
      .createTable('sync_watermarks')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('stream', 'text', (column) => column.notNull())
      .addColumn('value', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('sync_watermarks_pk', ['portal_id', 'stream'])
      .execute();

    await db.schema
      .createTable('known_values')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('object_type', 'text', (column) => column.notNull())
      .addColumn('object_id', 'text', (column) => column.notNull())
      .addColumn('property', 'text', (column) => column.notNull())
      .addColumn('value', 'text')
      .addColumn('updated_at', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('known_values_pk', ['portal_id', 'object_type', 'object_id', 'property'])
      .execute();

    await db.schema
      .createTable('portal_settings')
      .addColumn('portal_id', 'text', (column) => column.primaryKey())
      .addColumn('mode', 'text', (column) => column.notNull())
      .addColumn('thresholds_json', 'text', (column) => column.notNull())
      .addColumn('templates_json', 'text', (column) => column.notNull())
      .addColumn('usage_property_mapping_json', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'integer', (column) => column.notNull())
      .execute();

    await db.schema
      .createTable('usage_api_keys')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('key_hash', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('usage_api_keys_pk', ['portal_id', 'key_hash'])
      .execute();
    await db.schema.createIndex('usage_api_keys_hash').on('usage_api_keys').column('key_hash').unique().execute();
  },
};
