import { fail, ok, type Result } from '../shared/result.js';
import { initialValue, keyResultProgress, type KeyResult } from './key-result.js';
import type { Objective } from './objective.js';
import { OKR_ERROR, type OkrErrorCode } from './okr-error-codes.js';
import { makeKeyResultId } from './okr-ids.js';

export interface CarryOverInput {
  readonly targetCycleId: string;
  readonly newObjectiveId: string;
  readonly uniqueSuffix: () => string;
  readonly actorId: string;
  readonly now: string;
}

/**
 * Carries an unfinished objective into the next cycle as a linked draft copy. Numeric key results
 * restart from where they ended; fully achieved key results are left behind.
 */
export function carryOver(source: Objective, input: CarryOverInput): Result<{ source: Objective; copy: Objective }, OkrErrorCode> {
  if (source.state !== 'closed' && source.state !== 'active') {
    return fail(OKR_ERROR.invalidTransition, 'Only active or closed objectives can be carried over', { from: source.state });
  }
  if (source.carriedTo !== null) return fail(OKR_ERROR.alreadyCarriedOver, 'This objective was already carried over', { carriedTo: source.carriedTo });
  if (source.cycleId === input.targetCycleId) return fail(OKR_ERROR.validation, 'Carry over into another cycle', { fields: { targetCycleId: 'Choose the next cycle' } });
  const unfinished = source.keyResults.filter((kr) => (kr.grade?.value ?? keyResultProgress(kr.spec, kr.current)) < 1);
  if (unfinished.length === 0) return fail(OKR_ERROR.validation, 'Every key result was fully achieved: nothing to carry over');

  const keyResults: KeyResult[] = unfinished.map((kr) => {
    // Restart from where it ended only when that lies short of the target; a key result that
    // measured complete but was graded down keeps its original range.
    const restart = (kr.spec.type === 'increase-to' || kr.spec.type === 'decrease-to') && kr.current !== null && keyResultProgress(kr.spec, kr.current) < 1;
    const spec = restart ? { ...kr.spec, start: kr.current! } : kr.spec;
    return {
      id: makeKeyResultId(input.newObjectiveId, input.uniqueSuffix()),
      title: kr.title,
      ownerId: kr.ownerId,
      weight: kr.weight,
      spec,
      current: kr.spec.type === 'milestone' ? kr.current : initialValue(spec),
      confidence: null,
      lastCheckIn: null,
      checkInCount: 0,
      grade: null,
      revision: 1,
    };
  });
  const copy: Objective = {
    ...source,
    cycleId: input.targetCycleId,
    id: input.newObjectiveId,
    // Alignment pointed into the old cycle; the owner re-aligns in the new one.
    alignments: [],
    state: 'draft',
    keyResults,
    sentBack: null,
    approvedBy: null,
    grade: null,
    reflection: null,
    carriedFrom: { cycleId: source.cycleId, objectiveId: source.id },
    carriedTo: null,
    createdBy: input.actorId,
    createdAt: input.now,
    updatedAt: input.now,
    revision: 1,
  };
  return ok({ source: { ...source, carriedTo: copy.id, updatedAt: input.now }, copy });
}
