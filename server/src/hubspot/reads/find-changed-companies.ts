import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/objects/models/Filter.js';
import { z } from 'zod';
import type { Instant } from '@liftoff/shared/domain/index';
import type { ChangedCompanies } from '../../onboarding/ports/crm-gateway.ts';
import { readAssociations } from './batch-read.ts';
import type { PortalClient } from '../client/create-portal-client.ts';
import { decideNextSearchPage, searchPageSize } from './decide-next-search-page.ts';
import type { SearchPage } from './decide-next-search-page.ts';
import { parseHubSpotInstant } from '../model/hubspot-value.ts';
import type { LiftoffObjectTypes } from './liftoff-object-type-cache.ts';

const modifiedProperty = 'hs_lastmodifieddate';
const filterOperators = { GTE: FilterOperatorEnum.Gte, GT: FilterOperatorEnum.Gt } as const;

const searchPageSchema = z.object({
  results: z.array(z.object({ id: z.string(), properties: z.record(z.string(), z.string().nullish()) })),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).nullish(),
});

interface ModifiedRecords {
  objectType: string;
  ids: string[];
  latest: Instant | null;
}

async function searchModifiedSince(client: PortalClient, objectType: string, since: Instant): Promise<ModifiedRecords> {
  const ids = new Set<string>();
  let latest: Instant | null = null;
  let page: SearchPage | null = { lowerBound: since, operator: 'GTE', after: '0' };
  while (page !== null) {
    const current: SearchPage = page;
    // POST /crm/v3/objects/{objectType}/search
    const answer = await client.call('search', `${objectType}.search`, (sdk) =>
      sdk.crm.objects.searchApi.doSearch(objectType, {
        filterGroups: [
          {
            filters: [
              {
                propertyName: modifiedProperty,
                operator: filterOperators[current.operator],
                value: String(current.lowerBound),
              },
            ],
          },
        ],
        properties: [modifiedProperty],
        sorts: [modifiedProperty],
        limit: searchPageSize,
        after: current.after,
      }),
    );
    const { results, paging } = searchPageSchema.parse(answer);
    let lastModified: Instant | null = null;
    for (const result of results) {
      ids.add(result.id);
      lastModified = parseHubSpotInstant(result.properties[modifiedProperty]) ?? lastModified;
      if (lastModified !== null && (latest === null || lastModified > latest)) latest = lastModified;
    }
    page = decideNextSearchPage({ current, nextAfter: paging?.next?.after ?? null, lastModified });
  }
  return { objectType, ids: [...ids], latest };
}

/**
 * Companies whose emails, calls, meetings, tickets or Liftoff records were modified at or after `since`: one search
 * per object type (4/s search budget), then one association batch read per type for what changed. With nothing
 * changed that is one call per object type, whatever the portfolio size.
 */
export async function findChangedCompanies(
  client: PortalClient,
  objectTypes: () => Promise<LiftoffObjectTypes>,
  since: Instant,
): Promise<ChangedCompanies> {
  const liftoffTypes = Object.values(await objectTypes()).filter((type): type is string => type !== null);
  const searched = await Promise.all(
    ['emails', 'calls', 'meetings', 'tickets', ...liftoffTypes].map((type) => searchModifiedSince(client, type, since)),
  );
  const companies = await Promise.all(
    searched
      .filter((modified) => modified.ids.length > 0)
      .map((modified) => readAssociations(client, modified.objectType, 'companies', modified.ids)),
  );
  const companyIds = new Set(
    companies.flatMap((byRecord) => [...byRecord.values()].flat().map((company) => company.id)),
  );
  const latest = searched.reduce((max, modified) => Math.max(max, modified.latest ?? max), since);
  return { companyIds: [...companyIds], watermark: latest };
}
