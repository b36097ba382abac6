import { describe, expect, it } from 'vitest';
import { defaultTemplates, standardTemplate } from '@liftoff/shared/playbook/default-templates';
import type { PlaybookTemplate } from '@liftoff/shared/playbook/playbook-template';
import { toTemplateSettingsJson } from '../../../server/src/onboarding/settings/parse-template-settings.ts';
import type { TemplateSettings } from '../../../server/src/onboarding/settings/parse-template-settings.ts';
import {
  decidePortalTemplate,
  toPortalTemplates,
} from '../../../server/src/onboarding/settings/to-portal-templates.ts';

/** A deployment with a template for the renewals pipeline before the built-in playbook. */
const renewalsTemplate: PlaybookTemplate = {
  ...standardTemplate,
  id: 'renewals',
  name: 'Renewal re-onboarding',
  match: { pipelineIds: ['renewals-pipeline'], segments: [] },
};
const templates = [renewalsTemplate, ...defaultTemplates];

const portalWith = (settings: TemplateSettings) =>
  toPortalTemplates({ templates: toTemplateSettingsJson(settings) }, templates);

describe('toPortalTemplates', () => {
  it.each<[string, TemplateSettings, string, string[]]>([
    ['the playbook as it is for a portal that changed nothing', {}, 'standard', ['dashboards', 'imports']],
    [
      "the portal's key features for a template it changed",
      { smb: { keyFeatures: ['dashboards', 'exports'], isDefault: false } },
      'standard',
      ['dashboards', 'exports'],
    ],
    [
      'the template the portal marked as its default',
      { smb: { keyFeatures: ['dashboards'], isDefault: true } },
      'smb',
      ['dashboards'],
    ],
    [
      'the catch-all when the portal unmarked every template',
      { standard: { keyFeatures: ['reports'], isDefault: false } },
      'standard',
      ['dashboards', 'imports'],
    ],
    [
      'the playbook when the settings name a template the deployment no longer has',
      { 'mid-market': { keyFeatures: ['exports'], isDefault: true } },
      'standard',
      ['dashboards', 'imports'],
    ],
  ])('gives %s', (_label, settings, defaultId, smbKeyFeatures) => {
    const portal = portalWith(settings);

    expect(portal.defaultTemplate?.id).toBe(defaultId);
    expect(portal.templates.find((template) => template.id === 'smb')?.keyFeatures).toEqual(smbKeyFeatures);
    expect(portal.templates.map((template) => template.id)).toEqual(templates.map((template) => template.id));
  });

  it('leaves the deployment templates unchanged', () => {
    portalWith({ smb: { keyFeatures: ['exports'], isDefault: true } });

    expect(defaultTemplates.find((template) => template.id === 'smb')?.keyFeatures).toEqual(['dashboards', 'imports']);
  });

  it('gives the playbook to a portal without settings', () => {
    expect(toPortalTemplates(null, templates).defaultTemplate?.id).toBe('standard');
  });

  it('gives no default template to a deployment without templates', () => {
    expect(toPortalTemplates(null, [])).toEqual({ templates: [], defaultTemplate: null });
  });
});

describe('decidePortalTemplate', () => {
  it.each<[string, string | null, TemplateSettings, string]>([
    ["the template naming the deal's pipeline", 'renewals-pipeline', {}, 'renewals'],
    [
      "the template naming the deal's pipeline over the portal's default",
      'renewals-pipeline',
      { smb: { keyFeatures: [], isDefault: true } },
      'renewals',
    ],
    [
      "the portal's default for a pipeline no template names",
      'default',
      { smb: { keyFeatures: [], isDefault: true } },
      'smb',
    ],
    [
      "the portal's default for a deal without a pipeline",
      null,
      { enterprise: { keyFeatures: [], isDefault: true } },
      'enterprise',
    ],
    ['the catch-all when the portal marked no default', 'default', {}, 'standard'],
  ])('chooses %s', (_label, pipelineId, settings, templateId) => {
    expect(decidePortalTemplate(portalWith(settings), pipelineId)?.id).toBe(templateId);
  });
});
