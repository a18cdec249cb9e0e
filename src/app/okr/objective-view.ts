import { confidenceBand, type ConfidenceBand } from '../../domain/okr/confidence.js';
import { expectedProgress, type Cycle } from '../../domain/okr/cycle.js';
import { gradeBand, type GradeBand } from '../../domain/okr/grading.js';
import { keyResultProgress, type KeyResult } from '../../domain/okr/key-result.js';
import { keyResultWarnings, type Objective, type Warning } from '../../domain/okr/objective.js';
import { objectiveConfidence, objectiveProgress } from '../../domain/okr/progress.js';

export interface KeyResultView extends KeyResult {
  readonly progress: number;
  readonly confidenceBand: ConfidenceBand | null;
}

/** An objective as boards show it: stored fields plus what is derived from them. */
export interface ObjectiveView extends Omit<Objective, 'keyResults'> {
  readonly keyResults: KeyResultView[];
  readonly progress: number;
  readonly expectedProgress: number | null;
  readonly confidence: number | null;
  readonly confidenceBand: ConfidenceBand | null;
  readonly gradeBand: GradeBand | null;
  readonly warnings: Warning[];
}

export function toKeyResultView(kr: KeyResult): KeyResultView {
  return { ...kr, progress: keyResultProgress(kr.spec, kr.current), confidenceBand: kr.confidence === null ? null : confidenceBand(kr.confidence) };
}

export function toObjectiveView(objective: Objective, cycle: Cycle | null, now: Date): ObjectiveView {
  const confidence = objectiveConfidence(objective.keyResults);
  return {
    ...objective,
    keyResults: objective.keyResults.map(toKeyResultView),
    progress: objectiveProgress(objective.keyResults),
    expectedProgress: cycle ? expectedProgress(cycle, now) : null,
    confidence,
    confidenceBand: confidence === null ? null : confidenceBand(confidence),
    gradeBand: objective.grade === null ? null : gradeBand(objective.grade),
    warnings: keyResultWarnings(objective.keyResults.length),
  };
}
