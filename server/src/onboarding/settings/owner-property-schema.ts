import { z } from 'zod';

/**
 * The company property naming an onboarding's CSM (docs/PRODUCT.md §8): an owner-type property's internal name
 * (lower-case letters, digits and underscores, as HubSpot names them). Many teams keep the account executive as
 * company owner and the CSM in a property of their own. Liftoff's `liftoff_*` properties are refused: none is an
 * owner property. Null puts the portal back on HubSpot's company owner. A value the property holds that is no owner
 * id names no owner at the refresh.
 */
export const ownerPropertySchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[a-z][a-z0-9_]*$/, 'expected an owner property internal name (a-z, 0-9, _)')
  .refine((name) => !name.startsWith('liftoff_'), 'liftoff_* properties are not owner properties')
  .nullable();
