import { succeed } from '../result.ts';
import type { Engagement, Instant, Ticket } from '@liftoff/shared/domain/index';
import type {
  CompanyContext,
  CrmDeal,
  CrmDealContacts,
  CrmGateway,
  DealReadOptions,
  FieldsWrite,
  RecordWrite,
  StakeholderWrite,
  WritePlan,
  WriteResult,
  WriteTarget,
} from '../onboarding/ports/crm-gateway.ts';
import type { Clock } from '../onboarding/ports/index.ts';
import { CLOSED_WON_STAGE_ID } from './sandbox-records.ts';
import type { SandboxDeal, SandboxLiftoffRecord, SandboxRecords } from './sandbox-records.ts';

/** The sandbox portal: the CRM port in memory, plus the changes a user would make in HubSpot's own UI. */
export interface SandboxCrm extends CrmGateway {
  /**
   * Moves a deal to a stage, as a sales rep would in HubSpot; returns false for an unknown deal. Like HubSpot,
   * moving a deal to closed-won without a close date sets it to `at`.
   */
  setDealStage(dealId: string, stageId: string, at: Instant): boolean;
  /** Logs an email, call or meeting on the company's timeline at `at`. */
  logEngagement(companyId: string, record: Engagement, at: Instant): void;
  /** Opens a ticket, or updates the one with its id (closing it), at `at`. */
  saveTicket(companyId: string, record: Ticket, at: Instant): void;
  /** HubSpot's "last engaged" date of a contact moves to `at`; the company's association with it is modified then. */
  markContactEngaged(contactId: string, at: Instant): void;
  /** Deals not closed-won yet, the ones a demo user can win. */
  listOpenDeals(): SandboxDeal[];
  /** A copy of everything the portal holds now. */
  readRecords(): SandboxRecords;
}

const isSame = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const succeeded = (target: WriteTarget, id: string): WriteResult => ({ target, id, ok: true });

/** The fields of a write whose desired value differs from the known one; HubSpot is sent nothing else. */
function toChangedFields<T>(write: FieldsWrite<T>): Partial<T> {
  return Object.fromEntries(
    Object.entries(write.desired).filter(([name, value]) => !isSame(value, write.known[name as keyof T])),
  ) as Partial<T>;
}

/**
 * An in-memory CrmGateway over `records` (copied: the caller's objects are never mutated). Reads answer like the
 * HubSpot gateway (unknown ids left out, stakeholders from association labels); writes are diff-only, Liftoff
 * records are upserted by key, and a field write to a company or deal it does not hold fails with `not_found`;
 * `clock` stamps each record write's modification time, which `findChangedCompanies` searches on.
 */
export function createSandboxCrm(records: SandboxRecords, clock: Clock): SandboxCrm {
  const state = structuredClone(records);
  const companies = new Map(state.companies.map((company) => [company.id, company]));
  const deals = new Map(state.deals.map((deal) => [deal.id, deal]));
  const contacts = new Map(state.contacts.map((contact) => [contact.id, contact]));
  const liftoff = {
    criterion: new Map(state.criteria.map((entry) => [entry.record.id, entry])),
    milestone: new Map(state.milestones.map((entry) => [entry.record.id, entry])),
    signal: new Map(state.signals.map((entry) => [entry.record.key, entry])),
  };

  const ofCompany = <T extends { companyId: string }>(entries: Iterable<T>, companyId: string): T[] =>
    [...entries].filter((entry) => entry.companyId === companyId);

  const toCompanyContext = (companyId: string): CompanyContext | null => {
    const company = companies.get(companyId);
    if (company === undefined) return null;
    return structuredClone({
      companyId,
      name: company.name,
      domain: company.domain,
      fields: company.fields,
      stakeholders: ofCompany(state.associations, companyId).flatMap((association) => {
        const contact = contacts.get(association.contactId);
        return contact === undefined
          ? []
          : [
              {
                contactId: contact.id,
                name: contact.name,
                roles: association.roles,
                lastEngagedAt: contact.lastEngagedAt,
                taggedAt: null,
                kpi: contact.kpi,
              },
            ];
      }),
      engagements: ofCompany(state.engagements, companyId).map((entry) => entry.record),
      tickets: ofCompany(state.tickets, companyId).map((entry) => entry.record),
      criteria: ofCompany(liftoff.criterion.values(), companyId).map((entry) => entry.record),
      milestones: ofCompany(liftoff.milestone.values(), companyId).map((entry) => entry.record),
      signals: ofCompany(liftoff.signal.values(), companyId).map((entry) => entry.record),
      ownerId: company.ownerId ?? null,
    });
  };

  const toCrmDeal = (deal: SandboxDeal): CrmDeal => ({
    id: deal.id,
    pipelineId: deal.pipelineId,
    stageId: deal.stageId,
    closeDate: deal.closeDate,
    isClosedWon: deal.stageId === CLOSED_WON_STAGE_ID,
    primaryCompanyId: deal.primaryCompanyId,
  });

  /** The sandbox holds no deal↔contact associations: a deal's contacts are its primary company's (they carry no email). */
  /** Like the HubSpot gateway: the deal's name, its company's labelled contacts and, when asked, its promise records. */
  const toCrmDealContacts = (dealId: string, options: DealReadOptions): CrmDealContacts => {
    const deal = deals.get(dealId);
    const primaryCompanyId = deal?.primaryCompanyId ?? null;
    const associations = primaryCompanyId === null ? [] : ofCompany(state.associations, primaryCompanyId);
    const promises = options.promises
      ? [...liftoff.criterion.values()].filter(
          (entry) => entry.dealId === dealId && entry.record.source === 'sales_promise',
        )
      : [];
    return structuredClone({
      dealId,
      dealName: deal?.name ?? null,
      primaryCompanyId,
      contacts: associations.flatMap((association) => {
        const contact = contacts.get(association.contactId);
        return contact === undefined
          ? []
          : [{ contactId: contact.id, name: contact.name, email: null, roles: association.roles }];
      }),
      promises: promises.map(({ record }) => ({
        id: record.id,
        name: record.name,
        metric: record.metric,
        unit: record.unit,
        baseline: record.baseline,
        target: record.target,
        dueDate: record.dueDate,
      })),
    });
  };

  const writeFields = <T>(
    target: 'company' | 'deal',
    writes: readonly FieldsWrite<T>[],
    find: (id: string) => { fields: Partial<T> } | undefined,
  ): WriteResult[] =>
    writes.flatMap((write) => {
      const changed = toChangedFields(write);
      if (Object.keys(changed).length === 0) return [];
      const record = find(write.id);
      if (record === undefined) {
        return [{ target, id: write.id, ok: false, error: { code: 'not_found', message: `no ${target} ${write.id}` } }];
      }
      Object.assign(record.fields, structuredClone(changed));
      return [succeeded(target, write.id)];
    });

  const writeRecords = <T>(
    target: 'criterion' | 'milestone' | 'signal',
    writes: readonly RecordWrite<T>[],
    records: Map<string, SandboxLiftoffRecord<T>>,
    keyOf: (record: T) => string,
  ): WriteResult[] =>
    writes.flatMap((write) => {
      const key = keyOf(write.desired);
      if (write.known !== null && isSame(write.known, write.desired)) return [];
      const existing = records.get(key);
      records.set(key, {
        companyId: existing?.companyId ?? write.companyId,
        dealId: existing?.dealId ?? write.dealId,
        record: structuredClone(write.desired),
        modifiedAt: clock.now(),
      });
      return [succeeded(target, key)];
    });

  /** Labels are added to and removed from the company's association with the contact (created when missing). */
  const writeStakeholders = (writes: readonly StakeholderWrite[]): WriteResult[] =>
    writes.map((write) => {
      const id = `${write.companyId}:${write.contactId}`;
      const contact = contacts.get(write.contactId);
      if (contact === undefined) {
        return { target: 'stakeholder', id, ok: false, error: { code: 'not_found', message: `no contact ${id}` } };
      }
      const existing = state.associations.find(
        (association) => association.companyId === write.companyId && association.contactId === write.contactId,
      );
      const association = existing ?? {
        companyId: write.companyId,
        contactId: write.contactId,
        roles: [],
        modifiedAt: 0,
      };
      if (existing === undefined) state.associations.push(association);
      const kept = association.roles.filter((role) => !write.removeRoles.includes(role));
      association.roles = [...kept, ...write.addRoles.filter((role) => !kept.includes(role))];
      association.modifiedAt = clock.now();
      if (write.kpi !== undefined) contact.kpi = write.kpi;
      return succeeded('stakeholder', id);
    });

  return {
    readDeals: (dealIds) =>
      Promise.resolve(
        dealIds.flatMap((id) => {
          const deal = deals.get(id);
          return deal === undefined ? [] : [toCrmDeal(deal)];
        }),
      ),

    readCompanyDeals: (companyId) =>
      Promise.resolve(
        [...deals.values()].filter((deal) => deal.primaryCompanyId === companyId).map((deal) => toCrmDeal(deal)),
      ),

    readDealContacts: (dealIds, options) =>
      Promise.resolve([...new Set(dealIds)].map((dealId) => toCrmDealContacts(dealId, options))),

    readCompanyContexts: (companyIds) => Promise.resolve(companyIds.flatMap((id) => toCompanyContext(id) ?? [])),
    readOwners: () => Promise.resolve(succeed(structuredClone(state.owners ?? []))),

    findChangedCompanies: (since) => {
      const modified = [
        ...state.associations,
        ...state.engagements,
        ...state.tickets,
        ...liftoff.criterion.values(),
        ...liftoff.milestone.values(),
        ...liftoff.signal.values(),
      ].filter((entry) => entry.modifiedAt >= since);
      const watermark = Math.max(since, ...modified.map((entry) => entry.modifiedAt));
      return Promise.resolve({ companyIds: [...new Set(modified.map((entry) => entry.companyId))].sort(), watermark });
    },

    applyWritePlan: (plan: WritePlan) =>
      Promise.resolve([
        ...writeFields('company', plan.companies, (id) => companies.get(id)),
        ...writeFields('deal', plan.deals, (id) => deals.get(id)),
        ...writeRecords('criterion', plan.criteria, liftoff.criterion, (criterion) => criterion.id),
        ...writeRecords('milestone', plan.milestones, liftoff.milestone, (milestone) => milestone.id),
        ...writeRecords('signal', plan.signals, liftoff.signal, (signal) => signal.key),
        ...writeStakeholders(plan.stakeholders),
      ]),

    addStakeholderLabels: (labels) =>
      Promise.resolve(
        labels
          .filter((label) => label.roles.length > 0)
          .map((label): WriteResult => {
            const id = `${label.companyId}:${label.contactId}`;
            if (!companies.has(label.companyId) || !contacts.has(label.contactId)) {
              return { target: 'association', id, ok: false, error: { code: 'not_found', message: `no pair ${id}` } };
            }
            const known = state.associations.find(
              (association) => association.companyId === label.companyId && association.contactId === label.contactId,
            );
            const association = known ?? {
              companyId: label.companyId,
              contactId: label.contactId,
              roles: [],
              modifiedAt: 0,
            };
            if (known === undefined) state.associations.push(association);
            association.roles = [...new Set([...association.roles, ...label.roles])];
            association.modifiedAt = clock.now();
            return succeeded('association', id);
          }),
      ),

    setDealStage: (dealId, stageId, at) => {
      const deal = deals.get(dealId);
      if (deal === undefined) return false;
      deal.stageId = stageId;
      if (stageId === CLOSED_WON_STAGE_ID && deal.closeDate === null) deal.closeDate = at;
      return true;
    },

    logEngagement: (companyId, record, at) => {
      state.engagements.push({ companyId, record: structuredClone(record), modifiedAt: at });
    },

    saveTicket: (companyId, record, at) => {
      const known = state.tickets.find((entry) => entry.record.id === record.id);
      if (known === undefined) state.tickets.push({ companyId, record: structuredClone(record), modifiedAt: at });
      else Object.assign(known, { record: structuredClone(record), modifiedAt: at });
    },

    markContactEngaged: (contactId, at) => {
      const contact = contacts.get(contactId);
      if (contact === undefined) return;
      contact.lastEngagedAt = at;
      for (const association of state.associations) {
        if (association.contactId === contactId) association.modifiedAt = at;
      }
    },

    listOpenDeals: () => structuredClone([...deals.values()].filter((deal) => deal.stageId !== CLOSED_WON_STAGE_ID)),

    readRecords: () =>
      structuredClone({
        ...state,
        criteria: [...liftoff.criterion.values()],
        milestones: [...liftoff.milestone.values()],
        signals: [...liftoff.signal.values()],
      }),
  };
}
