import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { onboardingOutcomes, outcomeReasons, signalTypes } from '@liftoff/shared/domain/index';
import {
  acknowledgeSignalInputSchema,
  closeOnboardingInputSchema,
} from '../../server/src/http/schemas/workflow-action-request.ts';
import { projectDir } from './copy-hubspot-project.ts';

interface InputField {
  typeDefinition: { name: string; type: string; fieldType: string; options?: { label: string; value: string }[] };
  isRequired: boolean;
}

interface WorkflowActionMeta {
  config: {
    actionUrl: string;
    inputFields: InputField[];
    labels: { en: { inputFieldLabels: Record<string, string> } };
  };
}

async function readAction(file: string): Promise<WorkflowActionMeta> {
  const text = await readFile(path.join(projectDir, 'src/app/workflow-actions', file), 'utf8');
  return JSON.parse(text) as WorkflowActionMeta;
}

const optionValues = (action: WorkflowActionMeta, name: string) =>
  action.config.inputFields
    .find((field) => field.typeDefinition.name === name)
    ?.typeDefinition.options?.map((option) => option.value);

/** What a workflow can set is what the service reads: the inputs' options are the domain's values, no more, no less. */
describe('the Close onboarding workflow action', () => {
  it('asks for the outcome (required), its reason and a note, each labelled, and posts to close-onboarding', async () => {
    const action = await readAction('close-onboarding-hsmeta.json');
    expect(new URL(action.config.actionUrl).pathname).toBe('/hubspot/actions/close-onboarding');
    expect(action.config.inputFields.map((field) => [field.typeDefinition.name, field.isRequired])).toEqual([
      ['outcome', true],
      ['reason', false],
      ['note', false],
    ]);
    expect(Object.keys(action.config.labels.en.inputFieldLabels)).toEqual(['outcome', 'reason', 'note']);
  });

  it('offers exactly the domain’s outcomes and outcome reasons', async () => {
    const action = await readAction('close-onboarding-hsmeta.json');
    expect(optionValues(action, 'outcome')).toEqual([...onboardingOutcomes]);
    expect(optionValues(action, 'reason')).toEqual([...outcomeReasons]);
  });

  it('has every option it offers accepted by the service, and churned or abandoned refused without a reason', async () => {
    const action = await readAction('close-onboarding-hsmeta.json');
    for (const outcome of optionValues(action, 'outcome') ?? []) {
      for (const reason of optionValues(action, 'reason') ?? []) {
        expect(closeOnboardingInputSchema.safeParse({ outcome, reason, note: 'Signed off.' }).success).toBe(true);
      }
      const withoutReason = closeOnboardingInputSchema.safeParse({ outcome, reason: '', note: '' });
      expect(withoutReason.success).toBe(outcome === 'completed');
    }
  });
});

describe('the Acknowledge signal workflow action', () => {
  it('offers exactly the domain’s signal types, each accepted by the service', async () => {
    const action = await readAction('acknowledge-signal-hsmeta.json');
    const offered = optionValues(action, 'signalType') ?? [];
    expect(offered).toEqual([...signalTypes]);
    for (const signalType of offered) {
      expect(acknowledgeSignalInputSchema.safeParse({ signalType }).success).toBe(true);
    }
  });
});
