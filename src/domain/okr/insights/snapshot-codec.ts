import type { InsightsSnapshot, KeyResultFact, ObjectiveFact, SnapshotPerson, SnapshotTeam } from './insights-snapshot.js';

/**
 * How a snapshot is stored: the same facts, column by column, so a field name is written once per
 * list instead of once per row (tens of thousands of rows in a large tenant: about 2.5x smaller,
 * and Cosmos charges writes by size). Views work on the row form; only the store sees this one.
 */
export const STORED_SNAPSHOT_FORMAT = 1;

type Columns = Record<string, unknown[]>;

export interface StoredSnapshot {
  readonly format: number;
  readonly meta: Omit<InsightsSnapshot, 'people' | 'teams' | 'objectives' | 'keyResults'>;
  readonly people: Columns;
  readonly teams: Columns;
  readonly objectives: Columns;
  readonly keyResults: Columns;
  readonly counts: { readonly people: number; readonly teams: number; readonly objectives: number; readonly keyResults: number };
}

const PERSON_KEYS = ['id', 'name', 'manager', 'teams'] as const satisfies readonly (keyof SnapshotPerson)[];
const TEAM_KEYS = ['id', 'name', 'lead'] as const satisfies readonly (keyof SnapshotTeam)[];
const OBJECTIVE_KEYS = ['id', 'title', 'level', 'state', 'ownerPerson', 'ownerTeam', 'teams', 'parents', 'progress', 'confidence', 'grade', 'weekly', 'risk'] as const satisfies readonly (keyof ObjectiveFact)[];
const KEY_RESULT_KEYS = ['objective', 'owner', 'progress', 'confidence', 'checkInWeeks', 'risk', 'id', 'title'] as const satisfies readonly (keyof KeyResultFact)[];
/** Key result fields only some rows carry (stored as null where absent, left out again on reading). */
const OPTIONAL_KEY_RESULT_KEYS: ReadonlySet<string> = new Set(['id', 'title']);

function toColumns<T extends object>(rows: readonly T[], keys: readonly (keyof T & string)[]): Columns {
  const columns: Columns = {};
  for (const key of keys) columns[key] = rows.map((row) => (row[key] === undefined ? null : row[key]));
  return columns;
}

function fromColumns<T>(columns: Columns, keys: readonly string[], count: number, optional: ReadonlySet<string> = new Set()): T[] {
  for (const key of keys) {
    if (!Array.isArray(columns[key]) || columns[key]!.length !== count) throw new Error(`Stored insights snapshot: column ${key} is not ${count} long`);
  }
  return Array.from({ length: count }, (_, i) => {
    const row: Record<string, unknown> = {};
    for (const key of keys) {
      const value = columns[key]![i];
      if (!(optional.has(key) && value === null)) row[key] = value;
    }
    return row as T;
  });
}

export function encodeSnapshot(snapshot: InsightsSnapshot): StoredSnapshot {
  const { people, teams, objectives, keyResults, ...meta } = snapshot;
  return {
    format: STORED_SNAPSHOT_FORMAT,
    meta,
    people: toColumns(people, PERSON_KEYS),
    teams: toColumns(teams, TEAM_KEYS),
    objectives: toColumns(objectives, OBJECTIVE_KEYS),
    keyResults: toColumns(keyResults, KEY_RESULT_KEYS),
    counts: { people: people.length, teams: teams.length, objectives: objectives.length, keyResults: keyResults.length },
  };
}

/** The row form again; throws when the stored form is not one this code wrote. */
export function decodeSnapshot(stored: StoredSnapshot): InsightsSnapshot {
  if (stored?.format !== STORED_SNAPSHOT_FORMAT) throw new Error(`Stored insights snapshot: format ${String(stored?.format)}`);
  return {
    ...stored.meta,
    people: fromColumns<SnapshotPerson>(stored.people, PERSON_KEYS, stored.counts.people),
    teams: fromColumns<SnapshotTeam>(stored.teams, TEAM_KEYS, stored.counts.teams),
    objectives: fromColumns<ObjectiveFact>(stored.objectives, OBJECTIVE_KEYS, stored.counts.objectives),
    keyResults: fromColumns<KeyResultFact>(stored.keyResults, KEY_RESULT_KEYS, stored.counts.keyResults, OPTIONAL_KEY_RESULT_KEYS),
  };
}
