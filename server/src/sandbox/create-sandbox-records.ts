import type { SandboxRecords } from './sandbox-records.ts';

/** The records of a sandbox portal that holds only the given ones: every other kind of record starts empty. */
export function createSandboxRecords(records: Partial<SandboxRecords> = {}): SandboxRecords {
  return {
    companies: [],
    deals: [],
    contacts: [],
    associations: [],
    engagements: [],
    tickets: [],
    criteria: [],
    milestones: [],
    signals: [],
    ...records,
  };
}
