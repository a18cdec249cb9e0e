import { confidenceDistribution, type ConfidenceDistribution } from './confidence-distribution.js';
import type { InsightsSnapshot } from './insights-snapshot.js';
import { progressDistribution, type ProgressDistribution } from './progress-distribution.js';
import { progressTimeline, type TimelinePoint } from './progress-timeline.js';
import type { ScopeSelection } from './snapshot-scope.js';

export interface ProgressView {
  /** Expected-by-now when the snapshot was built. */
  readonly expected: number;
  /** Progress of the objectives in scope. */
  readonly progress: ProgressDistribution;
  /** Latest confidence of the key results their owners in scope hold. */
  readonly confidence: ConfidenceDistribution;
  /** Expected line against the mean progress of the objectives in scope, week by week. */
  readonly timeline: TimelinePoint[];
}

/** Progress and confidence distributions, and progress against expected-by-now over the cycle. */
export function progressView(snapshot: InsightsSnapshot, scope: ScopeSelection): ProgressView {
  const inScope = snapshot.objectives.filter((_, i) => scope.objectives[i] === 1);
  const confidences = snapshot.keyResults.filter((kr) => scope.people[kr.owner] === 1).map((kr) => kr.confidence);
  const builtAt = new Date(snapshot.builtAt);
  return {
    expected: snapshot.expected,
    progress: progressDistribution(inScope.map((o) => o.progress)),
    confidence: confidenceDistribution(confidences),
    timeline: progressTimeline(snapshot.cycle, snapshot.weeks, inScope.map((o) => o.weekly), builtAt),
  };
}
