import type { OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import { canEditObjective } from '../../domain/okr/okr-permissions.js';
import { updateObjective as changeObjective, type ObjectiveChanges } from '../../domain/okr/objective.js';
import { parseObjectiveId } from '../../domain/okr/okr-ids.js';
import { ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import { checkAlignments } from './check-alignments.js';
import { checkPeopleExist } from './check-people-exist.js';
import { forbidden, mutateToView, notFound, objectiveStep } from './objective-mutation.js';
import type { ObjectiveView } from './objective-view.js';
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
  return mutateToView(
    deps,
    ctx,
    objectiveId,
    {
      authorize: (_, owner) => (canEditObjective(ctx.actor, owner) ? ok(undefined) : forbidden('Only the owner, their managers and OKR admins edit this objective')),
      apply: (objective, now) => objectiveStep(changeObjective(objective, changes, now)),
    },
    expectedRevision,
  );
}
