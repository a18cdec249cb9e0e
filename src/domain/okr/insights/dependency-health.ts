/** An objective as the alignment graph sees it: who it is and what it aligns to. */
export interface AlignedObjective<Id> {
  readonly id: Id;
  readonly parents: readonly Id[];
}

export interface DependencyAlert<Id> {
  readonly objective: Id;
  /** The parents it aligns to that are at risk. */
  readonly atRiskParents: Id[];
}

/**
 * Dependency health: aligned objectives whose parent objectives are at risk. The child may be on
 * track itself; what it contributes to is not, which is worth a conversation between the owners.
 */
export function dependencyAlerts<Id>(objectives: Iterable<AlignedObjective<Id>>, isAtRisk: (id: Id) => boolean): DependencyAlert<Id>[] {
  const alerts: DependencyAlert<Id>[] = [];
  for (const objective of objectives) {
    const atRiskParents = [...new Set(objective.parents)].filter((p) => p !== objective.id && isAtRisk(p));
    if (atRiskParents.length > 0) alerts.push({ objective: objective.id, atRiskParents });
  }
  return alerts;
}
