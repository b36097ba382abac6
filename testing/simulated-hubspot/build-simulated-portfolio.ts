import type { LiftoffObjectTypes } from '../../server/src/hubspot/reads/liftoff-object-type-cache.ts';
import { liftoffObjectNames } from '../../server/src/hubspot/model/liftoff-schema.ts';
import type {
  SimulatedAssociationInput,
  SimulatedAssociationType,
  SimulatedDataset,
  SimulatedRecordInput,
} from './simulated-hubspot.ts';

export interface SimulatedPortfolioOptions {
  size: number;
  portalId: string;
  objectTypes: LiftoffObjectTypes;
  /** Every record's creation and last modification instant. */
  seededAt: number;
}

const firstCompanyId = 1_000_000;
const dayMs = 86_400_000;
const stakeholderLabels = [
  'Economic decision maker',
  'End user',
  'Technical influencer',
  'Sponsor',
  'Validation owner',
];
const engagementTypeIds: Record<string, number> = { emails: 185, calls: 181, meetings: 187 };

/** The ids of the portfolio's companies, in seeding order. */
export function buildSimulatedCompanyIds(size: number): string[] {
  return Array.from({ length: size }, (_, index) => String(firstCompanyId + index));
}

/**
 * The portfolio: each company with 5 labelled contacts, 20 engagements (emails, calls and meetings in turn,
 * one a day), 3 tickets (one closed) and 10 Liftoff records (4 criteria, 4 milestones, 2 signals), all last modified
 * at `seededAt`.
 */
export function buildSimulatedPortfolio(options: SimulatedPortfolioOptions): SimulatedDataset {
  const { objectTypes, seededAt } = options;
  const objects: Record<string, SimulatedRecordInput[]> = {};
  const associations: SimulatedAssociationInput[] = [];
  const add = (type: string, companyId: string, record: SimulatedRecordInput, types: SimulatedAssociationType[]) => {
    (objects[type] ??= []).push({ ...record, createdAt: seededAt, updatedAt: seededAt });
    associations.push({ from: { type: 'companies', id: companyId }, to: { type, id: record.id }, types });
  };
  const liftoffTypes = [objectTypes.criterion, objectTypes.milestone, objectTypes.signal];
  for (const companyId of buildSimulatedCompanyIds(options.size)) {
    (objects['companies'] ??= []).push({
      id: companyId,
      properties: { name: `Company ${companyId}`, domain: `c${companyId}.example` },
      createdAt: seededAt,
      updatedAt: seededAt,
    });
    stakeholderLabels.forEach((label, k) => {
      add('contacts', companyId, { id: `${companyId}0${k}`, properties: { firstname: 'Pat', lastname: `N${k}` } }, [
        { category: 'HUBSPOT_DEFINED', typeId: 280 },
        { category: 'USER_DEFINED', typeId: 900 + k, label },
      ]);
    });
    for (let k = 0; k < 20; k += 1) {
      const type = ['emails', 'calls', 'meetings'][k % 3] ?? 'emails';
      const properties = {
        hs_timestamp: new Date(seededAt - k * dayMs).toISOString(),
        hs_email_direction: k % 2 === 0 ? 'EMAIL' : 'INCOMING_EMAIL',
        hs_call_status: 'COMPLETED',
        hs_meeting_outcome: 'COMPLETED',
      };
      add(type, companyId, { id: `${companyId}1${String(k).padStart(2, '0')}`, properties }, [
        { category: 'HUBSPOT_DEFINED', typeId: engagementTypeIds[type] ?? 185 },
      ]);
    }
    for (let k = 0; k < 3; k += 1) {
      const properties = { hs_pipeline_stage: k === 0 ? '4' : '1', hs_ticket_priority: 'HIGH' };
      add('tickets', companyId, { id: `${companyId}2${k}`, properties }, [
        { category: 'HUBSPOT_DEFINED', typeId: 340 },
      ]);
    }
    for (let k = 0; k < 10; k += 1) {
      const type = liftoffTypes[k < 4 ? 0 : k < 8 ? 1 : 2] ?? objectTypes.criterion;
      if (type === null) continue;
      const properties = { liftoff_key: `${companyId}:${k}`, name: `Record ${k}` };
      add(type, companyId, { id: `${companyId}3${k}`, properties }, [{ category: 'HUBSPOT_DEFINED', typeId: 1 }]);
    }
  }
  const aliases: Record<string, string> = {};
  for (const object of ['criterion', 'milestone', 'signal'] as const) {
    const typeId = objectTypes[object];
    if (typeId !== null) aliases[typeId] = `p${options.portalId}_${liftoffObjectNames[object]}`;
  }
  return { objects, associations, aliases };
}
