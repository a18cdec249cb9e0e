import { acceptsGrading } from '../../domain/okr/cycle.js';
import { closeObjective as gradeAndClose, type GradeAdjustment } from '../../domain/okr/grading.js';
import { OKR_ERROR, type OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import { canEditObjective } from '../../domain/okr/okr-permissions.js';
import { parseObjectiveId } from '../../domain/okr/okr-ids.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import { forbidden, mutateObjective, notFound, objectiveStep } from './objective-mutation.js';
import { toObjectiveView, type ObjectiveView } from './objective-view.js';
import type { OkrDeps } from './okr-deps.js';

export interface CloseObjectiveInput {
  readonly grades: readonly GradeAdjustment[];
  readonly reflection: string;
}

/** Grades every key result (measured progress unless adjusted with a reason) and closes with a reflection. */
export async function closeObjective(
  deps: OkrDeps,
  ctx: RequestContext,
  objectiveId: string,
  input: CloseObjectiveInput,
  expectedRevision?: number,
): Promise<Result<ObjectiveView, OkrErrorCode>> {
  const parsed = parseObjectiveId(objectiveId);
  if (!parsed) return notFound();
  const cycle = await deps.goals.getCycle(ctx.actor.tenantId, parsed.cycleId);
  if (!cycle) return notFound();
  if (!acceptsGrading(cycle.value)) {
    return fail(OKR_ERROR.cycleNotOpen, `The cycle ${cycle.value.name} is ${cycle.value.state}: grading happens while it is active or in grading`);
  }
  const done = await mutateObjective(
    deps,
    ctx,
    objectiveId,
    {
      authorize: (_, owner) => (canEditObjective(ctx.actor, owner) ? ok(undefined) : forbidden('Only the owner, their managers and OKR admins grade this objective')),
      apply: (objective, now) => objectiveStep(gradeAndClose(objective, { adjustments: input.grades, reflection: input.reflection }, now)),
    },
    undefined,
    expectedRevision,
  );
  return done.ok ? ok(toObjectiveView(done.value.objective, cycle.value, deps.clock.now())) : done;
}
