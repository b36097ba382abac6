import type { Kysely } from 'kysely';
import type { Assessment } from '@liftoff/shared/domain/index';
import type { AssessmentStore } from '../../onboarding/ports/index.ts';
import type { Database } from './database.ts';

/**
 * The last assessment per company, as JSON. Only `save` writes the column, from a typed Assessment of the same
 * schema version, so reading it back is a trusted decode (a changed Assessment shape is a new migration).
 */
export function createSqliteAssessmentStore(db: Kysely<Database>): AssessmentStore {
  return {
    save: async (portalId, assessment) => {
      const row = { as_of: assessment.asOf, assessment_json: JSON.stringify(assessment) };
      await db
        .insertInto('assessments')
        .values({ portal_id: portalId, company_id: assessment.companyId, ...row })
        .onConflict((conflict) => conflict.columns(['portal_id', 'company_id']).doUpdateSet(row))
        .execute();
    },

    get: async (portalId, companyId) => {
      const row = await db
        .selectFrom('assessments')
        .select('assessment_json')
        .where('portal_id', '=', portalId)
        .where('company_id', '=', companyId)
        .executeTakeFirst();
      return row ? toAssessment(row.assessment_json) : null;
    },

    list: async (portalId) => {
      const rows = await db
        .selectFrom('assessments')
        .select('assessment_json')
        .where('portal_id', '=', portalId)
        .orderBy('company_id')
        .execute();
      return rows.map((row) => toAssessment(row.assessment_json));
    },
  };
}

function toAssessment(json: string): Assessment {
  return JSON.parse(json) as Assessment;
}
