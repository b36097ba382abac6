import { z } from 'zod';
import type { CrmOwner } from '../../onboarding/ports/index.ts';

/** The parts of HubSpot's PublicOwner Liftoff keeps (crm-owners-v3.json). */
export const publicOwnerSchema = z.object({
  id: z.string(),
  email: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  teams: z.array(z.object({ id: z.string(), name: z.string(), primary: z.boolean() })).optional(),
});

export type PublicOwner = z.infer<typeof publicOwnerSchema>;

/** The owner's name is its first and last name; without either, its email (what HubSpot itself shows then). */
export function toCrmOwner(owner: PublicOwner): CrmOwner {
  const name = [owner.firstName, owner.lastName]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '')
    .join(' ');
  const email = owner.email?.trim() || null;
  return {
    id: owner.id,
    name: name === '' ? email : name,
    email,
    teams: (owner.teams ?? []).map((team) => ({ id: team.id, name: team.name, primary: team.primary })),
  };
}
