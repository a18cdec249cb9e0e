import type { OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import { canEditObjective } from '../../domain/okr/okr-permissions.js';
import { addKeyResult, findKeyResult, removeKeyResult, updateKeyResult, type KeyResultChanges, type KeyResultDraft } from '../../domain/okr/objective.js';
import { parseKeyResultId, parseObjectiveId } from '../../domain/okr/okr-ids.js';
import { ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import { checkPeopleExist } from './check-people-exist.js';
import { forbidden, mutateObjective, notFound } from './objective-mutation.js';
import { toKeyResultView, type KeyResultView } from './objective-view.js';
import type { OkrDeps } from './okr-deps.js';

const editorsOnly = (ctx: RequestContext) => (_: unknown, owner: Parameters<typeof canEditObjective>[1]) =>
  canEditObjective(ctx.actor, owner) ? ok(undefined) : forbidden('Only the owner, their managers and OKR admins change key results');

export async function createKeyResult(deps: OkrDeps, ctx: RequestContext, objectiveId: string, draft: KeyResultDraft): Promise<Result<KeyResultView, OkrErrorCode>> {
  if (!parseObjectiveId(objectiveId)) return notFound();
  const owner = await checkPeopleExist(deps.directory, ctx.actor.tenantId, [draft.ownerId], 'ownerId');
  if (!owner.ok) return owner;
  const unique = deps.ids.unique();
  const done = await mutateObjective(deps, ctx, objectiveId, {
    authorize: editorsOnly(ctx),
    apply: (objective, now) => {
      const added = addKeyResult(objective, draft, unique, now);
      return added.ok ? ok({ objective: added.value.objective, result: added.value.keyResult }) : added;
    },
  });
  return done.ok ? ok(toKeyResultView(done.value.result)) : done;
}

/** The If-Match of a key result is its own revision, so check-ins and sibling edits do not collide with it. */
export async function changeKeyResult(
  deps: OkrDeps,
  ctx: RequestContext,
  keyResultId: string,
  changes: KeyResultChanges,
  expectedRevision?: number,
): Promise<Result<KeyResultView, OkrErrorCode>> {
  const parsed = parseKeyResultId(keyResultId);
  if (!parsed) return notFound('key result');
  if (changes.ownerId !== undefined) {
    const owner = await checkPeopleExist(deps.directory, ctx.actor.tenantId, [changes.ownerId], 'ownerId');
    if (!owner.ok) return owner;
  }
  const done = await mutateObjective(
    deps,
    ctx,
    parsed.objectiveId,
    {
      authorize: editorsOnly(ctx),
      apply: (objective, now) => {
        const changed = updateKeyResult(objective, keyResultId, changes, now);
        return changed.ok ? ok({ objective: changed.value.objective, result: changed.value.keyResult }) : changed;
      },
    },
    (objective) => findKeyResult(objective, keyResultId)?.revision,
    expectedRevision,
  );
  if (!done.ok) return done.code === 'OKR.UNKNOWN_KEY_RESULT' ? notFound('key result') : done;
  return ok(toKeyResultView(done.value.result));
}

export async function deleteKeyResult(deps: OkrDeps, ctx: RequestContext, keyResultId: string, expectedRevision?: number): Promise<Result<void, OkrErrorCode>> {
  const parsed = parseKeyResultId(keyResultId);
  if (!parsed) return notFound('key result');
  const done = await mutateObjective(
    deps,
    ctx,
    parsed.objectiveId,
    {
      authorize: editorsOnly(ctx),
      apply: (objective, now) => {
        const removed = removeKeyResult(objective, keyResultId, now);
        return removed.ok ? ok({ objective: removed.value, result: undefined }) : removed;
      },
    },
    (objective) => findKeyResult(objective, keyResultId)?.revision,
    expectedRevision,
  );
  if (!done.ok) return done.code === 'OKR.UNKNOWN_KEY_RESULT' ? notFound('key result') : done;
  return ok(undefined);
}
