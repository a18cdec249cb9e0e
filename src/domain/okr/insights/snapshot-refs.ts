import type { InsightsSnapshot, ObjectiveFact } from './insights-snapshot.js';

/** How views name people, teams and owners: id plus display name, as of the snapshot. */
export interface PersonRef {
  readonly id: string;
  readonly name: string;
}
export type TeamRef = PersonRef;
export interface OwnerRef extends PersonRef {
  readonly kind: 'person' | 'team';
}

export const personRef = (snapshot: InsightsSnapshot, index: number): PersonRef => {
  const p = snapshot.people[index]!;
  return { id: p.id, name: p.name };
};

export const teamRef = (snapshot: InsightsSnapshot, index: number): TeamRef => {
  const t = snapshot.teams[index]!;
  return { id: t.id, name: t.name };
};

export const ownerOf = (snapshot: InsightsSnapshot, o: Pick<ObjectiveFact, 'ownerPerson' | 'ownerTeam'>): OwnerRef =>
  o.ownerPerson >= 0 ? { kind: 'person', ...personRef(snapshot, o.ownerPerson) } : { kind: 'team', ...teamRef(snapshot, o.ownerTeam) };

export const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name);
