import type { HandoffReadiness } from '@liftoff/shared/engine/index';
import type { DealHandoffFields, WritePlan } from '../ports/crm-gateway.ts';
import { isSameValue } from '../sync/known-values.ts';

/**
 * The deal's handoff summary (docs/PRODUCT.md §3: `liftoff_handoff_readiness`, `liftoff_handoff_missing`, one missing
 * item per line), diff-only against what HubSpot is known to hold: only the fields that differ are sent, and an
 * unchanged handoff plans no write at all. The plan touches the deal alone.
 */
export function planHandoffWriteBack(
  dealId: string,
  readiness: HandoffReadiness,
  known: Partial<DealHandoffFields>,
): WritePlan {
  const desired: Pick<DealHandoffFields, 'handoffReadiness' | 'handoffMissing'> = {
    handoffReadiness: readiness.score,
    handoffMissing: readiness.missing.map((gap) => gap.message),
  };
  const changed: Partial<DealHandoffFields> = {};
  if (!isSameValue(desired.handoffReadiness, known.handoffReadiness)) {
    changed.handoffReadiness = desired.handoffReadiness;
  }
  if (!isSameValue(desired.handoffMissing, known.handoffMissing)) changed.handoffMissing = desired.handoffMissing;
  const deals = Object.keys(changed).length === 0 ? [] : [{ id: dealId, known, desired: changed }];
  return { companies: [], deals, criteria: [], milestones: [], signals: [], stakeholders: [] };
}
