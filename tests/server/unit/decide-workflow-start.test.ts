import { describe, expect, it } from 'vitest';
import { defaultTemplates, standardTemplate } from '@liftoff/shared/playbook/default-templates';
import type { PlaybookTemplate } from '@liftoff/shared/playbook/playbook-template';
import {
  decideLatestClosedWonDeal,
  decideWorkflowStart,
} from '../../../server/src/onboarding/csm-actions/decide-workflow-start.ts';
import type { CrmDeal } from '../../../server/src/onboarding/ports/crm-gateway.ts';
import { toPortalTemplates } from '../../../server/src/onboarding/settings/to-portal-templates.ts';
import { date, instant } from '../../support/build-onboarding.ts';

/** A deployment whose renewals pipeline has its own playbook; the built-in ones match no pipeline. */
const renewalsTemplate: PlaybookTemplate = {
  ...standardTemplate,
  id: 'renewals',
  match: { pipelineIds: ['renewals'], segments: [] },
};
const templates = toPortalTemplates(null, [renewalsTemplate, ...defaultTemplates]);
const now = instant('2026-03-02T15:30:00.000Z');

function buildDeal(overrides: Partial<CrmDeal> = {}): CrmDeal {
  return {
    id: '7',
    pipelineId: 'default',
    stageId: 'closedwon',
    closeDate: instant('2026-02-10T12:00:00.000Z'),
    isClosedWon: true,
    primaryCompanyId: '42',
    ...overrides,
  };
}

const wonRenewal = buildDeal({ id: '8', pipelineId: 'renewals', closeDate: instant('2026-02-20T09:00:00.000Z') });
const openLater = buildDeal({
  id: '9',
  pipelineId: 'default',
  stageId: 'contractsent',
  isClosedWon: false,
  closeDate: instant('2026-03-30T00:00:00.000Z'),
});

describe('decideWorkflowStart', () => {
  it.each([
    {
      situation: 'both inputs are set',
      inputs: { templateId: 'smb', startDate: date('2026-01-05') },
      deals: [wonRenewal],
      expected: { templateId: 'smb', startDate: date('2026-01-05') },
    },
    {
      situation: 'both are empty: the latest closed-won deal’s pipeline and close date',
      inputs: { templateId: null, startDate: null },
      deals: [buildDeal(), wonRenewal, openLater],
      expected: { templateId: 'renewals', startDate: date('2026-02-20') },
    },
    {
      situation: 'the template is set: the deal gives only day 0',
      inputs: { templateId: 'enterprise', startDate: null },
      deals: [wonRenewal],
      expected: { templateId: 'enterprise', startDate: date('2026-02-20') },
    },
    {
      situation: 'the start date is set: the deal gives only the template',
      inputs: { templateId: null, startDate: date('2026-03-09') },
      deals: [wonRenewal],
      expected: { templateId: 'renewals', startDate: date('2026-03-09') },
    },
    {
      situation: 'the latest won deal’s pipeline names no template: the portal’s default',
      inputs: { templateId: null, startDate: null },
      deals: [buildDeal()],
      expected: { templateId: 'standard', startDate: date('2026-02-10') },
    },
    {
      situation: 'no deal is closed-won: the portal’s default template, starting today',
      inputs: { templateId: null, startDate: null },
      deals: [openLater],
      expected: { templateId: 'standard', startDate: date('2026-03-02') },
    },
    {
      situation: 'the company has no deal',
      inputs: { templateId: null, startDate: null },
      deals: [],
      expected: { templateId: 'standard', startDate: date('2026-03-02') },
    },
    {
      situation: 'the won deal has no close date: its pipeline’s template, starting today',
      inputs: { templateId: null, startDate: null },
      deals: [{ ...wonRenewal, closeDate: null }],
      expected: { templateId: 'renewals', startDate: date('2026-03-02') },
    },
  ])('when $situation', ({ inputs, deals, expected }) => {
    expect(decideWorkflowStart({ ...inputs, deals, templates, now })).toEqual(expected);
  });

  it('answers null when the deployment has no template', () => {
    const none = toPortalTemplates(null, []);
    expect(decideWorkflowStart({ templateId: null, startDate: null, deals: [], templates: none, now })).toBeNull();
  });
});

describe('decideLatestClosedWonDeal', () => {
  const undated = buildDeal({ id: '10', closeDate: null });

  it.each([
    { situation: 'no deal', deals: [], expected: null },
    { situation: 'only an open deal', deals: [openLater], expected: null },
    { situation: 'two won deals', deals: [wonRenewal, buildDeal()], expected: '8' },
    { situation: 'a won deal without a close date and a dated one', deals: [undated, buildDeal()], expected: '7' },
    { situation: 'only a won deal without a close date', deals: [undated], expected: '10' },
  ])('picks $expected from $situation', ({ deals, expected }) => {
    expect(decideLatestClosedWonDeal(deals)?.id ?? null).toBe(expected);
  });
});
