import { z } from 'zod';
import type { SaveHandoffBody } from '@liftoff/shared/contract/index';
import { stakeholderRoles } from '@liftoff/shared/domain/index';
import { edgeString, hubspotRecordIdSchema as recordIdSchema, isoDateSchema } from './edge-schemas.ts';
import type { SaveHandoffInput } from '../../onboarding/handoff/save-handoff.ts';

/** The Handoff card's path and body, parsed once at the edge (shapes from shared/src/contract). */

const optionalTextSchema = edgeString().trim().max(200).nullable();
const valueSchema = z.number().finite().nullable();

/**
 * Each promise may still be incomplete: its target and due date make it measurable and the readiness score counts
 * that, so only the name is required here.
 */
const handoffCriterionSchema = z.strictObject({
  id: edgeString().trim().min(1).max(200).optional(),
  name: edgeString().trim().min(1, 'must not be empty').max(200),
  metric: optionalTextSchema,
  unit: optionalTextSchema,
  baseline: valueSchema,
  target: valueSchema,
  dueDate: isoDateSchema.nullable(),
});

const handoffContactSchema = z.strictObject({
  contactId: recordIdSchema,
  roles: z.array(z.enum(stakeholderRoles)).max(stakeholderRoles.length),
});

/**
 * 0–10 criteria (3–5 is a readiness rule, not a validation rule), each id and contact at most once, and the
 * validation owner one of the listed contacts.
 */
export const saveHandoffBodySchema = z
  .strictObject({
    criteria: z.array(handoffCriterionSchema).max(10),
    contacts: z.array(handoffContactSchema).max(100),
    validationOwnerContactId: recordIdSchema.nullable(),
  })
  .superRefine((body, context) => {
    const seenCriteria = new Set<string>();
    body.criteria.forEach((criterion, index) => {
      if (criterion.id === undefined) return;
      if (seenCriteria.has(criterion.id)) {
        context.addIssue({ code: 'custom', path: ['criteria', index, 'id'], message: 'appears twice' });
      }
      seenCriteria.add(criterion.id);
    });
    const seenContacts = new Set<string>();
    body.contacts.forEach((contact, index) => {
      if (seenContacts.has(contact.contactId)) {
        context.addIssue({ code: 'custom', path: ['contacts', index, 'contactId'], message: 'appears twice' });
      }
      seenContacts.add(contact.contactId);
    });
    const owner = body.validationOwnerContactId;
    if (owner !== null && !seenContacts.has(owner)) {
      context.addIssue({
        code: 'custom',
        path: ['validationOwnerContactId'],
        message: 'must be one of the listed contacts',
      });
    }
  }) satisfies z.ZodType<SaveHandoffInput, SaveHandoffBody>;

export const dealParamsSchema = z.object({ dealId: recordIdSchema });
