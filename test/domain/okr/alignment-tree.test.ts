import assert from 'node:assert/strict';
import { buildAlignmentTree, wouldCreateAlignmentLoop, type AlignmentNode } from '../../../src/domain/okr/alignment-tree.js';
import type { Alignment, Objective, ObjectiveLevel } from '../../../src/domain/okr/objective.js';
import { increaseSpec, keyResult, objective } from './builders.js';

const id = (name: string) => `cy2026q1.ob${name}`;

/** An objective with one increase-to 0..100 key result at `current`. */
function node(name: string, level: ObjectiveLevel, current: number, alignments: (string | [string, string])[] = [], title = name): Objective {
  const objectiveId = id(name);
  return objective({
    id: objectiveId,
    level,
    title,
    alignments: alignments.map((a): Alignment => (typeof a === 'string' ? { objectiveId: id(a), keyResultId: null } : { objectiveId: id(a[0]), keyResultId: a[1] })),
    keyResults: [keyResult({ id: `${objectiveId}.kr01`, spec: increaseSpec(0, 100), current })],
  });
}

/** Every node in the tree, depth first. */
function flatten(nodes: readonly AlignmentNode[]): AlignmentNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

/** A compact picture of the tree: "id(child,child)". */
function shape(nodes: readonly AlignmentNode[]): string[] {
  return nodes.map((n) => (n.children.length === 0 ? n.title : `${n.title}(${shape(n.children).join(',')})`));
}

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} != ${expected}`);

describe('alignment tree', () => {
  describe('buildAlignmentTree', () => {
    it('builds a company -> team -> individual chain with progress and roll-up', () => {
      const tree = buildAlignmentTree([
        node('indiv', 'individual', 100, ['teamx']),
        node('company', 'company', 80),
        node('teamx', 'team', 40, [['company', 'cy2026q1.obcompany.kr01']]),
      ]);
      assert.deepEqual(shape(tree.roots), ['company(teamx(indiv))']);
      assert.deepEqual(tree.unalignedIds, []);
      const [company] = tree.roots;
      const team = company!.children[0]!;
      const indiv = team.children[0]!;
      assert.equal(company!.level, 'company');
      assert.equal(team.level, 'team');
      assert.equal(indiv.level, 'individual');
      assert.equal(company!.viaKeyResultId, null);
      assert.equal(team.viaKeyResultId, 'cy2026q1.obcompany.kr01');
      assert.equal(indiv.viaKeyResultId, null);
      close(indiv.progress, 1);
      close(indiv.rolledUpProgress, 1);
      close(team.progress, 0.4);
      close(team.rolledUpProgress, 0.7); // (0.4 + 1) / 2
      close(company!.progress, 0.8);
      close(company!.rolledUpProgress, 0.75); // (0.8 + 0.7) / 2
    });

    it('rolls up the mean of several children', () => {
      const tree = buildAlignmentTree([
        node('company', 'company', 0),
        node('ta', 'team', 100, ['company']),
        node('tb', 'team', 50, ['company']),
        node('tc', 'team', 0, ['company']),
      ]);
      assert.deepEqual(shape(tree.roots), ['company(ta,tb,tc)']);
      close(tree.roots[0]!.rolledUpProgress, 0.25); // (0 + 0.5) / 2
    });

    it('shows an objective with two parents under both', () => {
      const tree = buildAlignmentTree([
        node('company', 'company', 0),
        node('ta', 'team', 0, ['company']),
        node('tb', 'team', 0, ['company']),
        node('shared', 'individual', 60, ['ta', ['tb', 'cy2026q1.obtb.kr01']]),
      ]);
      assert.deepEqual(shape(tree.roots), ['company(ta(shared),tb(shared))']);
      const [ta, tb] = tree.roots[0]!.children;
      assert.equal(ta!.children[0]!.viaKeyResultId, null);
      assert.equal(tb!.children[0]!.viaKeyResultId, 'cy2026q1.obtb.kr01');
      close(ta!.rolledUpProgress, 0.3);
      close(tb!.rolledUpProgress, 0.3);
      assert.deepEqual(tree.unalignedIds, []);
    });

    it('flags unaligned team and individual objectives, never company ones, and sorts roots by level then title', () => {
      const tree = buildAlignmentTree([
        node('lonelyindiv', 'individual', 0, [], 'Zeta individual'),
        node('lonelyteam', 'team', 0, [], 'Beta team'),
        node('companyb', 'company', 0, [], 'B company'),
        node('companya', 'company', 0, [], 'A company'),
        node('aligned', 'team', 0, ['companya'], 'Aligned team'),
        node('otherteam', 'team', 0, [], 'Alpha team'),
      ]);
      assert.deepEqual(shape(tree.roots), ['A company(Aligned team)', 'B company', 'Alpha team', 'Beta team', 'Zeta individual']);
      assert.deepEqual([...tree.unalignedIds].sort(), [id('lonelyindiv'), id('lonelyteam'), id('otherteam')].sort());
    });

    it('treats an objective aligned to a parent outside the set as a root, not as unaligned', () => {
      const tree = buildAlignmentTree([node('teamx', 'team', 0, ['elsewhere'])]);
      assert.deepEqual(shape(tree.roots), ['teamx']);
      assert.deepEqual(tree.unalignedIds, []);
    });

    it('does not hang on a loop (A -> B -> A) and shows every objective', () => {
      const tree = buildAlignmentTree([node('aaaa', 'team', 20, ['bbbb']), node('bbbb', 'team', 60, ['aaaa'])]);
      const ids = flatten(tree.roots).map((n) => n.objectiveId);
      assert.deepEqual([...new Set(ids)].sort(), [id('aaaa'), id('bbbb')]);
      assert.equal(ids.length, 2, 'each shown once');
      assert.deepEqual(shape(tree.roots), ['aaaa(bbbb)']);
      close(tree.roots[0]!.rolledUpProgress, 0.4); // (0.2 + 0.6) / 2
      for (const n of flatten(tree.roots)) assert.ok(Number.isFinite(n.rolledUpProgress));
    });

    it('does not hang on a longer loop with objectives hanging off it', () => {
      const objectives = [
        node('company', 'company', 0),
        node('loopa', 'team', 0, ['loopc']),
        node('loopb', 'team', 0, ['loopa']),
        node('loopc', 'team', 0, ['loopb']),
        node('hanger', 'individual', 0, ['loopb']),
        node('self', 'individual', 0, ['self']),
      ];
      const tree = buildAlignmentTree(objectives);
      const ids = new Set(flatten(tree.roots).map((n) => n.objectiveId));
      assert.deepEqual([...ids].sort(), objectives.map((o) => o.id).sort());
    });

    it('is empty for no objectives', () => {
      assert.deepEqual(buildAlignmentTree([]), { roots: [], unalignedIds: [] });
    });
  });

  describe('wouldCreateAlignmentLoop', () => {
    const parents: Record<string, string[]> = { a: ['b'], b: ['c'], c: [], d: ['b', 'c'], x: ['y'], y: ['x'] };
    const parentsOf = (objectiveId: string) => parents[objectiveId] ?? [];

    it('is true for aligning to itself', () => {
      assert.equal(wouldCreateAlignmentLoop('a', 'a', parentsOf), true);
    });

    it('is true when the new parent already sits below the child', () => {
      assert.equal(wouldCreateAlignmentLoop('c', 'a', parentsOf), true); // a -> b -> c, c -> a closes it
      assert.equal(wouldCreateAlignmentLoop('b', 'a', parentsOf), true);
      assert.equal(wouldCreateAlignmentLoop('c', 'd', parentsOf), true);
    });

    it('is false for a new parent up or across the tree', () => {
      assert.equal(wouldCreateAlignmentLoop('a', 'c', parentsOf), false);
      assert.equal(wouldCreateAlignmentLoop('d', 'a', parentsOf), false);
      assert.equal(wouldCreateAlignmentLoop('new', 'a', parentsOf), false);
    });

    it('terminates when an existing loop is in the way', () => {
      assert.equal(wouldCreateAlignmentLoop('a', 'x', parentsOf), false);
      assert.equal(wouldCreateAlignmentLoop('x', 'y', parentsOf), true);
    });
  });
});
