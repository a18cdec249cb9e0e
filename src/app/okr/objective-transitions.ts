import { OKR_ERROR, type OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import { canApproveObjective, canEditObjective } from '../../domain/okr/okr-permissions.js';
import { approveObjective, proposeObjective, sendBackObjective, type Objective } from '../../domain/okr/objective.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { CoachCheck } from '../../domain/okr/coach/coach-checks.js';
import type { RequestContext } from '../request-context.js';
import { checksForObjective } from './coach/check-objective-draft.js';
import { forbidden, mutateToView as transition, objectiveStep as asStep } from './objective-mutation.js';
import { toObjectiveView, type ObjectiveView } from './objective-view.js';
import type { OkrDeps } from './okr-deps.js';

/** A proposed objective with the writing coach's checks: advice for the approver and the author, never a blocker. */
export interface ProposedObjectiveView extends ObjectiveView {
  readonly checks: CoachCheck[];
}

/** Draft -> proposed, by whoever may edit it. The response carries the coach's checks. */
export async function propose(deps: OkrDeps, ctx: RequestContext, objectiveId: string, expectedRevision?: number): Promise<Result<ProposedObjectiveView, OkrErrorCode>> {
  const proposed = await transition(
    deps,
    ctx,
    objectiveId,
    {
      authorize: (_, owner) => (canEditObjective(ctx.actor, owner) ? ok(undefined) : forbidden('Only the owner, their managers and OKR admins propose this objective')),
      apply: (objective, now) => asStep(proposeObjective(objective, now)),
    },
    expectedRevision,
  );
  if (!proposed.ok) return proposed;
  return ok({ ...proposed.value, checks: await checksForObjective(deps, proposed.value) });
}

const approverOnly = (ctx: RequestContext) => (objective: Objective, owner: Parameters<typeof canApproveObjective>[2]) =>
  canApproveObjective(ctx.actor, objective, owner)
    ? ok(undefined)
    : forbidden(
        objective.level === 'individual'
          ? "Proposals are approved by the owner's manager or an OKR admin"
          : objective.level === 'team'
            ? "Team proposals are approved by the team's lead or an OKR admin"
            : 'Company proposals are approved by an OKR admin',
      );

/** Proposed -> active, by the approver. */
export const approve = (deps: OkrDeps, ctx: RequestContext, objectiveId: string, expectedRevision?: number) =>
  transition(deps, ctx, objectiveId, { authorize: approverOnly(ctx), apply: (objective, now) => asStep(approveObjective(objective, ctx.actor.id, now)) }, expectedRevision);

/** Proposed -> draft with the approver's comment. */
export const sendBack = (deps: OkrDeps, ctx: RequestContext, objectiveId: string, comment: string, expectedRevision?: number) =>
  comment.trim().length === 0
    ? Promise.resolve(fail(OKR_ERROR.commentRequired, 'Say what should change when sending a proposal back'))
    : transition(
        deps,
        ctx,
        objectiveId,
        { authorize: approverOnly(ctx), apply: (objective, now) => asStep(sendBackObjective(objective, ctx.actor.id, comment, now)) },
        expectedRevision,
      );
