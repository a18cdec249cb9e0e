import { buildAlignmentTree, type AlignmentTree } from '../../domain/okr/alignment-tree.js';
import { expectedProgress } from '../../domain/okr/cycle.js';
import type { OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import type { ObjectiveLevel, ObjectiveState } from '../../domain/okr/objective.js';
import { ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import { getCycle } from './get-cycle.js';
import type { OkrDeps } from './okr-deps.js';

export interface AlignmentTreeView extends AlignmentTree {
  readonly cycleId: string;
  readonly expectedProgress: number;
  readonly objectiveCount: number;
}

/**
 * The cycle's alignment tree from company objectives down. `levels` limits the depth (the
 * company-level view asks for company and team); drafts are left out unless asked for.
 */
export async function getAlignmentTree(
  deps: OkrDeps,
  ctx: RequestContext,
  cycleId: string,
  options: { levels?: readonly ObjectiveLevel[]; states?: readonly ObjectiveState[] },
): Promise<Result<AlignmentTreeView, OkrErrorCode>> {
  // The cycle read and the query go out together; an unknown cycle simply finds no objectives.
  const [cycle, objectives] = await Promise.all([
    getCycle(deps, ctx, cycleId),
    deps.goals.listAlignmentSources(ctx.actor.tenantId, cycleId, {
      ...(options.levels ? { levels: options.levels } : {}),
      states: options.states ?? ['proposed', 'active', 'closed'],
    }),
  ]);
  if (!cycle.ok) return cycle;
  const tree = buildAlignmentTree(objectives);
  return ok({ ...tree, cycleId, expectedProgress: expectedProgress(cycle.value.value, deps.clock.now()), objectiveCount: objectives.length });
}
