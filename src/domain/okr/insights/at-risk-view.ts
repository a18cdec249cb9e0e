import type { ObjectiveLevel } from '../objective.js';
import type { InsightsSnapshot, ObjectiveFact } from './insights-snapshot.js';
import { BEHIND_MARGIN, LOW_CONFIDENCE_MAX, type RiskReason } from './risk.js';
import { ownerOf, personRef, type OwnerRef, type PersonRef } from './snapshot-refs.js';
import type { ScopeSelection } from './snapshot-scope.js';

export interface AtRiskObjective {
  readonly id: string;
  readonly title: string;
  readonly level: ObjectiveLevel;
  readonly owner: OwnerRef;
  readonly progress: number;
  readonly confidence: number | null;
  readonly reasons: readonly RiskReason[];
}

export interface AtRiskKeyResult {
  readonly id: string;
  readonly title: string;
  readonly objectiveId: string;
  readonly objectiveTitle: string;
  readonly owner: PersonRef;
  readonly progress: number;
  readonly confidence: number | null;
  readonly reasons: readonly RiskReason[];
}

export interface AtRiskView {
  readonly expected: number;
  readonly rules: { readonly lowConfidenceMax: number; readonly behindMargin: number };
  readonly objectives: { readonly total: number; readonly items: AtRiskObjective[] };
  readonly keyResults: { readonly total: number; readonly items: AtRiskKeyResult[] };
}

/** Least confident first, then furthest behind, then by title: the order to look at them in. */
const worstFirst = (a: { confidence: number | null; progress: number; title: string }, b: { confidence: number | null; progress: number; title: string }): number =>
  (a.confidence ?? 11) - (b.confidence ?? 11) || a.progress - b.progress || a.title.localeCompare(b.title);

export const atRiskObjective = (snapshot: InsightsSnapshot, o: ObjectiveFact): AtRiskObjective => ({
  id: o.id,
  title: o.title,
  level: o.level,
  owner: ownerOf(snapshot, o),
  progress: o.progress,
  confidence: o.confidence,
  reasons: o.risk,
});

/** Objectives (in scope) and key results (owned in scope) with low confidence or well behind expected-by-now. */
export function atRiskView(snapshot: InsightsSnapshot, scope: ScopeSelection, limit: number): AtRiskView {
  const objectives = snapshot.objectives
    .filter((o, i) => scope.objectives[i] === 1 && o.risk.length > 0)
    .map((o) => atRiskObjective(snapshot, o))
    .sort(worstFirst);
  const keyResults = snapshot.keyResults
    .filter((kr) => scope.people[kr.owner] === 1 && kr.risk.length > 0)
    .map((kr) => {
      const objective = snapshot.objectives[kr.objective]!;
      return {
        id: kr.id ?? '',
        title: kr.title ?? '',
        objectiveId: objective.id,
        objectiveTitle: objective.title,
        owner: personRef(snapshot, kr.owner),
        progress: kr.progress,
        confidence: kr.confidence,
        reasons: kr.risk,
      };
    })
    .sort(worstFirst);
  return {
    expected: snapshot.expected,
    rules: { lowConfidenceMax: LOW_CONFIDENCE_MAX, behindMargin: BEHIND_MARGIN },
    objectives: { total: objectives.length, items: objectives.slice(0, limit) },
    keyResults: { total: keyResults.length, items: keyResults.slice(0, limit) },
  };
}
