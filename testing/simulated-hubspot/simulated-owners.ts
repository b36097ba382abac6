import { toSimulatedError } from './simulated-route.ts';
import type { SimulatedAnswer, SimulatedRoute } from './simulated-route.ts';

/** An owner of the simulated portal (a HubSpot user who can own records), as GET /crm/v3/owners lists it. */
export interface SimulatedOwnerInput {
  id: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  teams?: readonly { id: string; name: string; primary: boolean }[];
  /** Deactivated users are listed only with `archived=true`. */
  archived?: boolean;
}

export interface SimulatedOwners {
  seed(owners: readonly SimulatedOwnerInput[]): void;
  routes: SimulatedRoute[];
}

/** HubSpot's default page size and its largest (crm-owners-v3.json). */
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 500;

/**
 * The owners API of the simulated portal: GET /crm/v3/owners, paged by `limit` and an `after` cursor (here an
 * offset), active or archived owners, in the shape of HubSpot's PublicOwner.
 */
export function createSimulatedOwners(now: () => number): SimulatedOwners {
  const owners = new Map<string, SimulatedOwnerInput>();

  const toPublicOwner = (owner: SimulatedOwnerInput) => {
    const stamp = new Date(now()).toISOString();
    return {
      id: owner.id,
      type: 'PERSON',
      archived: owner.archived ?? false,
      createdAt: stamp,
      updatedAt: stamp,
      ...(owner.email === undefined ? {} : { email: owner.email }),
      ...(owner.firstName === undefined ? {} : { firstName: owner.firstName }),
      ...(owner.lastName === undefined ? {} : { lastName: owner.lastName }),
      teams: (owner.teams ?? []).map((team) => ({ ...team })),
    };
  };

  function handleList(_params: readonly string[], _body: unknown, query: URLSearchParams): SimulatedAnswer {
    const limit = Number(query.get('limit') ?? DEFAULT_LIMIT);
    const offset = Number(query.get('after') ?? '0');
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT || !Number.isInteger(offset) || offset < 0) {
      return toSimulatedError(400, 'VALIDATION_ERROR', `limit must be 1 to ${MAX_LIMIT}, after a cursor it gave`);
    }
    const archived = query.get('archived') === 'true';
    const listed = [...owners.values()].filter((owner) => (owner.archived ?? false) === archived);
    const page = listed.slice(offset, offset + limit).map(toPublicOwner);
    const next = offset + limit < listed.length ? { paging: { next: { after: String(offset + limit) } } } : {};
    return { status: 200, body: { results: page, ...next } };
  }

  return {
    seed: (list) => {
      for (const owner of list) owners.set(owner.id, owner);
    },
    routes: [
      {
        method: 'GET',
        pattern: /^\/crm\/v3\/owners\/?$/,
        name: 'GET /crm/v3/owners',
        budget: 'burst',
        handle: handleList,
      },
    ],
  };
}
