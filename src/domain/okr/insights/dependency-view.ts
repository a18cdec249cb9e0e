import type { ObjectiveLevel } from '../objective.js';
import { atRiskObjective, type AtRiskObjective } from './at-risk-view.js';
import { dependencyAlerts } from './dependency-health.js';
import type { InsightsSnapshot } from './insights-snapshot.js';
import { ownerOf, type OwnerRef } from './snapshot-refs.js';
import type { ScopeSelection } from './snapshot-scope.js';

export interface DependencyItem {
  readonly objective: { readonly id: string; readonly title: string; readonly level: ObjectiveLevel; readonly owner: OwnerRef; readonly progress: number };
  /** Parents may lie outside the viewer's scope: that is the dependency worth knowing about. */
  readonly atRiskParents: AtRiskObjective[];
}

export interface DependencyView {
  readonly total: number;
  readonly items: DependencyItem[];
}

/** Objectives in scope that align to at least one at-risk parent, the most exposed first. */
export function dependencyView(snapshot: InsightsSnapshot, scope: ScopeSelection, limit: number): DependencyView {
  const candidates = snapshot.objectives.flatMap((o, i) => (scope.objectives[i] === 1 && o.parents.length > 0 ? [{ id: i, parents: o.parents }] : []));
  const alerts = dependencyAlerts(candidates, (p) => (snapshot.objectives[p]?.risk.length ?? 0) > 0);
  const items = alerts.map((a) => {
    const o = snapshot.objectives[a.objective]!;
    return {
      objective: { id: o.id, title: o.title, level: o.level, owner: ownerOf(snapshot, o), progress: o.progress },
      atRiskParents: a.atRiskParents.map((p) => atRiskObjective(snapshot, snapshot.objectives[p]!)),
    };
  });
  items.sort((a, b) => b.atRiskParents.length - a.atRiskParents.length || a.objective.title.localeCompare(b.objective.title));
  return { total: items.length, items: items.slice(0, limit) };
}
