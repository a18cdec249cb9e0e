import {
  acceptRewrite,
  acceptSuggestions,
  DRAFTING_ERROR,
  pickDraftingSubject,
  type DraftedKeyResult,
  type DraftingErrorCode,
  type DraftingSubject,
} from '../../../domain/okr/coach/drafting.js';
import type { KeyResultSpec } from '../../../domain/okr/key-result.js';
import { OKR_ERROR, type OkrErrorCode } from '../../../domain/okr/okr-error-codes.js';
import type { Commitment, ObjectiveLevel } from '../../../domain/okr/objective.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import type { DraftingProvider, KeyResultDrafter } from '../../ports/key-result-drafter.js';
import type { RequestContext } from '../../request-context.js';
import { getCycle } from '../get-cycle.js';
import type { OkrDeps } from '../okr-deps.js';

/** The objective being written, as the form holds it (it may not be saved yet). */
export interface DraftingInput {
  readonly cycleId: string;
  readonly objective: {
    readonly title: string;
    readonly description: string;
    readonly level: ObjectiveLevel;
    readonly commitment: Commitment;
    readonly keyResults: readonly { readonly title: string }[];
  };
  /** The objective it aligns to, in the same cycle. */
  readonly alignTo: string | null;
  /** The team it belongs to; defaults to the actor's first team. */
  readonly teamId: string | null;
}

export interface ImproveInput extends DraftingInput {
  readonly keyResult: { readonly title: string; readonly spec: KeyResultSpec | null };
}

export interface DraftsView {
  readonly provider: DraftingProvider;
  readonly drafts: DraftedKeyResult[];
}

export interface RewriteView {
  readonly provider: DraftingProvider;
  readonly draft: DraftedKeyResult;
}

type DraftingResult<T> = Result<T, OkrErrorCode | DraftingErrorCode>;

const drafterOff = () => fail(DRAFTING_ERROR.off, 'Drafting key results is not switched on here');

/**
 * Builds what the drafter may see. Reads only the shared goals store and the directory (the parent
 * objective and the team's name); the subject is a field-by-field copy, so the parent's other
 * fields (owners, check-ins, grades) never travel further.
 */
async function draftingSubject(deps: OkrDeps, ctx: RequestContext, input: DraftingInput): Promise<Result<DraftingSubject, OkrErrorCode>> {
  const tenantId = ctx.actor.tenantId;
  const cycle = await getCycle(deps, ctx, input.cycleId);
  if (!cycle.ok) return cycle;
  let parent = null;
  if (input.alignTo) {
    [parent] = await deps.goals.getObjectives(tenantId, input.cycleId, [input.alignTo]);
    if (!parent) return fail(OKR_ERROR.alignmentInvalid, 'Align to an objective of the same cycle', { objectiveId: input.alignTo });
  }
  const teamId = input.teamId ?? ctx.actor.teamIds[0] ?? null;
  const team = teamId ? await deps.directory.getTeam(tenantId, teamId) : null;
  if (input.teamId && !team) return fail(OKR_ERROR.validation, 'Some fields need attention', { fields: { teamId: 'No such team' } });
  return ok(pickDraftingSubject({ objective: input.objective, parent, team }));
}

/** "Suggest key results": three to five measurable drafts; nothing is saved. */
export async function suggestKeyResults(deps: OkrDeps, drafter: KeyResultDrafter | null, ctx: RequestContext, input: DraftingInput): Promise<DraftingResult<DraftsView>> {
  if (!drafter) return drafterOff();
  const subject = await draftingSubject(deps, ctx, input);
  if (!subject.ok) return subject;
  const drafted = await drafter.suggestKeyResults(subject.value);
  if (!drafted.ok) return drafted;
  const accepted = acceptSuggestions(drafted.value, subject.value.objective.keyResultTitles);
  return accepted.ok ? ok({ provider: drafter.provider, drafts: accepted.value }) : accepted;
}

/** "Improve": one vague key result rewritten as a measurable outcome; nothing is saved. */
export async function improveKeyResult(deps: OkrDeps, drafter: KeyResultDrafter | null, ctx: RequestContext, input: ImproveInput): Promise<DraftingResult<RewriteView>> {
  if (!drafter) return drafterOff();
  const subject = await draftingSubject(deps, ctx, input);
  if (!subject.ok) return subject;
  const keyResult = { title: input.keyResult.title.trim().slice(0, 200), spec: input.keyResult.spec };
  const rewritten = await drafter.improveKeyResult({ ...subject.value, keyResult });
  if (!rewritten.ok) return rewritten;
  const accepted = acceptRewrite(rewritten.value, keyResult);
  return accepted.ok ? ok({ provider: drafter.provider, draft: accepted.value }) : accepted;
}
