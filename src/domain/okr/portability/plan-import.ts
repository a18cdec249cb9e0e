import type { Person } from '../../people/person.js';
import type { Team } from '../../people/team.js';
import type { Failure } from '../../shared/result.js';
import { wouldCreateAlignmentLoop } from '../alignment-tree.js';
import { acceptsNewObjectives, type Cycle } from '../cycle.js';
import { MAX_KEY_RESULTS, validateCheckInValue, type KeyResult, type KeyResultSpec } from '../key-result.js';
import {
  addKeyResult,
  approveObjective,
  createObjective,
  proposeObjective,
  updateKeyResult,
  updateObjective,
  type Alignment,
  type Commitment,
  type KeyResultChanges,
  type Objective,
  type ObjectiveChanges,
  type ObjectiveLevel,
  type ObjectiveOwner,
  type ObjectiveState,
} from '../objective.js';
import { OKR_ERROR } from '../okr-error-codes.js';
import { makeKeyResultId, makeObjectiveId, parseKeyResultId, parseObjectiveId } from '../okr-ids.js';
import type { ColumnName } from './columns.js';
import { IMPORT_ERROR, IMPORT_WARNING, issue, sortIssues, type ImportIssue } from './import-issues.js';
import type { ParsedKeyResult, ParsedObjective, ReadResult } from './read-rows.js';
import { stableSuffix } from './stable-id.js';

/**
 * Resolves what a file says against the cycle as it is: ids, owners, contributors and alignment;
 * then works out, objective by objective, what an import would create or change, through the same
 * domain functions the API uses. Pure: the use case loads the context and writes the plan.
 */

export interface ImportContext {
  readonly cycle: Cycle;
  readonly actorId: string;
  readonly now: string;
  /** Every objective of the cycle. */
  readonly existing: readonly Objective[];
  /** Every person of the tenant, to match owners by id or email. */
  readonly people: readonly Person[];
  readonly teams: readonly Team[];
}

export interface DesiredKeyResult {
  readonly row: number;
  readonly id: string;
  readonly title: string;
  readonly ownerId: string;
  /** null: keep the stored weight (1 for a new key result). */
  readonly weight: number | null;
  readonly spec: KeyResultSpec;
  /** null: keep the stored value (the start value for a new key result). */
  readonly current: number | null;
}

/** An objective as the file wants it, resolved to ids. `undefined` fields keep what is stored. */
export interface DesiredObjective {
  readonly row: number;
  readonly id: string;
  readonly level: ObjectiveLevel;
  readonly owner: ObjectiveOwner;
  /** The boards of a new objective: the owning team, or the owner's teams. */
  readonly teamIds: readonly string[];
  readonly title: string;
  readonly description: string | undefined;
  readonly commitment: Commitment | undefined;
  readonly state: ObjectiveState | undefined;
  readonly contributorIds: readonly string[] | undefined;
  readonly alignments: readonly Alignment[] | undefined;
  readonly keyResults: readonly DesiredKeyResult[];
}

export type ImportAction = 'create' | 'update' | 'unchanged';

export interface KeyResultCounts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface AppliedObjective {
  readonly objective: Objective;
  readonly action: ImportAction;
  /** The columns whose values the import changes, objective and key result columns alike. */
  readonly changedColumns: readonly ColumnName[];
  readonly keyResults: KeyResultCounts;
  readonly warnings: readonly ImportIssue[];
}

export interface PlannedObjective extends AppliedObjective {
  readonly row: number;
  readonly desired: DesiredObjective;
}

export interface ImportSummary {
  readonly rows: number;
  readonly objectivesCreated: number;
  readonly objectivesUpdated: number;
  readonly objectivesUnchanged: number;
  readonly keyResultsCreated: number;
  readonly keyResultsUpdated: number;
  readonly keyResultsUnchanged: number;
}

export interface ImportPlan {
  readonly items: readonly PlannedObjective[];
  readonly errors: readonly ImportIssue[];
  readonly warnings: readonly ImportIssue[];
  readonly summary: ImportSummary;
}

export interface ApplyEnv {
  readonly tenantId: string;
  readonly cycleId: string;
  readonly actorId: string;
  readonly now: string;
}

/* ---------------------------------------------------------------------------------------------- */
/* Applying one desired objective to what is stored (also used again when a write meets a change)  */
/* ---------------------------------------------------------------------------------------------- */

const OBJECTIVE_FIELD_COLUMNS: Record<string, ColumnName> = {
  title: 'objective_title',
  description: 'objective_description',
  owner: 'owner_id',
  alignments: 'aligned_to',
  contributorIds: 'contributor_ids',
  keyResults: 'key_result_id',
};
const KEY_RESULT_FIELD_COLUMNS: Record<string, ColumnName> = {
  title: 'key_result_title',
  ownerId: 'kr_owner_id',
  weight: 'weight',
  start: 'start',
  target: 'target',
  steps: 'milestones',
  currency: 'currency',
  spec: 'metric_type',
};

/** A domain refusal as import findings, on the rows and columns they concern. */
function domainIssues(failure: Failure, objectiveRow: number, keyResultRows: readonly number[], keyResultRow?: number): ImportIssue[] {
  const code =
    failure.code === OKR_ERROR.tooManyKeyResults
      ? IMPORT_ERROR.tooManyKeyResults
      : failure.code === OKR_ERROR.objectiveClosed
        ? IMPORT_ERROR.objectiveClosed
        : failure.code === OKR_ERROR.invalidCheckInValue
          ? IMPORT_ERROR.badValue
          : IMPORT_ERROR.invalidValue;
  const fields = (failure.details?.fields ?? null) as Record<string, string> | null;
  if (!fields) return [issue(keyResultRow ?? objectiveRow, null, code, failure.message)];
  return Object.entries(fields).map(([field, message]) => {
    const nested = /^keyResults\.(\d+)\.(.+)$/.exec(field);
    if (nested) return issue(keyResultRows[Number(nested[1])] ?? objectiveRow, KEY_RESULT_FIELD_COLUMNS[nested[2]!] ?? 'metric_type', code, message);
    if (keyResultRow !== undefined) return issue(keyResultRow, KEY_RESULT_FIELD_COLUMNS[field] ?? 'metric_type', code, message);
    if (field === 'keyResults') return issue(keyResultRows[MAX_KEY_RESULTS] ?? objectiveRow, 'key_result_id', IMPORT_ERROR.tooManyKeyResults, message);
    return issue(objectiveRow, OBJECTIVE_FIELD_COLUMNS[field] ?? null, code, message);
  });
}

/** Two specs say the same, whatever the key order or an absent currency. */
export function specKey(spec: KeyResultSpec): string {
  switch (spec.type) {
    case 'increase-to':
    case 'decrease-to':
      return JSON.stringify([spec.type, spec.start, spec.target, spec.unit, spec.currency ?? null]);
    case 'guardrail':
      return JSON.stringify([spec.type, spec.direction, spec.threshold, spec.unit, spec.currency ?? null]);
    case 'milestone':
      return JSON.stringify([spec.type, spec.steps]);
    case 'binary':
      return JSON.stringify([spec.type]);
  }
}

const sameLines = (text: string): string => text.replace(/\r\n?/g, '\n');
const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);
const sameAlignments = (a: readonly Alignment[], b: readonly Alignment[]): boolean =>
  a.length === b.length && a.every((v, i) => v.objectiveId === b[i]!.objectiveId && v.keyResultId === b[i]!.keyResultId);
const dedupe = (ids: readonly string[]): string[] => [...new Set(ids)];
const dedupeAlignments = (alignments: readonly Alignment[]): Alignment[] => {
  const seen = new Set<string>();
  return alignments.filter((a) => {
    const key = `${a.objectiveId}|${a.keyResultId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** What applying one objective gives: the objective to write, or why it cannot be. */
export type Applied = { readonly ok: true; readonly value: AppliedObjective } | { readonly ok: false; readonly issues: readonly ImportIssue[] };
const refused = (issues: readonly ImportIssue[]): Applied => ({ ok: false, issues });
const accepted = (value: AppliedObjective): Applied => ({ ok: true, value });

/** Sets a key result's value without a check-in: only for key results nobody has checked in on. */
function withCurrent(objective: Objective, keyResultId: string, current: number, row: number): { ok: true; value: Objective } | { ok: false; issue: ImportIssue } {
  const keyResult = objective.keyResults.find((kr) => kr.id === keyResultId)!;
  const valid = validateCheckInValue(keyResult.spec, current);
  if (!valid.ok) return { ok: false, issue: issue(row, 'current', IMPORT_ERROR.badValue, valid.message) };
  return { ok: true, value: { ...objective, keyResults: objective.keyResults.map((kr) => (kr.id === keyResultId ? { ...kr, current: valid.value } : kr)) } };
}

function create(desired: DesiredObjective, env: ApplyEnv): Applied {
  const keyResultRows = desired.keyResults.map((kr) => kr.row);
  const suffixes = desired.keyResults.map((kr) => kr.id.slice(`${desired.id}.kr`.length));
  let next = 0;
  const created = createObjective({
    tenantId: env.tenantId,
    cycleId: env.cycleId,
    objectiveId: desired.id,
    draft: {
      level: desired.level,
      owner: desired.owner,
      teamIds: desired.teamIds,
      contributorIds: desired.contributorIds ?? [],
      title: desired.title,
      description: desired.description ?? '',
      commitment: desired.commitment ?? 'aspirational',
      alignments: desired.alignments ?? [],
      keyResults: desired.keyResults.map((kr) => ({ title: kr.title, ownerId: kr.ownerId, weight: kr.weight ?? 1, spec: kr.spec })),
    },
    createdBy: env.actorId,
    now: env.now,
    uniqueSuffix: () => suffixes[next++]!,
  });
  if (!created.ok) return refused(domainIssues(created, desired.row, keyResultRows));
  let objective = created.value;
  const issues: ImportIssue[] = [];
  for (const kr of desired.keyResults) {
    if (kr.current === null) continue;
    const set = withCurrent(objective, kr.id, kr.current, kr.row);
    if (set.ok) objective = set.value;
    else issues.push(set.issue);
  }
  if (desired.state === 'closed') {
    issues.push(issue(desired.row, 'state', IMPORT_ERROR.badValue, 'A new objective starts as draft, proposed or active; objectives are closed by grading them in Tandem'));
  } else if (desired.state === 'proposed' || desired.state === 'active') {
    const proposed = proposeObjective(objective, env.now);
    const moved = proposed.ok && desired.state === 'active' ? approveObjective(proposed.value, env.actorId, env.now) : proposed;
    if (moved.ok) objective = moved.value;
    else issues.push(issue(desired.row, 'state', IMPORT_ERROR.invalidValue, moved.message));
  }
  if (issues.length > 0) return refused(issues);
  return accepted({
    objective,
    action: 'create',
    changedColumns: [],
    keyResults: { created: desired.keyResults.length, updated: 0, unchanged: 0 },
    warnings: [],
  });
}

function update(desired: DesiredObjective, stored: Objective, env: ApplyEnv): Applied {
  const issues: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  if (desired.level !== stored.level) {
    issues.push(issue(desired.row, 'level', IMPORT_ERROR.immutableField, `The objective is ${stored.level}; an import does not change the level of an existing objective`));
  }
  if (desired.owner.kind !== stored.owner.kind || desired.owner.id !== stored.owner.id) {
    issues.push(issue(desired.row, 'owner_id', IMPORT_ERROR.immutableField, 'An import does not change the owner of an existing objective; create a new objective instead'));
  }
  if (desired.state !== undefined && desired.state !== stored.state) {
    warnings.push(issue(desired.row, 'state', IMPORT_WARNING.stateNotChanged, `The objective is ${stored.state} and stays so: states change through propose, approve and close`));
  }

  const changes: { -readonly [K in keyof ObjectiveChanges]: ObjectiveChanges[K] } = {};
  const changed: ColumnName[] = [];
  if (desired.title.trim() !== stored.title) (changes.title = desired.title), changed.push('objective_title');
  // Spreadsheets keep line breaks in a cell as \n (XLSX cannot carry a \r); a CRLF stored from the API is the same text.
  if (desired.description !== undefined && sameLines(desired.description) !== sameLines(stored.description)) {
    changes.description = desired.description;
    changed.push('objective_description');
  }
  if (desired.commitment !== undefined && desired.commitment !== stored.commitment) (changes.commitment = desired.commitment), changed.push('commitment');
  if (desired.contributorIds !== undefined && !sameList(dedupe(desired.contributorIds), stored.contributorIds)) {
    changes.contributorIds = desired.contributorIds;
    changed.push('contributor_ids');
  }
  if (desired.alignments !== undefined && !sameAlignments(dedupeAlignments(desired.alignments), stored.alignments)) {
    changes.alignments = desired.alignments;
    changed.push('aligned_to');
  }

  // Key results: compare each row with the stored key result, or add it.
  interface KeyResultStep {
    readonly desired: DesiredKeyResult;
    readonly stored: KeyResult | undefined;
    readonly changes: KeyResultChanges;
    readonly setCurrent: boolean;
  }
  const steps: KeyResultStep[] = [];
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const kr of desired.keyResults) {
    const existing = stored.keyResults.find((k) => k.id === kr.id);
    if (!existing) {
      steps.push({ desired: kr, stored: undefined, changes: {}, setCurrent: kr.current !== null });
      counts.created += 1;
      continue;
    }
    const krChanges: { -readonly [K in keyof KeyResultChanges]: KeyResultChanges[K] } = {};
    if (kr.title.trim() !== existing.title) (krChanges.title = kr.title), changed.push('key_result_title');
    if (kr.ownerId !== existing.ownerId) (krChanges.ownerId = kr.ownerId), changed.push('kr_owner_id');
    if (kr.weight !== null && kr.weight !== existing.weight) (krChanges.weight = kr.weight), changed.push('weight');
    if (specKey(kr.spec) !== specKey(existing.spec)) (krChanges.spec = kr.spec), changed.push('metric_type');
    let setCurrent = false;
    if (kr.current !== null && kr.current !== existing.current) {
      if (existing.checkInCount === 0) {
        setCurrent = true;
        changed.push('current');
      } else {
        warnings.push(issue(kr.row, 'current', IMPORT_WARNING.currentNotApplied, `This key result has check-ins; its value stays ${existing.current ?? 'empty'}. Record a check-in to change it`));
      }
    } else if (krChanges.spec && existing.checkInCount === 0 && kr.current === null) {
      changed.push('current'); // a new spec starts the value over
    }
    const any = Object.keys(krChanges).length > 0 || setCurrent;
    if (any) counts.updated += 1;
    else counts.unchanged += 1;
    steps.push({ desired: kr, stored: existing, changes: krChanges, setCurrent });
  }
  if (counts.created > 0) changed.push('key_result_id');

  const anyChange = Object.keys(changes).length > 0 || counts.created > 0 || counts.updated > 0;
  if (anyChange && stored.state === 'closed') {
    issues.push(issue(desired.row, null, IMPORT_ERROR.objectiveClosed, 'This objective is closed: a closed objective is a record of the quarter and cannot change'));
  }
  if (stored.keyResults.length + counts.created > MAX_KEY_RESULTS) {
    const firstNew = steps.filter((s) => !s.stored)[MAX_KEY_RESULTS - stored.keyResults.length];
    issues.push(issue(firstNew?.desired.row ?? desired.row, 'key_result_id', IMPORT_ERROR.tooManyKeyResults, `An objective holds at most ${MAX_KEY_RESULTS} key results; it has ${stored.keyResults.length} and the file adds ${counts.created}`));
  }
  if (issues.length > 0) return refused(issues);
  if (!anyChange) {
    return accepted({ objective: stored, action: 'unchanged', changedColumns: [], keyResults: counts, warnings });
  }

  let objective = stored;
  if (Object.keys(changes).length > 0) {
    const updated = updateObjective(objective, changes, env.now);
    if (!updated.ok) return refused(domainIssues(updated, desired.row, []));
    objective = updated.value;
  }
  for (const step of steps) {
    if (!step.stored) {
      const added = addKeyResult(
        objective,
        { title: step.desired.title, ownerId: step.desired.ownerId, weight: step.desired.weight ?? 1, spec: step.desired.spec },
        step.desired.id.slice(`${objective.id}.kr`.length),
        env.now,
      );
      if (!added.ok) {
        issues.push(...domainIssues(added, desired.row, [], step.desired.row));
        continue;
      }
      objective = added.value.objective;
    } else if (Object.keys(step.changes).length > 0) {
      const updated = updateKeyResult(objective, step.stored.id, step.changes, env.now);
      if (!updated.ok) {
        issues.push(...domainIssues(updated, desired.row, [], step.desired.row));
        continue;
      }
      objective = updated.value.objective;
    }
    if (step.setCurrent && step.desired.current !== null) {
      const set = withCurrent(objective, step.desired.id, step.desired.current, step.desired.row);
      if (set.ok) objective = set.value;
      else issues.push(set.issue);
    }
  }
  if (issues.length > 0) return refused(issues);
  return accepted({ objective: { ...objective, updatedAt: env.now }, action: 'update', changedColumns: [...new Set(changed)], keyResults: counts, warnings });
}

/** What the desired objective makes of the stored one (or of nothing, for a new objective). */
export function applyDesired(desired: DesiredObjective, stored: Objective | null, env: ApplyEnv): Applied {
  return stored ? update(desired, stored, env) : create(desired, env);
}


/* ---------------------------------------------------------------------------------------------- */
/* Resolving the file against the cycle                                                            */
/* ---------------------------------------------------------------------------------------------- */

interface Directory {
  readonly personById: ReadonlyMap<string, Person>;
  readonly peopleByEmail: ReadonlyMap<string, readonly Person[]>;
  readonly teamById: ReadonlyMap<string, Team>;
  readonly teamsByName: ReadonlyMap<string, readonly Team[]>;
}

function directoryOf(people: readonly Person[], teams: readonly Team[]): Directory {
  const group = <T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> => {
    const map = new Map<string, T[]>();
    for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
    return map;
  };
  return {
    personById: new Map(people.map((p) => [p.id, p])),
    peopleByEmail: group(people.filter((p) => p.email), (p) => p.email.trim().toLowerCase()),
    teamById: new Map(teams.map((t) => [t.id, t])),
    teamsByName: group(teams, (t) => t.name.trim().toLowerCase()),
  };
}

interface PersonColumns {
  readonly id: ColumnName;
  readonly email: ColumnName;
  readonly code: string;
  readonly what: string;
}

/** A person named by id, by email or both (then both must name the same person). */
function resolvePerson(dir: Directory, row: number, id: string | null, email: string | null, cols: PersonColumns, errors: ImportIssue[]): Person | null {
  const byId = id !== null ? dir.personById.get(id) : undefined;
  if (id !== null && !byId) errors.push(issue(row, cols.id, cols.code, `No ${cols.what} with the id ${id} in your organisation`));
  let byEmail: Person | undefined;
  if (email !== null) {
    const found = dir.peopleByEmail.get(email.toLowerCase()) ?? [];
    if (found.length === 0) errors.push(issue(row, cols.email, cols.code, `No ${cols.what} with the email ${email} in your organisation`));
    else if (found.length > 1) errors.push(issue(row, cols.email, cols.code, `Several people have the email ${email}; give the id instead`));
    else byEmail = found[0];
  }
  if (byId && byEmail && byId.id !== byEmail.id) {
    errors.push(issue(row, cols.email, IMPORT_ERROR.ownerMismatch, `The id names ${byId.displayName} but the email ${email} is ${byEmail.displayName}'s; fix one of them`));
    return null;
  }
  if ((id !== null && !byId) || (email !== null && !byEmail)) return null;
  return byId ?? byEmail ?? null;
}

function resolveContributors(dir: Directory, parsed: ParsedObjective, errors: ImportIssue[]): string[] | undefined {
  const ids = parsed.contributorIds;
  const emails = parsed.contributorEmails;
  if (ids === undefined && emails === undefined) return undefined;
  const cols: PersonColumns = { id: 'contributor_ids', email: 'contributor_emails', code: IMPORT_ERROR.unknownContributor, what: 'contributor' };
  const idList = ids ?? [];
  const emailList = emails ?? [];
  if (idList.length > 0 && emailList.length > 0 && idList.length !== emailList.length) {
    errors.push(issue(parsed.row, 'contributor_emails', IMPORT_ERROR.ownerMismatch, `contributor_ids names ${idList.length} people and contributor_emails ${emailList.length}; give one email per id, in the same order, or leave one of the columns empty`));
    return undefined;
  }
  const count = Math.max(idList.length, emailList.length);
  const resolved: string[] = [];
  for (let i = 0; i < count; i++) {
    const person = resolvePerson(dir, parsed.row, idList[i] ?? null, emailList[i] ?? null, cols, errors);
    if (person) resolved.push(person.id);
  }
  return dedupe(resolved);
}

function resolveOwner(dir: Directory, parsed: ParsedObjective, level: ObjectiveLevel, errors: ImportIssue[], warnings: ImportIssue[]): { owner: ObjectiveOwner; teamIds: readonly string[] } | null {
  const kind = parsed.ownerType ?? (level === 'team' ? 'team' : 'person');
  if (kind === 'team') {
    if (parsed.ownerEmail !== null) warnings.push(issue(parsed.row, 'owner_email', IMPORT_WARNING.ignoredValue, 'A team has no email; the owner is found by owner_id or owner_name'));
    let team: Team | undefined;
    if (parsed.ownerId !== null) {
      team = dir.teamById.get(parsed.ownerId);
      if (!team) errors.push(issue(parsed.row, 'owner_id', IMPORT_ERROR.unknownOwner, `No team with the id ${parsed.ownerId} in your organisation`));
    } else if (parsed.ownerName !== null) {
      const found = dir.teamsByName.get(parsed.ownerName.toLowerCase()) ?? [];
      if (found.length === 1) team = found[0];
      else errors.push(issue(parsed.row, 'owner_name', IMPORT_ERROR.unknownOwner, found.length === 0 ? `No team called ${parsed.ownerName}` : `Several teams are called ${parsed.ownerName}; give the team id in owner_id`));
    } else {
      errors.push(issue(parsed.row, 'owner_id', IMPORT_ERROR.missingValue, 'A team-owned objective needs the team in owner_id (or its name in owner_name)'));
    }
    return team ? { owner: { kind: 'team', id: team.id }, teamIds: [team.id] } : null;
  }
  if (parsed.ownerId === null && parsed.ownerEmail === null) {
    errors.push(issue(parsed.row, 'owner_id', IMPORT_ERROR.missingValue, 'An objective needs an owner: owner_id, owner_email or both'));
    return null;
  }
  const person = resolvePerson(dir, parsed.row, parsed.ownerId, parsed.ownerEmail, { id: 'owner_id', email: 'owner_email', code: IMPORT_ERROR.unknownOwner, what: 'person' }, errors);
  return person ? { owner: { kind: 'person', id: person.id }, teamIds: person.teamIds } : null;
}

interface ResolvedIds {
  /** objective_id cell value → objective id. */
  readonly objectiveRefs: ReadonlyMap<string, string>;
  /** key_result_id cell value → key result. */
  readonly keyResultRefs: ReadonlyMap<string, { objectiveId: string; keyResultId: string }>;
}

const objectiveIdFor = (cycleId: string, parsed: ParsedObjective): string =>
  makeObjectiveId(cycleId, stableSuffix(`${cycleId}|objective|${parsed.ref !== null ? `ref|${parsed.ref}` : parsed.groupKey}`));

function resolveObjectiveId(parsed: ParsedObjective, ctx: ImportContext, existingById: ReadonlyMap<string, Objective>, errors: ImportIssue[]): string | null {
  if (parsed.ref === null) return objectiveIdFor(ctx.cycle.id, parsed);
  if (parseKeyResultId(parsed.ref)) {
    errors.push(issue(parsed.row, 'objective_id', IMPORT_ERROR.badId, `${parsed.ref} is a key result id; put it in key_result_id`));
    return null;
  }
  const asId = parseObjectiveId(parsed.ref);
  if (asId && asId.cycleId === ctx.cycle.id) {
    if (existingById.has(parsed.ref)) return parsed.ref;
    errors.push(issue(parsed.row, 'objective_id', IMPORT_ERROR.unknownId, `This cycle has no objective ${parsed.ref} (deleted?); leave objective_id empty to create the objective again`));
    return null;
  }
  // An id from another cycle or a label: a new objective whose id follows from it.
  return objectiveIdFor(ctx.cycle.id, parsed);
}

function resolveKeyResultId(kr: ParsedKeyResult, objectiveId: string, occurrence: number, stored: Objective | undefined, ctx: ImportContext, errors: ImportIssue[]): string | null {
  const derived = (key: string) => makeKeyResultId(objectiveId, stableSuffix(`${objectiveId}|key-result|${key}`));
  if (kr.ref === null) return derived(`new|${kr.title.trim().replace(/\s+/g, ' ').toLowerCase()}|${occurrence}`);
  if (parseObjectiveId(kr.ref)) {
    errors.push(issue(kr.row, 'key_result_id', IMPORT_ERROR.badId, `${kr.ref} is an objective id, not a key result id`));
    return null;
  }
  const asId = parseKeyResultId(kr.ref);
  if (asId && asId.cycleId === ctx.cycle.id) {
    if (asId.objectiveId !== objectiveId) {
      errors.push(issue(kr.row, 'key_result_id', IMPORT_ERROR.badId, `The key result ${kr.ref} belongs to another objective (${asId.objectiveId}); key results do not move between objectives`));
      return null;
    }
    if (stored?.keyResults.some((k) => k.id === kr.ref)) return kr.ref;
    errors.push(issue(kr.row, 'key_result_id', IMPORT_ERROR.unknownId, `The objective has no key result ${kr.ref} (deleted?); leave key_result_id empty to add it again`));
    return null;
  }
  return derived(`ref|${kr.ref}`);
}

function resolveAlignment(
  token: string,
  selfId: string,
  row: number,
  existingById: ReadonlyMap<string, Objective>,
  existingKeyResults: ReadonlyMap<string, string>,
  ids: ResolvedIds,
  errors: ImportIssue[],
): Alignment | null {
  let alignment: Alignment | null = null;
  if (existingById.has(token)) alignment = { objectiveId: token, keyResultId: null };
  else if (existingKeyResults.has(token)) alignment = { objectiveId: existingKeyResults.get(token)!, keyResultId: token };
  else if (ids.objectiveRefs.has(token)) alignment = { objectiveId: ids.objectiveRefs.get(token)!, keyResultId: null };
  else if (ids.keyResultRefs.has(token)) alignment = ids.keyResultRefs.get(token)!;
  if (!alignment) {
    errors.push(issue(row, 'aligned_to', IMPORT_ERROR.badAlignment, `${token} is not an objective or key result of this cycle, nor an objective_id or key_result_id of this file`));
    return null;
  }
  if (alignment.objectiveId === selfId) {
    errors.push(issue(row, 'aligned_to', IMPORT_ERROR.badAlignment, 'An objective cannot align to itself or to its own key results'));
    return null;
  }
  return alignment;
}

/** Works out what importing the file would do, and everything wrong with it. */
export function planImport(read: ReadResult, ctx: ImportContext): ImportPlan {
  const errors: ImportIssue[] = [...read.errors];
  const warnings: ImportIssue[] = [...read.warnings];
  const dir = directoryOf(ctx.people, ctx.teams);
  const existingById = new Map(ctx.existing.map((o) => [o.id, o]));
  const existingKeyResults = new Map(ctx.existing.flatMap((o) => o.keyResults.map((kr) => [kr.id, o.id] as const)));
  const env: ApplyEnv = { tenantId: ctx.cycle.tenantId, cycleId: ctx.cycle.id, actorId: ctx.actorId, now: ctx.now };
  const badRows = new Set(read.errors.map((e) => e.row));

  // 1. Ids: every objective and key result of the file gets the id it has or will have.
  const objectiveRefs = new Map<string, string>();
  const keyResultRefs = new Map<string, { objectiveId: string; keyResultId: string }>();
  const objectiveIds = new Map<ParsedObjective, string>();
  const keyResultIds = new Map<ParsedKeyResult, string>();
  const firstRowOfId = new Map<string, number>();
  const seenKeyResultRefs = new Map<string, number>();
  for (const parsed of read.objectives) {
    const id = resolveObjectiveId(parsed, ctx, existingById, errors);
    if (id === null) continue;
    const earlier = firstRowOfId.get(id);
    if (earlier !== undefined) {
      errors.push(issue(parsed.row, 'objective_id', IMPORT_ERROR.duplicateId, `This is the same objective as row ${earlier}; give the rows of one objective the same objective_id`));
      continue;
    }
    firstRowOfId.set(id, parsed.row);
    objectiveIds.set(parsed, id);
    if (parsed.ref !== null) objectiveRefs.set(parsed.ref, id);
    const stored = existingById.get(id);
    const occurrences = new Map<string, number>();
    const krIds = new Map<string, number>();
    for (const kr of parsed.keyResults) {
      if (kr.ref !== null) {
        const earlierRow = seenKeyResultRefs.get(kr.ref);
        if (earlierRow !== undefined) {
          errors.push(issue(kr.row, 'key_result_id', IMPORT_ERROR.duplicateId, `The key result ${kr.ref} is already on row ${earlierRow}`));
          continue;
        }
        seenKeyResultRefs.set(kr.ref, kr.row);
      }
      const titleKey = kr.title.trim().toLowerCase();
      const occurrence = occurrences.get(titleKey) ?? 0;
      if (kr.ref === null) occurrences.set(titleKey, occurrence + 1);
      const krId = resolveKeyResultId(kr, id, occurrence, stored, ctx, errors);
      if (krId === null) continue;
      const earlierKr = krIds.get(krId);
      if (earlierKr !== undefined) {
        errors.push(issue(kr.row, 'key_result_id', IMPORT_ERROR.duplicateId, `This is the same key result as row ${earlierKr}`));
        continue;
      }
      krIds.set(krId, kr.row);
      keyResultIds.set(kr, krId);
      if (kr.ref !== null) keyResultRefs.set(kr.ref, { objectiveId: id, keyResultId: krId });
    }
  }
  const ids: ResolvedIds = { objectiveRefs, keyResultRefs };

  // 2. People, teams and alignment; then each objective against what is stored.
  const items: PlannedObjective[] = [];
  const desiredById = new Map<string, DesiredObjective>();
  for (const parsed of read.objectives) {
    const id = objectiveIds.get(parsed);
    if (id === undefined || parsed.level === null) continue;
    const rowErrors: ImportIssue[] = [];
    const owner = resolveOwner(dir, parsed, parsed.level, rowErrors, warnings);
    const contributorIds = resolveContributors(dir, parsed, rowErrors);
    const alignments =
      parsed.alignedTo === undefined
        ? undefined
        : dedupeAlignments(parsed.alignedTo.map((token) => resolveAlignment(token, id, parsed.row, existingById, existingKeyResults, ids, rowErrors)).filter((a): a is Alignment => a !== null));
    const keyResults: DesiredKeyResult[] = [];
    for (const kr of parsed.keyResults) {
      const krId = keyResultIds.get(kr);
      if (krId === undefined || kr.spec === null) continue;
      let ownerId: string | null = null;
      if (kr.ownerId === null && kr.ownerEmail === null) {
        if (owner?.owner.kind === 'person') ownerId = owner.owner.id;
        else if (owner) rowErrors.push(issue(kr.row, 'kr_owner_id', IMPORT_ERROR.missingValue, 'A key result of a team objective needs its own owner: kr_owner_id, kr_owner_email or both'));
      } else {
        ownerId = resolvePerson(dir, kr.row, kr.ownerId, kr.ownerEmail, { id: 'kr_owner_id', email: 'kr_owner_email', code: IMPORT_ERROR.unknownOwner, what: 'person' }, rowErrors)?.id ?? null;
      }
      if (ownerId === null) continue;
      keyResults.push({ row: kr.row, id: krId, title: kr.title, ownerId, weight: kr.weight, spec: kr.spec, current: kr.current });
    }
    errors.push(...rowErrors);
    // Rows the reader already found wrong are reported; applying them would only repeat it.
    const unreadable = badRows.has(parsed.row) || parsed.keyResults.some((kr) => badRows.has(kr.row));
    if (unreadable || rowErrors.length > 0 || !owner || keyResults.length !== parsed.keyResults.length) continue;
    const desired: DesiredObjective = {
      row: parsed.row,
      id,
      level: parsed.level,
      owner: owner.owner,
      teamIds: owner.teamIds,
      title: parsed.title,
      description: parsed.description,
      commitment: parsed.commitment,
      state: parsed.state,
      contributorIds,
      alignments,
      keyResults,
    };
    desiredById.set(id, desired);
    const applied = applyDesired(desired, existingById.get(id) ?? null, env);
    if (!applied.ok) {
      errors.push(...applied.issues);
      continue;
    }
    warnings.push(...applied.value.warnings);
    items.push({ ...applied.value, row: parsed.row, desired });
  }

  // 3. Alignment loops, over the cycle as it would be after the import.
  const parentsOf = (objectiveId: string): readonly string[] =>
    (desiredById.get(objectiveId)?.alignments ?? existingById.get(objectiveId)?.alignments ?? []).map((a) => a.objectiveId);
  for (const desired of desiredById.values()) {
    const looping = (desired.alignments ?? []).find((a) => wouldCreateAlignmentLoop(desired.id, a.objectiveId, parentsOf));
    if (looping) errors.push(issue(desired.row, 'aligned_to', IMPORT_ERROR.alignmentLoop, `Aligning to ${looping.keyResultId ?? looping.objectiveId} would place this objective above itself`));
  }

  // 4. The cycle must take changes; a new objective like an existing one is worth a second look.
  const changing = items.filter((i) => i.action !== 'unchanged');
  if (changing.length > 0 && !acceptsNewObjectives(ctx.cycle)) {
    errors.push(issue(null, null, IMPORT_ERROR.cycleNotOpen, `The cycle ${ctx.cycle.name} is ${ctx.cycle.state}: objectives change while a cycle is planned or active`));
  }
  const likeKey = (o: Pick<Objective, 'level' | 'owner' | 'title'>) => `${o.level}|${o.owner.kind}|${o.owner.id}|${o.title.trim().toLowerCase()}`;
  const existingLike = new Map(ctx.existing.map((o) => [likeKey(o), o.id]));
  for (const item of items) {
    const like = item.action === 'create' ? existingLike.get(likeKey(item.objective)) : undefined;
    if (like) warnings.push(issue(item.row, 'objective_id', IMPORT_WARNING.possibleDuplicate, `The cycle already has an objective with this title, level and owner (${like}); put its id in objective_id to update it instead of creating another`));
  }

  const sum = (pick: (i: PlannedObjective) => number) => items.reduce((n, i) => n + pick(i), 0);
  return {
    items,
    errors: sortIssues(errors),
    warnings: sortIssues(warnings),
    summary: {
      rows: read.rowCount,
      objectivesCreated: items.filter((i) => i.action === 'create').length,
      objectivesUpdated: items.filter((i) => i.action === 'update').length,
      objectivesUnchanged: items.filter((i) => i.action === 'unchanged').length,
      keyResultsCreated: sum((i) => i.keyResults.created),
      keyResultsUpdated: sum((i) => i.keyResults.updated),
      keyResultsUnchanged: sum((i) => i.keyResults.unchanged),
    },
  };
}

/**
 * The order to write in, as waves: an objective comes in a later wave than every objective of the
 * file it aligns to, so a run stopped half-way leaves no alignment pointing at an objective that is
 * not written yet. Objectives of one wave may be written at the same time.
 */
export function writeWaves(items: readonly PlannedObjective[]): PlannedObjective[][] {
  const byId = new Map(items.map((i) => [i.objective.id, i]));
  const depth = new Map<string, number>();
  const depthOf = (item: PlannedObjective, path: Set<string>): number => {
    const known = depth.get(item.objective.id);
    if (known !== undefined) return known;
    if (path.has(item.objective.id)) return 0; // a loop is refused before writing; never recurse forever
    path.add(item.objective.id);
    const parents = item.objective.alignments.map((a) => byId.get(a.objectiveId)).filter((p): p is PlannedObjective => p !== undefined);
    const d = parents.length === 0 ? 0 : 1 + Math.max(...parents.map((p) => depthOf(p, path)));
    path.delete(item.objective.id);
    depth.set(item.objective.id, d);
    return d;
  };
  const waves: PlannedObjective[][] = [];
  for (const item of items) {
    const d = depthOf(item, new Set());
    (waves[d] ??= []).push(item);
  }
  return waves.filter((w) => w !== undefined);
}
