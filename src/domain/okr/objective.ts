import { fail, ok, type Result } from '../shared/result.js';
import { OKR_ERROR, type OkrErrorCode } from './okr-error-codes.js';
import {
  initialValue,
  MAX_KEY_RESULTS,
  MAX_TITLE_LENGTH,
  RECOMMENDED_MAX_KEY_RESULTS,
  validateSpec,
  type FieldErrors,
  type KeyResult,
  type KeyResultSpec,
} from './key-result.js';
import { makeKeyResultId } from './okr-ids.js';

export const OBJECTIVE_LEVELS = ['company', 'team', 'individual'] as const;
export type ObjectiveLevel = (typeof OBJECTIVE_LEVELS)[number];
export const OBJECTIVE_STATES = ['draft', 'proposed', 'active', 'closed'] as const;
export type ObjectiveState = (typeof OBJECTIVE_STATES)[number];
export const COMMITMENTS = ['committed', 'aspirational'] as const;
export type Commitment = (typeof COMMITMENTS)[number];

export type ObjectiveOwner = { readonly kind: 'person'; readonly id: string } | { readonly kind: 'team'; readonly id: string };

/** Alignment to a parent objective, or more precisely to one of its key results. */
export interface Alignment {
  readonly objectiveId: string;
  readonly keyResultId: string | null;
}

export interface ReviewNote {
  readonly by: string;
  readonly at: string;
  readonly comment: string;
}

export interface Objective {
  readonly tenantId: string;
  readonly cycleId: string;
  readonly id: string;
  readonly level: ObjectiveLevel;
  readonly owner: ObjectiveOwner;
  /** Teams whose board shows this objective: the owning team, or the owner's teams. */
  readonly teamIds: readonly string[];
  readonly contributorIds: readonly string[];
  readonly title: string;
  readonly description: string;
  readonly commitment: Commitment;
  readonly alignments: readonly Alignment[];
  readonly state: ObjectiveState;
  readonly keyResults: readonly KeyResult[];
  /** The approver's comment when a proposal was sent back. */
  readonly sentBack: ReviewNote | null;
  readonly approvedBy: string | null;
  readonly grade: number | null;
  readonly reflection: string | null;
  readonly carriedFrom: { readonly cycleId: string; readonly objectiveId: string } | null;
  readonly carriedTo: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Bumped on every edit of the objective's own fields (not on check-ins); the API's If-Match. */
  readonly revision: number;
}

export interface KeyResultDraft {
  readonly title: string;
  readonly ownerId: string;
  readonly weight: number;
  readonly spec: KeyResultSpec;
}

export interface ObjectiveDraft {
  readonly level: ObjectiveLevel;
  readonly owner: ObjectiveOwner;
  readonly teamIds: readonly string[];
  readonly contributorIds: readonly string[];
  readonly title: string;
  readonly description: string;
  readonly commitment: Commitment;
  readonly alignments: readonly Alignment[];
  readonly keyResults: readonly KeyResultDraft[];
}

export interface Warning {
  readonly code: string;
  readonly message: string;
}

type Failure = Result<never, OkrErrorCode>;

const validationFailure = (errors: FieldErrors): Failure =>
  fail(OKR_ERROR.validation, 'Some fields need attention', { fields: errors }) as Failure;

function validateTitle(title: string, field: string, errors: FieldErrors): void {
  if (title.trim().length === 0) errors[field] = 'A title is required';
  else if (title.length > MAX_TITLE_LENGTH) errors[field] = `At most ${MAX_TITLE_LENGTH} characters`;
}

function validateKeyResultDraft(draft: KeyResultDraft, prefix: string, errors: FieldErrors): void {
  validateTitle(draft.title, `${prefix}title`, errors);
  if (!(draft.weight > 0) || !Number.isFinite(draft.weight)) errors[`${prefix}weight`] = 'The weight must be above 0';
  for (const [field, message] of Object.entries(validateSpec(draft.spec))) errors[`${prefix}${field}`] = message;
}

function validateOwnerLevel(draft: Pick<ObjectiveDraft, 'level' | 'owner'>, errors: FieldErrors): void {
  if (draft.level === 'individual' && draft.owner.kind !== 'person') errors.owner = 'An individual objective is owned by a person';
  if (draft.level === 'team' && draft.owner.kind !== 'team') errors.owner = 'A team objective is owned by a team';
}

function newKeyResult(objectiveId: string, unique: string, draft: KeyResultDraft): KeyResult {
  return {
    id: makeKeyResultId(objectiveId, unique),
    title: draft.title.trim(),
    ownerId: draft.ownerId,
    weight: draft.weight,
    spec: draft.spec,
    current: initialValue(draft.spec),
    confidence: null,
    lastCheckIn: null,
    checkInCount: 0,
    grade: null,
    revision: 1,
  };
}

export function keyResultWarnings(count: number): Warning[] {
  return count > RECOMMENDED_MAX_KEY_RESULTS
    ? [{ code: 'OKR.MANY_KEY_RESULTS', message: `${count} key results: three to five keep an objective focused` }]
    : [];
}

export interface CreateObjectiveInput {
  readonly tenantId: string;
  readonly cycleId: string;
  readonly objectiveId: string;
  readonly draft: ObjectiveDraft;
  readonly createdBy: string;
  readonly now: string;
  /** Supplies unique suffixes for key result ids. */
  readonly uniqueSuffix: () => string;
}

export function createObjective(input: CreateObjectiveInput): Result<Objective, OkrErrorCode> {
  const { draft } = input;
  const errors: FieldErrors = {};
  validateTitle(draft.title, 'title', errors);
  validateOwnerLevel(draft, errors);
  if (draft.keyResults.length > MAX_KEY_RESULTS) errors.keyResults = `At most ${MAX_KEY_RESULTS} key results`;
  draft.keyResults.forEach((kr, i) => validateKeyResultDraft(kr, `keyResults.${i}.`, errors));
  if (draft.alignments.some((a) => a.objectiveId === input.objectiveId)) errors.alignments = 'An objective cannot align to itself';
  if (Object.keys(errors).length > 0) return validationFailure(errors);
  return ok({
    tenantId: input.tenantId,
    cycleId: input.cycleId,
    id: input.objectiveId,
    level: draft.level,
    owner: draft.owner,
    teamIds: [...new Set(draft.teamIds)],
    contributorIds: [...new Set(draft.contributorIds)],
    title: draft.title.trim(),
    description: draft.description,
    commitment: draft.commitment,
    alignments: dedupeAlignments(draft.alignments),
    state: 'draft',
    keyResults: draft.keyResults.map((kr) => newKeyResult(input.objectiveId, input.uniqueSuffix(), kr)),
    sentBack: null,
    approvedBy: null,
    grade: null,
    reflection: null,
    carriedFrom: null,
    carriedTo: null,
    createdBy: input.createdBy,
    createdAt: input.now,
    updatedAt: input.now,
    revision: 1,
  });
}

function dedupeAlignments(alignments: readonly Alignment[]): Alignment[] {
  const seen = new Set<string>();
  return alignments.filter((a) => {
    const key = `${a.objectiveId}|${a.keyResultId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function ensureEditable(objective: Objective): Result<Objective, OkrErrorCode> {
  return objective.state === 'closed'
    ? fail(OKR_ERROR.objectiveClosed, 'A closed objective is a record of the quarter and cannot change')
    : ok(objective);
}

export interface ObjectiveChanges {
  readonly title?: string;
  readonly description?: string;
  readonly commitment?: Commitment;
  readonly contributorIds?: readonly string[];
  readonly alignments?: readonly Alignment[];
}

export function updateObjective(objective: Objective, changes: ObjectiveChanges, now: string): Result<Objective, OkrErrorCode> {
  const editable = ensureEditable(objective);
  if (!editable.ok) return editable;
  const errors: FieldErrors = {};
  if (changes.title !== undefined) validateTitle(changes.title, 'title', errors);
  if (changes.alignments?.some((a) => a.objectiveId === objective.id)) errors.alignments = 'An objective cannot align to itself';
  if (Object.keys(errors).length > 0) return validationFailure(errors);
  return ok({
    ...objective,
    title: changes.title?.trim() ?? objective.title,
    description: changes.description ?? objective.description,
    commitment: changes.commitment ?? objective.commitment,
    contributorIds: changes.contributorIds ? [...new Set(changes.contributorIds)] : objective.contributorIds,
    alignments: changes.alignments ? dedupeAlignments(changes.alignments) : objective.alignments,
    updatedAt: now,
    revision: objective.revision + 1,
  });
}

export function addKeyResult(
  objective: Objective,
  draft: KeyResultDraft,
  unique: string,
  now: string,
): Result<{ objective: Objective; keyResult: KeyResult }, OkrErrorCode> {
  const editable = ensureEditable(objective);
  if (!editable.ok) return editable;
  if (objective.keyResults.length >= MAX_KEY_RESULTS) {
    return fail(OKR_ERROR.tooManyKeyResults, `An objective holds at most ${MAX_KEY_RESULTS} key results`);
  }
  const errors: FieldErrors = {};
  validateKeyResultDraft(draft, '', errors);
  if (Object.keys(errors).length > 0) return validationFailure(errors);
  const keyResult = newKeyResult(objective.id, unique, draft);
  return ok({ objective: { ...objective, keyResults: [...objective.keyResults, keyResult], updatedAt: now }, keyResult });
}

export interface KeyResultChanges {
  readonly title?: string;
  readonly ownerId?: string;
  readonly weight?: number;
  readonly spec?: KeyResultSpec;
}

export function findKeyResult(objective: Objective, keyResultId: string): KeyResult | undefined {
  return objective.keyResults.find((kr) => kr.id === keyResultId);
}

export function updateKeyResult(
  objective: Objective,
  keyResultId: string,
  changes: KeyResultChanges,
  now: string,
): Result<{ objective: Objective; keyResult: KeyResult }, OkrErrorCode> {
  const editable = ensureEditable(objective);
  if (!editable.ok) return editable;
  const existing = findKeyResult(objective, keyResultId);
  if (!existing) return fail(OKR_ERROR.unknownKeyResult, 'That key result is not part of this objective');
  const merged: KeyResultDraft = {
    title: changes.title ?? existing.title,
    ownerId: changes.ownerId ?? existing.ownerId,
    weight: changes.weight ?? existing.weight,
    spec: changes.spec ?? existing.spec,
  };
  const errors: FieldErrors = {};
  validateKeyResultDraft(merged, '', errors);
  if (changes.spec && changes.spec.type !== existing.spec.type && existing.checkInCount > 0) {
    errors.spec = 'The type of a key result with check-ins cannot change; add a new key result instead';
  }
  if (Object.keys(errors).length > 0) return validationFailure(errors);
  // A new spec keeps the checked-in value unless there was none, so edits never erase history.
  const current = changes.spec && existing.checkInCount === 0 ? initialValue(merged.spec) : existing.current;
  const keyResult: KeyResult = {
    ...existing,
    title: merged.title.trim(),
    ownerId: merged.ownerId,
    weight: merged.weight,
    spec: merged.spec,
    current,
    revision: existing.revision + 1,
  };
  return ok({
    objective: { ...objective, keyResults: objective.keyResults.map((kr) => (kr.id === keyResultId ? keyResult : kr)), updatedAt: now },
    keyResult,
  });
}

export function removeKeyResult(objective: Objective, keyResultId: string, now: string): Result<Objective, OkrErrorCode> {
  const editable = ensureEditable(objective);
  if (!editable.ok) return editable;
  if (!findKeyResult(objective, keyResultId)) return fail(OKR_ERROR.unknownKeyResult, 'That key result is not part of this objective');
  if (objective.state !== 'draft' && objective.keyResults.length === 1) {
    return fail(OKR_ERROR.noKeyResults, 'A proposed or active objective keeps at least one key result');
  }
  return ok({ ...objective, keyResults: objective.keyResults.filter((kr) => kr.id !== keyResultId), updatedAt: now });
}

const invalidTransition = (objective: Objective, to: ObjectiveState): Failure =>
  fail(OKR_ERROR.invalidTransition, `An objective in state ${objective.state} cannot become ${to}`, {
    from: objective.state,
    to,
  }) as Failure;

export function proposeObjective(objective: Objective, now: string): Result<Objective, OkrErrorCode> {
  if (objective.state !== 'draft') return invalidTransition(objective, 'proposed');
  if (objective.keyResults.length === 0) return fail(OKR_ERROR.noKeyResults, 'Add at least one key result before proposing');
  return ok({ ...objective, state: 'proposed', updatedAt: now, revision: objective.revision + 1 });
}

export function approveObjective(objective: Objective, approverId: string, now: string): Result<Objective, OkrErrorCode> {
  if (objective.state !== 'proposed') return invalidTransition(objective, 'active');
  return ok({ ...objective, state: 'active', approvedBy: approverId, sentBack: null, updatedAt: now, revision: objective.revision + 1 });
}

export function sendBackObjective(objective: Objective, approverId: string, comment: string, now: string): Result<Objective, OkrErrorCode> {
  if (objective.state !== 'proposed') return invalidTransition(objective, 'draft');
  if (comment.trim().length === 0) return fail(OKR_ERROR.commentRequired, 'Say what should change when sending a proposal back');
  return ok({
    ...objective,
    state: 'draft',
    sentBack: { by: approverId, at: now, comment: comment.trim() },
    updatedAt: now,
    revision: objective.revision + 1,
  });
}

/** Everyone whose "My OKRs" shows this objective: person owner, contributors, key result owners. */
export function participantIds(objective: Pick<Objective, 'owner' | 'contributorIds' | 'keyResults'>): string[] {
  const ids = new Set<string>(objective.contributorIds);
  if (objective.owner.kind === 'person') ids.add(objective.owner.id);
  for (const kr of objective.keyResults) ids.add(kr.ownerId);
  return [...ids];
}
