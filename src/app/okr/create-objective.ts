import { acceptsNewObjectives } from '../../domain/okr/cycle.js';
import { OKR_ERROR, type OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import { makeObjectiveId } from '../../domain/okr/okr-ids.js';
import { canCreateObjective } from '../../domain/okr/okr-permissions.js';
import {
  createObjective as newObjective,
  type Alignment,
  type Commitment,
  type KeyResultDraft,
  type ObjectiveLevel,
  type ObjectiveOwner,
} from '../../domain/okr/objective.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import { checkAlignments } from './check-alignments.js';
import { checkPeopleExist } from './check-people-exist.js';
import { getCycle } from './get-cycle.js';
import { forbidden } from './objective-mutation.js';
import { toObjectiveView, type ObjectiveView } from './objective-view.js';
import type { OkrDeps } from './okr-deps.js';
import { loadOwnerContext } from './owner-context.js';

export interface CreateObjectiveInput {
  readonly cycleId: string;
  readonly level: ObjectiveLevel;
  readonly owner: ObjectiveOwner;
  readonly title: string;
  readonly description: string;
  readonly commitment: Commitment;
  readonly contributorIds: readonly string[];
  readonly alignments: readonly Alignment[];
  readonly keyResults: readonly KeyResultDraft[];
}

export async function createObjective(deps: OkrDeps, ctx: RequestContext, input: CreateObjectiveInput): Promise<Result<ObjectiveView, OkrErrorCode>> {
  const { actor } = ctx;
  const cycle = await getCycle(deps, ctx, input.cycleId);
  if (!cycle.ok) return cycle;
  if (!acceptsNewObjectives(cycle.value.value)) {
    return fail(OKR_ERROR.cycleNotOpen, `The cycle ${cycle.value.value.name} is ${cycle.value.value.state}: new objectives go into a planned or active cycle`);
  }
  const owner = await loadOwnerContext(deps.directory, actor, input.owner);
  if (!owner) return fail(OKR_ERROR.validation, 'Some fields need attention', { fields: { owner: 'No such person or team' } });
  if (!canCreateObjective(actor, input.level, owner)) {
    return forbidden(
      input.level === 'company'
        ? 'Company objectives are created by OKR admins'
        : input.level === 'team'
          ? 'Team objectives are created by members of the team'
          : 'People create individual objectives for themselves',
    );
  }
  const people = await checkPeopleExist(deps.directory, actor.tenantId, [...input.contributorIds, ...input.keyResults.map((kr) => kr.ownerId)], 'people');
  if (!people.ok) return people;
  const objectiveId = makeObjectiveId(input.cycleId, deps.ids.unique());
  const aligned = await checkAlignments(deps.goals, actor.tenantId, input.cycleId, objectiveId, input.alignments, false);
  if (!aligned.ok) return aligned;
  const now = deps.clock.now();
  const objective = newObjective({
    tenantId: actor.tenantId,
    cycleId: input.cycleId,
    objectiveId,
    draft: { ...input, teamIds: owner.kind === 'team' ? [owner.team.id] : owner.person.teamIds },
    createdBy: actor.id,
    now: now.toISOString(),
    uniqueSuffix: () => deps.ids.unique(),
  });
  if (!objective.ok) return objective;
  const created = await deps.goals.createObjective(objective.value);
  if (!created.ok) return fail(OKR_ERROR.writeContention, 'The objective could not be saved; try again');
  return ok(toObjectiveView(created.value.value, cycle.value.value, now));
}
