import { makeComment, type ObjectiveComment } from '../../domain/okr/objective-comment.js';
import { OKR_ERROR, type OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import { parseObjectiveId } from '../../domain/okr/okr-ids.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { Page, PageRequest } from '../ports/goals-repository.js';
import type { RequestContext } from '../request-context.js';
import { notFound } from './objective-mutation.js';
import type { OkrDeps } from './okr-deps.js';

/** Anyone in the tenant may discuss an objective: OKRs are public there. */
export async function addComment(deps: OkrDeps, ctx: RequestContext, objectiveId: string, text: string): Promise<Result<ObjectiveComment, OkrErrorCode>> {
  const parsed = parseObjectiveId(objectiveId);
  if (!parsed) return notFound();
  const objective = await deps.goals.getObjective(ctx.actor.tenantId, objectiveId);
  if (!objective) return notFound();
  const comment = makeComment({
    tenantId: ctx.actor.tenantId,
    cycleId: parsed.cycleId,
    id: `cm${deps.ids.unique()}`,
    objectiveId,
    authorId: ctx.actor.id,
    text,
    at: deps.clock.now().toISOString(),
  });
  if (!comment.ok) return comment;
  const created = await deps.goals.createComment(comment.value);
  return created.ok ? ok(created.value) : fail(OKR_ERROR.writeContention, 'The comment could not be saved; try again');
}

export async function listComments(
  deps: OkrDeps,
  ctx: RequestContext,
  objectiveId: string,
  page: PageRequest,
): Promise<Result<Page<ObjectiveComment>, OkrErrorCode | 'STORE.BAD_CONTINUATION'>> {
  if (!parseObjectiveId(objectiveId) || !(await deps.goals.getObjective(ctx.actor.tenantId, objectiveId))) return notFound();
  const found = await deps.goals.listComments(ctx.actor.tenantId, objectiveId, page);
  return found.ok ? found : fail(found.code, found.message);
}
