import { useCallback, useState } from 'react';
import { Button, Divider, Flex, Heading, LoadingSpinner, Text, hubspot } from '@hubspot/ui-extensions';
import type { CrmContext, CrmHostActions } from '@hubspot/ui-extensions';
import type {
  HandoffContactView,
  HandoffCriterionInput,
  HandoffView,
  SaveHandoffBody,
} from '../packages/contract/index.ts';
import { fetchHandoff, saveHandoff } from './api/handoff-api.ts';
import { ActionOutcomeAlert } from './components/ActionOutcomeAlert.tsx';
import { CardFailureAlert } from './components/CardFailureAlert.tsx';
import { HandoffContactsEditor } from './components/HandoffContactsEditor.tsx';
import { HandoffCriteriaEditor } from './components/HandoffCriteriaEditor.tsx';
import { ReadinessPanel } from './components/ReadinessPanel.tsx';
import { useCardAction } from './hooks/use-card-action.ts';
import { useCardResource } from './hooks/use-card-resource.ts';

hubspot.extend<'crm.record.tab'>(({ context, actions }) => <HandoffCard context={context} actions={actions} />);

const HandoffForm = ({
  view,
  pending,
  onSave,
}: {
  view: HandoffView;
  pending: boolean;
  onSave: (body: SaveHandoffBody) => void;
}) => {
  const [criteria, setCriteria] = useState<HandoffCriterionInput[]>(view.criteria);
  const [contacts, setContacts] = useState<HandoffContactView[]>(view.contacts);
  const [validationOwnerContactId, setValidationOwnerContactId] = useState(view.validationOwnerContactId);
  const unnamed = criteria.some((criterion) => criterion.name.trim() === '');
  return (
    <Flex direction="column" gap="md">
      {view.dealName === null ? null : <Heading testId="handoff-deal-name">{view.dealName}</Heading>}
      <ReadinessPanel readiness={view.readiness} />
      <Divider />
      <HandoffCriteriaEditor criteria={criteria} maxCriteria={view.maxCriteria} onChange={setCriteria} />
      <Divider />
      <HandoffContactsEditor
        contacts={contacts}
        validationOwnerContactId={validationOwnerContactId}
        onContactsChange={setContacts}
        onValidationOwnerChange={setValidationOwnerContactId}
      />
      {unnamed ? <Text variant="microcopy">Name every criterion before saving.</Text> : null}
      <Button
        testId="save-handoff"
        variant="primary"
        disabled={pending || unnamed}
        onClick={() =>
          onSave({
            criteria: criteria.map((criterion) => ({ ...criterion, name: criterion.name.trim() })),
            contacts: contacts.map(({ contactId, roles }) => ({ contactId, roles })),
            validationOwnerContactId,
          })
        }
      >
        Save handoff
      </Button>
    </Flex>
  );
};

/**
 * Deal record tab "Handoff": sales writes the promises and the stakeholders before close, under the deal's name (as
 * the service last read it from HubSpot; none shown until it has). A save changes the deal's
 * liftoff_handoff_* properties that other cards show, so the record's properties are refreshed after it.
 */
export const HandoffCard = ({
  context,
  actions,
}: {
  context: CrmContext;
  actions: Pick<CrmHostActions, 'refreshObjectProperties'>;
}) => {
  const dealId = String(context.crm.objectId);
  const { resource, replace, reload } = useCardResource(dealId, () => fetchHandoff(dealId));
  // Each saved view remounts the form so its fields start from what the service stored.
  const [savedCount, setSavedCount] = useState(0);
  const onSaved = useCallback(
    (view: HandoffView) => {
      replace(view);
      setSavedCount((count) => count + 1);
      actions.refreshObjectProperties();
    },
    [replace, actions],
  );
  const { pending, outcome, run } = useCardAction(onSaved);
  if (resource.status === 'loading') return <LoadingSpinner label="Loading the handoff" layout="centered" />;
  if (resource.status === 'failed') {
    return <CardFailureAlert title="Could not load the handoff" failure={resource.failure} onRetry={reload} />;
  }
  return (
    <Flex direction="column" gap="md">
      <ActionOutcomeAlert outcome={outcome} />
      <HandoffForm
        key={savedCount}
        view={resource.data}
        pending={pending}
        onSave={(body) => void run(() => saveHandoff(dealId, body), 'Handoff saved.')}
      />
    </Flex>
  );
};
