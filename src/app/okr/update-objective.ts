import type { OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import { canEditObjective } from '../../domain/okr/okr-permissions.js';
import { updateObjective as changeObjective, type ObjectiveChanges } from '../../domain/okr/objective.js';
import { parseObjectiveId } from '../../domain/okr/okr-ids.js';
import { ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import { checkAlignments } from './check-alignments.js';
import { checkPeopleExist } from './check-people-exist.js';
import { forbidden, mutateObjective, notFound } from './objective-mutation.js';
import { toObjectiveView, type ObjectiveView } from './objective-view.js';
import type { OkrDeps } from './okr-deps.js';

export async function updateObjective(
  deps: OkrDeps,
  ctx: RequestContext,
  objectiveId: string,
  changes: ObjectiveChanges,
  expectedRevision?: number,
): Promise<Result<ObjectiveView, OkrErrorCode>> {
  const parsed = parseObjectiveId(objectiveId);
  if (!parsed) return notFound();
  const tenantId = ctx.actor.tenantId;
  if (changes.contributorIds) {
    const people = await checkPeopleExist(deps.directory, tenantId, changes.contributorIds, 'contributorIds');
    if (!people.ok) return people;
  }
  if (changes.alignments) {
    const aligned = await checkAlignments(deps.goals, tenantId, parsed.cycleId, objectiveId, changes.alignments, true);
    if (!aligned.ok) return aligned;
  }
  const done = await mutateObjective(
    deps,
    ctx,
    objectiveId,
    {
      authorize: (_, owner) => (canEditObjective(ctx.actor, owner) ? ok(undefined) : forbidden('Only the owner, their managers and OKR admins edit this objective')),
      apply: (objective, now) => {
        const changed = changeObjective(objective, changes, now);
        return changed.ok ? ok({ objective: changed.value, result: undefined }) : changed;
      },
    },
    undefined,
    expectedRevision,
  );
  if (!done.ok) return done;
  const cycle = await deps.goals.getCycle(tenantId, parsed.cycleId);
  return ok(toObjectiveView(done.value.objective, cycle?.value ?? null, deps.clock.now()));
}
