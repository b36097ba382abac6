import { decideTemplate } from '@liftoff/shared/playbook/decide-template';
import type { PlaybookTemplate } from '@liftoff/shared/playbook/playbook-template';
import type { PortalSettings } from '../ports/index.ts';
import { toPortalTemplateSettings } from './parse-template-settings.ts';

/** The playbooks as one portal runs them: the deployment's templates with the portal's settings applied. */
export interface PortalTemplates {
  /** In the deployment's order, each with the key features the portal chose (the playbook's when unchanged). */
  templates: PlaybookTemplate[];
  /**
   * What an onboarding gets when nothing picks another template (a deal whose pipeline no template names, a
   * workflow or card start without a choice): the template the portal marked as default, else the playbook's
   * catch-all. Null only when the deployment has no template.
   */
  defaultTemplate: PlaybookTemplate | null;
}

/**
 * Applies a portal's template settings (docs/PRODUCT.md §1: RevOps tunes templates) to the deployment's playbooks. Every
 * path that starts an onboarding or shows templates calls it, so a key feature changed on the settings page is the
 * one the next onboarding's activation counts. Settings naming a template the deployment no longer has are ignored.
 */
export function toPortalTemplates(
  settings: Pick<PortalSettings, 'templates'> | null,
  templates: readonly PlaybookTemplate[],
): PortalTemplates {
  const changes = toPortalTemplateSettings(settings?.templates);
  const adapted = templates.map((template) => {
    const change = changes[template.id];
    return change === undefined ? template : { ...template, keyFeatures: [...change.keyFeatures] };
  });
  const marked = adapted.find((template) => changes[template.id]?.isDefault === true);
  return {
    templates: adapted,
    defaultTemplate: marked ?? decideTemplate({ pipelineId: null, segment: null }, adapted),
  };
}

/** A closed-won deal's template: the one naming the deal's pipeline, else the portal's default. */
export function decidePortalTemplate(portal: PortalTemplates, pipelineId: string | null): PlaybookTemplate | null {
  const byPipeline =
    pipelineId === null
      ? undefined
      : portal.templates.find((template) => template.match.pipelineIds.includes(pipelineId));
  return byPipeline ?? portal.defaultTemplate;
}
