import { z } from 'zod';
import { fail, succeed } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { CrmOwner } from '../../onboarding/ports/index.ts';
import type { PortalClient } from '../client/create-portal-client.ts';
import { toCrmError } from '../client/to-crm-error.ts';
import type { CrmError } from '../client/to-crm-error.ts';
import { publicOwnerSchema, toCrmOwner } from './to-crm-owner.ts';

/** The owners API's largest page. */
export const OWNERS_PAGE_LIMIT = 500;

const ownersPageSchema = z.object({
  results: z.array(publicOwnerSchema),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});

/**
 * Every active owner of the portal: GET /crm/v3/owners, 500 a page, following the cursor. One call covers most
 * portals, so reading them all is cheaper than one call per owner id. HubSpot refusing (403 on a portal that has not
 * granted `crm.objects.owners.read` yet) or answering what the document does not describe is answered as an error.
 */
export async function readOwners(client: PortalClient): Promise<Result<CrmOwner[], CrmError>> {
  const owners: CrmOwner[] = [];
  let after: string | undefined;
  try {
    do {
      const cursor = after;
      const answer = await client.call('burst', 'owners.getPage', (sdk) =>
        sdk.crm.owners.ownersApi.getPage(undefined, cursor, OWNERS_PAGE_LIMIT, false),
      );
      const page = ownersPageSchema.parse(answer);
      owners.push(...page.results.map(toCrmOwner));
      after = page.paging?.next?.after;
    } while (after !== undefined);
  } catch (error) {
    return fail(toCrmError(error));
  }
  return succeed(owners);
}
