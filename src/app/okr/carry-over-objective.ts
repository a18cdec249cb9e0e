import { carryOver } from '../../domain/okr/carry-over.js';
import { acceptsNewObjectives } from '../../domain/okr/cycle.js';
import { OKR_ERROR, type OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import { canEditObjective } from '../../domain/okr/okr-permissions.js';
import { makeObjectiveId, parseObjectiveId } from '../../domain/okr/okr-ids.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import { getCycle } from './get-cycle.js';
import { forbidden, notFound } from './objective-mutation.js';
import { toObjectiveView, type ObjectiveView } from './objective-view.js';
import type { OkrDeps } from './okr-deps.js';
import { loadOwnerContext } from './owner-context.js';

/**
 * Copies an unfinished objective into another cycle as a linked draft. The copy is written first
 * and the link second; if linking loses a race, the copy is removed so nothing is half-written.
 */
export async function carryOverObjective(
  deps: OkrDeps,
  ctx: RequestContext,
  objectiveId: string,
  targetCycleId: string,
): Promise<Result<ObjectiveView, OkrErrorCode>> {
  if (!parseObjectiveId(objectiveId)) return notFound();
  const tenantId = ctx.actor.tenantId;
  const target = await getCycle(deps, ctx, targetCycleId);
  if (!target.ok) return target;
  if (!acceptsNewObjectives(target.value.value)) return fail(OKR_ERROR.cycleNotOpen, `Carry over into a planned or active cycle; ${target.value.value.name} is ${target.value.value.state}`);
  const stored = await deps.goals.getObjective(tenantId, objectiveId);
  if (!stored) return notFound();
  const owner = await loadOwnerContext(deps.directory, ctx.actor, stored.value.owner);
  if (!owner || !canEditObjective(ctx.actor, owner)) return forbidden('Only the owner, their managers and OKR admins carry this objective over');
  const now = deps.clock.now();
  const carried = carryOver(stored.value, {
    targetCycleId,
    newObjectiveId: makeObjectiveId(targetCycleId, deps.ids.unique()),
    uniqueSuffix: () => deps.ids.unique(),
    actorId: ctx.actor.id,
    now: now.toISOString(),
  });
  if (!carried.ok) return carried;
  const created = await deps.goals.createObjective(carried.value.copy);
  if (!created.ok) return fail(OKR_ERROR.writeContention, 'The copy could not be saved; try again');
  const linked = await deps.goals.replaceObjective(carried.value.source, stored.etag);
  if (!linked.ok) {
    await deps.goals.deleteObjective(tenantId, carried.value.copy.id, created.value.etag);
    return fail(OKR_ERROR.revisionMismatch, 'The objective changed while carrying it over; try again');
  }
  return ok(toObjectiveView(created.value.value, target.value.value, now));
}
