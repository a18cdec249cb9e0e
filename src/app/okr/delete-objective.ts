import { OKR_ERROR, type OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import { canEditObjective } from '../../domain/okr/okr-permissions.js';
import { parseObjectiveId } from '../../domain/okr/okr-ids.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import { forbidden, notFound } from './objective-mutation.js';
import type { OkrDeps } from './okr-deps.js';
import { loadOwnerContext } from './owner-context.js';

/** Deletes an objective that is not yet a closed record. Its check-ins stay as history. */
export async function deleteObjective(deps: OkrDeps, ctx: RequestContext, objectiveId: string, expectedRevision?: number): Promise<Result<void, OkrErrorCode>> {
  if (!parseObjectiveId(objectiveId)) return notFound();
  const stored = await deps.goals.getObjective(ctx.actor.tenantId, objectiveId);
  if (!stored) return notFound();
  const objective = stored.value;
  if (expectedRevision !== undefined && expectedRevision !== objective.revision) {
    return fail(OKR_ERROR.revisionMismatch, 'Someone changed this since you loaded it; reload and try again');
  }
  const owner = await loadOwnerContext(deps.directory, ctx.actor, objective.owner);
  if (!owner || !canEditObjective(ctx.actor, owner)) return forbidden('Only the owner, their managers and OKR admins delete this objective');
  if (objective.state === 'closed') return fail(OKR_ERROR.objectiveClosed, 'A closed objective is a record of the quarter and stays');
  const children = await deps.goals.listAllObjectives(ctx.actor.tenantId, objective.cycleId, { alignedToId: objectiveId });
  if (children.length > 0) {
    return fail(OKR_ERROR.alignmentInvalid, `${children.length} objectives align to this one; re-align them first`, {
      objectiveIds: children.map((c) => c.id),
    });
  }
  const deleted = await deps.goals.deleteObjective(ctx.actor.tenantId, objectiveId, stored.etag);
  if (deleted.ok || deleted.code === 'STORE.NOT_FOUND') return ok(undefined);
  return fail(OKR_ERROR.revisionMismatch, 'Someone changed this objective at the same time; reload and try again');
}
