import type { KeyResult } from './key-result.js';
import type { Objective, ObjectiveLevel } from './objective.js';
import { objectiveProgress, rolledUpProgress } from './progress.js';

export interface AlignmentNode {
  readonly objectiveId: string;
  readonly level: ObjectiveLevel;
  readonly title: string;
  /** The parent's key result this objective aligns to, when it aligns to one. */
  readonly viaKeyResultId: string | null;
  readonly progress: number;
  readonly rolledUpProgress: number;
  readonly children: readonly AlignmentNode[];
}

export interface AlignmentTree {
  readonly roots: readonly AlignmentNode[];
  /** Team and individual objectives that align to nothing: shown as roots and flagged. */
  readonly unalignedIds: readonly string[];
}

/** The part of an objective the tree needs: its place, its title and what its progress is made of. */
export type AlignmentSource = Pick<Objective, 'id' | 'level' | 'title' | 'alignments'> & {
  readonly keyResults: readonly Pick<KeyResult, 'spec' | 'current' | 'weight'>[];
};
type TreeSource = AlignmentSource;

/**
 * Builds the alignment tree of a cycle. An objective aligned to several parents appears under each;
 * parents outside the given set are ignored (the objective becomes a root), and loops are cut.
 */
export function buildAlignmentTree(objectives: readonly TreeSource[]): AlignmentTree {
  const byId = new Map(objectives.map((o) => [o.id, o]));
  const children = new Map<string, { child: TreeSource; via: string | null }[]>();
  const hasParent = new Set<string>();
  for (const objective of objectives) {
    for (const alignment of objective.alignments) {
      if (!byId.has(alignment.objectiveId) || alignment.objectiveId === objective.id) continue;
      hasParent.add(objective.id);
      const list = children.get(alignment.objectiveId) ?? [];
      list.push({ child: objective, via: alignment.keyResultId });
      children.set(alignment.objectiveId, list);
    }
  }

  const build = (objective: TreeSource, via: string | null, path: Set<string>): AlignmentNode => {
    const nextPath = new Set(path).add(objective.id);
    const kids = (children.get(objective.id) ?? [])
      .filter(({ child }) => !nextPath.has(child.id))
      .map(({ child, via: childVia }) => build(child, childVia, nextPath));
    const progress = objectiveProgress(objective.keyResults);
    const rolled = rolledUpProgress(progress, kids.map((k) => k.rolledUpProgress));
    return { objectiveId: objective.id, level: objective.level, title: objective.title, viaKeyResultId: via, progress, rolledUpProgress: rolled, children: kids };
  };

  const levelOrder: Record<ObjectiveLevel, number> = { company: 0, team: 1, individual: 2 };
  const rootsSource = objectives
    .filter((o) => !hasParent.has(o.id))
    .sort((a, b) => levelOrder[a.level] - levelOrder[b.level] || a.title.localeCompare(b.title));
  // Objectives whose every parent sits in a loop would be unreachable: surface them as roots too.
  const roots = rootsSource.map((o) => build(o, null, new Set()));
  const reached = new Set<string>();
  const mark = (node: AlignmentNode): void => {
    reached.add(node.objectiveId);
    node.children.forEach(mark);
  };
  roots.forEach(mark);
  for (const objective of objectives) {
    if (!reached.has(objective.id)) {
      const node = build(objective, null, new Set());
      roots.push(node);
      mark(node);
    }
  }
  return {
    roots,
    unalignedIds: objectives.filter((o) => o.level !== 'company' && o.alignments.length === 0).map((o) => o.id),
  };
}

/** True when making `childId` align to `parentId` would close a loop, given each objective's parents. */
export function wouldCreateAlignmentLoop(childId: string, parentId: string, parentsOf: (id: string) => readonly string[]): boolean {
  const stack = [parentId];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current === childId) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    stack.push(...parentsOf(current));
  }
  return false;
}
