import type { SetupOutcome } from './apply-portal-setup.ts';
import type { SetupItem, SetupTarget, SetupUpdate } from './plan-portal-setup.ts';
import type { PortalSetupReport } from './setup-portal.ts';

const planMarks: Record<SetupItem['action'], string> = {
  create: '+ create ',
  update: '^ update ',
  exists: '= exists ',
  differs: '~ differs',
};

/**
 * What `npm run hubspot:setup` prints: the plan, then what was created, updated (the upgrades of a portal set up
 * by an earlier release), already existed, differs or failed.
 */
export function toSetupReportText(report: PortalSetupReport): string {
  const lines = [
    `Liftoff setup for HubSpot portal ${report.portalId}${report.dryRun ? ' (dry run: nothing is changed)' : ''}`,
    '',
    `Plan (${countActions(report.plan)}):`,
    ...report.plan.map((item) => `  ${planMarks[item.action]} ${toSetupItemText(item)}`),
  ];
  if (!report.dryRun) {
    lines.push(
      ...toCreatedSection(report.outcomes),
      ...toSection('Updated', report.outcomes, 'updated'),
      ...toSection('Failed', report.outcomes, 'failed'),
      ...toSection('Skipped', report.outcomes, 'skipped'),
      '',
      `Already existed: ${report.plan.filter((item) => item.action === 'exists').length} item(s).`,
      `Differs (left unchanged, fix by hand if needed): ${report.plan.filter((item) => item.action === 'differs').length} item(s).`,
    );
  }
  lines.push('', toModeText(report));
  return lines.join('\n');
}

export function toSetupTargetText(target: SetupTarget): string {
  switch (target.kind) {
    case 'property_group':
      return `${target.objectType} property group ${target.group.name} ("${target.group.label}")`;
    case 'property':
      return `${target.objectType} property ${target.property.name} (${target.property.type})`;
    case 'object_schema':
      return `custom object ${target.schema.name} with ${target.schema.properties.length} properties`;
    case 'object_property':
      return `${target.objectName} property ${target.property.name} (${target.property.type})`;
    case 'object_association':
      return `${target.objectName} association with ${target.toObjectType}`;
    case 'association_label':
      return `contact → company association label "${target.label.label}"`;
  }
}

export function toSetupItemText(item: SetupItem): string {
  const text = toSetupTargetText(item.target);
  switch (item.action) {
    case 'differs':
      return `${text}: ${item.differences.join('; ')}`;
    case 'update':
      return `${text}: ${toSetupUpdateText(item.update)}`;
    default:
      return text;
  }
}

function toSetupUpdateText(update: SetupUpdate): string {
  if (update.kind === 'property_options') return `add options ${update.added.join(', ')}`;
  return `primary display property ${update.current ?? '(none)'} → ${update.desired}`;
}

function countActions(items: readonly SetupItem[]): string {
  const count = (action: SetupItem['action']) => items.filter((item) => item.action === action).length;
  return (
    `${count('create')} to create, ${count('update')} to update, ${count('exists')} already exist, ` +
    `${count('differs')} differ`
  );
}

function toCreatedSection(outcomes: readonly SetupOutcome[]): string[] {
  if (outcomes.some((outcome) => outcome.result === 'created')) return toSection('Created', outcomes, 'created');
  const upgraded = outcomes.some((outcome) => outcome.result === 'updated');
  return ['', upgraded ? 'Created: nothing.' : 'Created: nothing (the portal was already set up).'];
}

function toSection(title: string, outcomes: readonly SetupOutcome[], result: SetupOutcome['result']): string[] {
  const matching = outcomes.filter((outcome) => outcome.result === result);
  if (matching.length === 0) return [];
  return [
    '',
    `${title} (${matching.length}):`,
    ...matching.map((outcome) => `  ${toSetupItemText(outcome.item)}${outcome.message ? `: ${outcome.message}` : ''}`),
  ];
}

function toModeText(report: PortalSetupReport): string {
  const recorded = report.dryRun ? 'would be recorded' : 'recorded';
  if (report.mode === 'custom_objects') {
    return `Mode ${recorded}: custom objects (success criteria, milestones and signals are written to HubSpot).`;
  }
  return (
    `Mode ${recorded}: STORE-ONLY. HubSpot refused custom objects to portal ${report.portalId} ` +
    '(403: they need an Enterprise subscription). Success criteria, milestones and signals stay in ' +
    "Liftoff's own store; company and deal properties and stakeholder labels are still used."
  );
}
