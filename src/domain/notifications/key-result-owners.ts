import type { Objective } from '../okr/objective.js';
import type { ReminderFacts } from './recipient-eligibility.js';

export type OwnerFacts = Pick<ReminderFacts, 'ownedKeyResults' | 'lastCheckInMs'>;

export const NO_KEY_RESULTS: OwnerFacts = { ownedKeyResults: 0, lastCheckInMs: null };

/**
 * Who owns key results on the given objectives (those of active cycles), and when each owner last
 * checked in on one of them. Only active objectives count: drafts and proposals take no check-ins.
 */
export function indexKeyResultOwners(objectives: readonly Objective[]): Map<string, OwnerFacts> {
  const owners = new Map<string, OwnerFacts>();
  for (const objective of objectives) {
    if (objective.state !== 'active') continue;
    for (const keyResult of objective.keyResults) {
      const before = owners.get(keyResult.ownerId) ?? NO_KEY_RESULTS;
      const at = keyResult.lastCheckIn ? Date.parse(keyResult.lastCheckIn.at) : Number.NaN;
      const last = Number.isFinite(at) && (before.lastCheckInMs === null || at > before.lastCheckInMs) ? at : before.lastCheckInMs;
      owners.set(keyResult.ownerId, { ownedKeyResults: before.ownedKeyResults + 1, lastCheckInMs: last });
    }
  }
  return owners;
}

/** Everyone with at least one direct report, and how many. */
export function countDirectReports(people: readonly { readonly managerId: string | null }[]): Map<string, number> {
  const reports = new Map<string, number>();
  for (const person of people) if (person.managerId !== null) reports.set(person.managerId, (reports.get(person.managerId) ?? 0) + 1);
  return reports;
}
