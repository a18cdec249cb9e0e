import { buildManagerChains } from '../../domain/people/org-chart.js';
import { isErased, type Person } from '../../domain/people/person.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { DirectoryRepository } from '../ports/directory-repository.js';
import type { OrgSource } from '../ports/org-source.js';
import { listAllPeople } from './list-all-people.js';

export interface SyncOrgOptions {
  readonly tenantId: string;
  readonly defaultTimezone: string;
  readonly defaultLocale: string;
}

/**
 * Pulls people and reporting lines from the org source and stores them with their manager chains.
 * Roles and team membership are Tandem's own, not Entra's: they are kept from the existing record.
 */
export async function syncOrg(source: OrgSource, directory: DirectoryRepository, options: SyncOrgOptions): Promise<Result<number, 'ORG.MANAGER_CYCLE' | 'ORG.UNKNOWN_MANAGER'>> {
  const records = [];
  const existing = new Map((await listAllPeople(directory, options.tenantId)).map((p) => [p.id, p]));
  // An erased person stays erased while their account still exists in the org source.
  for await (const record of source.listPeople(options.tenantId)) if (!(existing.get(record.id) && isErased(existing.get(record.id)!))) records.push(record);
  const known = new Set(records.map((r) => r.id));
  // A manager outside the synced set (disabled, or a guest) ends the chain rather than breaking it.
  const lines = records.map((r) => ({ id: r.id, managerId: r.managerId !== null && known.has(r.managerId) ? r.managerId : null }));
  const chains = buildManagerChains(lines);
  if (!chains.ok) return fail(chains.code, chains.message, chains.details as Record<string, unknown>);
  const people: Person[] = records.map((r, i) => ({
    tenantId: options.tenantId,
    id: r.id,
    displayName: r.displayName,
    email: r.email,
    jobTitle: r.jobTitle ?? '',
    department: r.department,
    managerId: lines[i]!.managerId,
    managerChain: chains.value.get(r.id) ?? [],
    teamIds: existing.get(r.id)?.teamIds ?? [],
    timezone: r.timezone ?? existing.get(r.id)?.timezone ?? options.defaultTimezone,
    locale: r.locale ?? existing.get(r.id)?.locale ?? options.defaultLocale,
    roles: existing.get(r.id)?.roles ?? ['member'],
  }));
  await directory.upsertPeople(people);
  return ok(people.length);
}
