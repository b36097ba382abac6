import { defaultTemplates } from './default-templates.ts';
import type { PlaybookTemplate } from './playbook-template.ts';

export interface TemplateQuery {
  /** The HubSpot pipeline id of the deal that closed. */
  pipelineId: string | null;
  /** The company's segment label (e.g. `smb`, `enterprise`), when the portal records one. */
  segment: string | null;
}

const isCatchAll = (template: PlaybookTemplate): boolean =>
  template.match.pipelineIds.length === 0 && template.match.segments.length === 0;

/**
 * Chooses the playbook for a new onboarding: a template naming the deal's pipeline wins, then one naming the
 * company's segment (case-insensitive), then the catch-all, then the first template. Returns null only for an
 * empty list.
 */
export function decideTemplate(
  query: TemplateQuery,
  templates: readonly PlaybookTemplate[] = defaultTemplates,
): PlaybookTemplate | null {
  const { pipelineId } = query;
  const segment = query.segment?.trim().toLowerCase() ?? null;
  return (
    (pipelineId === null ? undefined : templates.find((t) => t.match.pipelineIds.includes(pipelineId))) ??
    (segment === null || segment === ''
      ? undefined
      : templates.find((t) => t.match.segments.some((s) => s.toLowerCase() === segment))) ??
    templates.find(isCatchAll) ??
    templates[0] ??
    null
  );
}
