import type { OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import { parseObjectiveId } from '../../domain/okr/okr-ids.js';
import { ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import { notFound } from './objective-mutation.js';
import { toObjectiveView, type ObjectiveView } from './objective-view.js';
import type { OkrDeps } from './okr-deps.js';

export interface AlignmentLink {
  readonly objectiveId: string;
  readonly title: string;
  readonly level: string;
  readonly state: string;
  readonly progress: number;
  readonly keyResultId: string | null;
  /** Title of that key result: the parent's for a parent link, this objective's for a child link. */
  readonly keyResultTitle: string | null;
}

export interface ObjectiveDetail {
  readonly objective: ObjectiveView;
  readonly parents: AlignmentLink[];
  readonly children: AlignmentLink[];
}

/** One objective with its key results and its neighbours in the alignment tree. */
export async function getObjective(deps: OkrDeps, ctx: RequestContext, objectiveId: string): Promise<Result<ObjectiveDetail, OkrErrorCode>> {
  const parsed = parseObjectiveId(objectiveId);
  if (!parsed) return notFound();
  const tenantId = ctx.actor.tenantId;
  const [stored, cycle] = await Promise.all([deps.goals.getObjective(tenantId, objectiveId), deps.goals.getCycle(tenantId, parsed.cycleId)]);
  if (!stored) return notFound();
  const objective = stored.value;
  const [parents, children] = await Promise.all([
    deps.goals.getObjectives(tenantId, objective.cycleId, objective.alignments.map((a) => a.objectiveId)),
    deps.goals.listAllObjectives(tenantId, objective.cycleId, { alignedToId: objective.id }),
  ]);
  const now = deps.clock.now();
  const link = (o: typeof objective, keyResultId: string | null, keyResultOwner: typeof objective): AlignmentLink => {
    const view = toObjectiveView(o, null, now);
    const keyResultTitle = keyResultId === null ? null : (keyResultOwner.keyResults.find((kr) => kr.id === keyResultId)?.title ?? null);
    return { objectiveId: o.id, title: o.title, level: o.level, state: o.state, progress: view.progress, keyResultId, keyResultTitle };
  };
  const parentById = new Map(parents.map((p) => [p.id, p]));
  return ok({
    objective: toObjectiveView(objective, cycle?.value ?? null, now),
    parents: objective.alignments.flatMap((a) => {
      const parent = parentById.get(a.objectiveId);
      return parent ? [link(parent, a.keyResultId, parent)] : [];
    }),
    children: children.map((c) => link(c, c.alignments.find((a) => a.objectiveId === objective.id)?.keyResultId ?? null, objective)),
  });
}
