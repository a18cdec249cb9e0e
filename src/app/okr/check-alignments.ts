import { wouldCreateAlignmentLoop } from '../../domain/okr/alignment-tree.js';
import { OKR_ERROR, type OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import type { Alignment, Objective } from '../../domain/okr/objective.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { GoalsRepository } from '../ports/goals-repository.js';

const MAX_ALIGNMENT_DEPTH = 12;

/**
 * Alignment targets must be objectives (and key results) of the same cycle, and an existing
 * objective must not end up above itself. Costs one query per level walked up.
 */
export async function checkAlignments(
  goals: GoalsRepository,
  tenantId: string,
  cycleId: string,
  objectiveId: string,
  alignments: readonly Alignment[],
  isExisting: boolean,
): Promise<Result<void, OkrErrorCode>> {
  if (alignments.length === 0) return ok(undefined);
  const known = new Map<string, Objective>();
  let frontier = [...new Set(alignments.map((a) => a.objectiveId))];
  for (let depth = 0; frontier.length > 0 && depth < MAX_ALIGNMENT_DEPTH; depth++) {
    const loaded = await goals.getObjectives(tenantId, cycleId, frontier);
    for (const objective of loaded) known.set(objective.id, objective);
    if (depth === 0) {
      for (const alignment of alignments) {
        const parent = known.get(alignment.objectiveId);
        if (!parent) {
          return fail(OKR_ERROR.alignmentInvalid, 'Align to an objective of the same cycle', { objectiveId: alignment.objectiveId });
        }
        if (alignment.keyResultId !== null && !parent.keyResults.some((kr) => kr.id === alignment.keyResultId)) {
          return fail(OKR_ERROR.alignmentInvalid, 'That key result is not part of the objective you align to', {
            keyResultId: alignment.keyResultId,
          });
        }
      }
      if (!isExisting) return ok(undefined);
    }
    frontier = [...new Set(loaded.flatMap((o) => o.alignments.map((a) => a.objectiveId)))].filter((id) => !known.has(id));
  }
  const parentsOf = (id: string): string[] => known.get(id)?.alignments.map((a) => a.objectiveId) ?? [];
  for (const alignment of alignments) {
    if (wouldCreateAlignmentLoop(objectiveId, alignment.objectiveId, parentsOf)) {
      return fail(OKR_ERROR.alignmentLoop, 'That alignment would place this objective above itself', { objectiveId: alignment.objectiveId });
    }
  }
  return ok(undefined);
}
