import { z } from 'zod';
import type { CrmOwner } from '../../onboarding/ports/index.ts';
import type { PortalClient } from '../client/create-portal-client.ts';
import { publicOwnerSchema, toCrmOwner } from './to-crm-owner.ts';

/** The owners API's largest page. */
export const OWNERS_PAGE_LIMIT = 500;

const ownersPageSchema = z.object({
  results: z.array(publicOwnerSchema),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});

/**
 * Every active owner of the portal: GET /crm/v3/owners, 500 a page, following the cursor. One call covers most
 * portals, so reading them all is cheaper than one call per owner id.
 */
export async function readOwners(client: PortalClient): Promise<CrmOwner[]> {
  const owners: CrmOwner[] = [];
  let after: string | undefined;
  do {
    const cursor = after;
    const answer = await client.call('burst', 'owners.getPage', (sdk) =>
      sdk.crm.owners.ownersApi.getPage(undefined, cursor, OWNERS_PAGE_LIMIT, false),
    );
    const page = ownersPageSchema.parse(answer);
    owners.push(...page.results.map(toCrmOwner));
    after = page.paging?.next?.after;
  } while (after !== undefined);
  return owners;
}
