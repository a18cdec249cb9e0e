/**
 * Drafting key results with help (AI or offline templates). What a drafter may see is spelled out
 * here, field by field: the objective being written, the objective it aligns to, and the team's
 * name. Nothing else: no people, no check-ins, no grades, never review or feedback data. The
 * subject is always built by copying these fields one by one (pickDraftingSubject), so a caller
 * handing over a richer object cannot leak anything else into a prompt.
 */
import { fail, ok, type Result } from '../../shared/result.js';
import { MAX_TITLE_LENGTH, validateSpec, type KeyResultSpec } from '../key-result.js';
import type { Commitment, ObjectiveLevel } from '../objective.js';

export interface DraftingObjective {
  readonly title: string;
  readonly description: string;
  readonly level: ObjectiveLevel;
  readonly commitment: Commitment;
  /** Key results the person has written so far (titles only). */
  readonly keyResultTitles: readonly string[];
}

export interface DraftingParent {
  readonly title: string;
  readonly description: string;
  readonly keyResultTitles: readonly string[];
}

export interface DraftingTeam {
  readonly name: string;
}

/** Everything a drafter is told. */
export interface DraftingSubject {
  readonly objective: DraftingObjective;
  readonly parent: DraftingParent | null;
  readonly team: DraftingTeam | null;
}

export interface VagueKeyResult {
  readonly title: string;
  readonly spec: KeyResultSpec | null;
}

export interface ImproveSubject extends DraftingSubject {
  readonly keyResult: VagueKeyResult;
}

/** A drafted key result: a title and a measurable spec, for the person to edit and confirm. */
export interface DraftedKeyResult {
  readonly title: string;
  readonly spec: KeyResultSpec;
}

export const DRAFTING_ERROR = {
  off: 'AI.OFF',
  timeout: 'AI.TIMEOUT',
  busy: 'AI.BUSY',
  refused: 'AI.REFUSED',
  invalidOutput: 'AI.INVALID_OUTPUT',
  unavailable: 'AI.UNAVAILABLE',
} as const;
export type DraftingErrorCode = (typeof DRAFTING_ERROR)[keyof typeof DRAFTING_ERROR];

export const MIN_DRAFTS = 3;
export const MAX_DRAFTS = 5;
export const MAX_DESCRIPTION_IN_PROMPT = 1000;
const MAX_KEY_RESULTS_IN_PROMPT = 10;

const clip = (text: unknown, max: number): string => (typeof text === 'string' ? text.trim().slice(0, max) : '');
const titles = (list: unknown): string[] =>
  Array.isArray(list)
    ? list
        .map((item) => clip(typeof item === 'string' ? item : (item as { title?: unknown } | null)?.title, MAX_TITLE_LENGTH))
        .filter((t) => t.length > 0)
        .slice(0, MAX_KEY_RESULTS_IN_PROMPT)
    : [];

/** Loose input: anything objective-shaped. Only the named fields are read. */
export interface DraftingSource {
  readonly objective: {
    readonly title: string;
    readonly description?: string;
    readonly level: ObjectiveLevel;
    readonly commitment: Commitment;
    readonly keyResults?: readonly { readonly title: string }[];
  };
  readonly parent?: { readonly title: string; readonly description?: string; readonly keyResults?: readonly { readonly title: string }[] } | null;
  readonly team?: { readonly name: string } | null;
}

/** Copies exactly the fields a drafter may see; everything else on the inputs is left behind. */
export function pickDraftingSubject(source: DraftingSource): DraftingSubject {
  const { objective, parent, team } = source;
  return {
    objective: {
      title: clip(objective.title, MAX_TITLE_LENGTH),
      description: clip(objective.description, MAX_DESCRIPTION_IN_PROMPT),
      level: objective.level,
      commitment: objective.commitment,
      keyResultTitles: titles(objective.keyResults),
    },
    parent: parent ? { title: clip(parent.title, MAX_TITLE_LENGTH), description: clip(parent.description, MAX_DESCRIPTION_IN_PROMPT), keyResultTitles: titles(parent.keyResults) } : null,
    team: team ? { name: clip(team.name, 120) } : null,
  };
}

/** A drafted key result is usable when its title is present and short and its spec passes the domain's rules. */
export function isUsableDraft(draft: DraftedKeyResult): boolean {
  const title = draft.title.trim();
  return title.length > 0 && title.length <= MAX_TITLE_LENGTH && Object.keys(validateSpec(draft.spec)).length === 0;
}

/**
 * Keeps the usable drafts (valid spec, no duplicate or already-written title), at most five.
 * Fewer than three usable drafts is not a useful suggestion: the caller shows a friendly failure.
 */
export function acceptSuggestions(drafts: readonly DraftedKeyResult[], existingTitles: readonly string[]): Result<DraftedKeyResult[], DraftingErrorCode> {
  const seen = new Set(existingTitles.map((t) => t.trim().toLowerCase()));
  const kept: DraftedKeyResult[] = [];
  for (const draft of drafts) {
    const key = draft.title.trim().toLowerCase();
    if (!isUsableDraft(draft) || seen.has(key)) continue;
    seen.add(key);
    kept.push({ title: draft.title.trim(), spec: draft.spec });
    if (kept.length === MAX_DRAFTS) break;
  }
  if (kept.length < MIN_DRAFTS) {
    return fail(DRAFTING_ERROR.invalidOutput, `The drafts came back with ${kept.length} usable key results; at least ${MIN_DRAFTS} are needed`);
  }
  return ok(kept);
}

/** The rewrite of one key result: usable and actually different from what the person wrote. */
export function acceptRewrite(draft: DraftedKeyResult | undefined, original: VagueKeyResult): Result<DraftedKeyResult, DraftingErrorCode> {
  if (!draft || !isUsableDraft(draft)) return fail(DRAFTING_ERROR.invalidOutput, 'The rewrite is not a usable key result');
  if (draft.title.trim().toLowerCase() === original.title.trim().toLowerCase() && JSON.stringify(draft.spec) === JSON.stringify(original.spec)) {
    return fail(DRAFTING_ERROR.invalidOutput, 'The rewrite is the same as the original');
  }
  return ok({ title: draft.title.trim(), spec: draft.spec });
}
