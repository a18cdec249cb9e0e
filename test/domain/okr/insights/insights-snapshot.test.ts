import assert from 'node:assert/strict';
import { atRiskView } from '../../../../src/domain/okr/insights/at-risk-view.js';
import { dependencyView } from '../../../../src/domain/okr/insights/dependency-view.js';
import { gradesView } from '../../../../src/domain/okr/insights/grades-view.js';
import { buildInsightsSnapshot, type InsightsSnapshot } from '../../../../src/domain/okr/insights/insights-snapshot.js';
import { participationView } from '../../../../src/domain/okr/insights/participation-view.js';
import { progressView } from '../../../../src/domain/okr/insights/progress-view.js';
import { decodeSnapshot, encodeSnapshot } from '../../../../src/domain/okr/insights/snapshot-codec.js';
import { indexSnapshot, selectScope, type ScopeRequest, type ScopeSelection } from '../../../../src/domain/okr/insights/snapshot-scope.js';
import type { Objective } from '../../../../src/domain/okr/objective.js';
import { expectFail, expectOk, keyResult, objective } from '../builders.js';
import { CHECK_INS, CYCLE, NOW, OBJ, OBJECTIVES, PEOPLE, TEAMS } from './fixtures.js';

describe('insights: the cycle aggregate and the views over it', () => {
  const snapshot = buildInsightsSnapshot({ cycle: CYCLE, objectives: OBJECTIVES, checkIns: CHECK_INS, people: PEOPLE, teams: TEAMS, previous: null, now: NOW });
  const index = indexSnapshot(snapshot);
  const viewer = (id: string) => PEOPLE.find((p) => p.id === id)!;
  const scopeFor = (id: string, request: ScopeRequest = {}): ScopeSelection => expectOk(selectScope(snapshot, index, viewer(id), request));
  const names = (list: readonly { name: string }[]) => list.map((x) => x.name);

  describe('the aggregate', () => {
    it('keeps active and closed objectives, not drafts; weeks 0-4; expected 0.493 when built', () => {
      assert.deepEqual(snapshot.objectives.map((o) => o.id).sort(), [OBJ.ann, OBJ.cat, OBJ.co, OBJ.eng, OBJ.xav].sort());
      assert.equal(snapshot.weeks.length, 5);
      assert.equal(snapshot.expected, 0.493);
      assert.equal(snapshot.builtAt, NOW.toISOString());
      assert.equal(snapshot.cycle.revision, 2);
    });

    it('records each objective\'s progress, week by week, and why it is at risk', () => {
      const fact = (id: string) => snapshot.objectives.find((o) => o.id === id)!;
      assert.deepEqual(fact(OBJ.eng).weekly, [0, 0.1, 0.1, 0.225, 0.375]);
      assert.deepEqual(fact(OBJ.ann).weekly, [0, 0.1, 0.1, 0.1, 0.2]);
      assert.equal(fact(OBJ.eng).progress, 0.375);
      assert.deepEqual(fact(OBJ.co).risk, ['low-confidence', 'behind']);
      assert.deepEqual(fact(OBJ.ann).risk, ['behind']);
      assert.deepEqual(fact(OBJ.xav).risk, ['guardrail-breached']);
      assert.deepEqual(fact(OBJ.eng).risk, []);
      assert.deepEqual(fact(OBJ.cat).risk, []);
      // Parents are indices within the snapshot.
      assert.deepEqual(fact(OBJ.eng).parents.map((p) => snapshot.objectives[p]!.id), [OBJ.co]);
    });

    it('names only the key results at risk, and maps check-ins to weeks (a deleted key result\'s are ignored)', () => {
      const named = snapshot.keyResults.filter((kr) => kr.title !== undefined).map((kr) => kr.id).sort();
      assert.deepEqual(named, [`${OBJ.ann}.kr1`, `${OBJ.co}.kr1`, `${OBJ.xav}.kr1`].sort());
      const eng1 = snapshot.keyResults.find((kr) => snapshot.objectives[kr.objective]!.id === OBJ.eng && kr.confidence === 8)!;
      assert.deepEqual(eng1.checkInWeeks, [1, 4]);
      assert.equal(snapshot.keyResults.length, 6);
    });

    it('is stored column by column and reads back exactly (optional key result names included)', () => {
      const stored = JSON.parse(JSON.stringify(encodeSnapshot(snapshot)));
      assert.deepEqual(Object.keys(stored.keyResults).sort(), ['checkInWeeks', 'confidence', 'id', 'objective', 'owner', 'progress', 'risk', 'title']);
      const copy: InsightsSnapshot = decodeSnapshot(stored);
      assert.deepEqual(copy, snapshot);
      assert.deepEqual(participationView(copy, scopeFor('zed'), { missingLimit: 10 }), participationView(snapshot, scopeFor('zed'), { missingLimit: 10 }));
      assert.ok(JSON.stringify(stored).length < JSON.stringify(snapshot).length);
    });

    it('refuses a stored form it did not write', () => {
      const stored = encodeSnapshot(snapshot);
      assert.throws(() => decodeSnapshot({ ...stored, format: 99 }), /format 99/);
      assert.throws(() => decodeSnapshot({ ...stored, counts: { ...stored.counts, keyResults: 7 } }), /column objective is not 7 long/);
    });
  });

  describe('scope', () => {
    it('an OKR admin sees everyone; a manager their manager-chain reports; bob only cat', () => {
      assert.equal(scopeFor('zed').kind, 'all');
      assert.equal(scopeFor('zed').peopleCount, 6);
      const mona = scopeFor('mona');
      assert.equal(mona.kind, 'reports');
      assert.deepEqual(snapshot.people.filter((_, i) => mona.people[i] === 1).map((p) => p.id).sort(), ['ann', 'bob', 'cat']);
      // Team objectives of the team mona leads count; the company objective and xav's do not.
      assert.deepEqual(snapshot.objectives.filter((_, i) => mona.objectives[i] === 1).map((o) => o.id).sort(), [OBJ.ann, OBJ.cat, OBJ.eng].sort());
      const bob = scopeFor('bob');
      assert.deepEqual(snapshot.people.filter((_, i) => bob.people[i] === 1).map((p) => p.id), ['cat']);
      assert.deepEqual(snapshot.objectives.filter((_, i) => bob.objectives[i] === 1).map((o) => o.id), [OBJ.cat]);
      assert.equal(scopeFor('zed', { scope: 'reports' }).peopleCount, 5);
    });

    it('refuses people without reports, managers asking for everyone, unknown teams and teams outside the scope', () => {
      expectFail(selectScope(snapshot, index, viewer('ann'), {}), 'INSIGHTS.FORBIDDEN');
      expectFail(selectScope(snapshot, index, viewer('mona'), { scope: 'all' }), 'INSIGHTS.FORBIDDEN');
      expectFail(selectScope(snapshot, index, viewer('mona'), { teamId: 'nope' }), 'INSIGHTS.UNKNOWN_TEAM');
      expectFail(selectScope(snapshot, index, viewer('mona'), { teamId: 't-sales' }), 'INSIGHTS.OUT_OF_SCOPE');
      // A stranger from the directory (not in this snapshot) is no manager either.
      expectFail(selectScope(snapshot, index, { id: 'stranger', roles: ['member'] }, {}), 'INSIGHTS.FORBIDDEN');
    });

    it('a team narrows to its members and its board', () => {
      const sales = scopeFor('zed', { teamId: 't-sales' });
      assert.deepEqual(snapshot.people.filter((_, i) => sales.people[i] === 1).map((p) => p.id), ['xav']);
      assert.deepEqual(snapshot.objectives.filter((_, i) => sales.objectives[i] === 1).map((o) => o.id), [OBJ.xav]);
      assert.equal(scopeFor('mona', { teamId: 't-eng' }).peopleCount, 3);
    });
  });

  describe('participation', () => {
    it('for the whole tenant: 4 owners; 0, 1, 1, 1, 1 checked in; bob, cat and xavier missing this week', () => {
      const view = expectOk(participationView(snapshot, scopeFor('zed'), { missingLimit: 10 }));
      assert.deepEqual(view.weeks.map((w) => [w.week, w.owners, w.checkedIn, w.rate]), [
        [0, 4, 0, 0],
        [1, 4, 1, 0.25],
        [2, 4, 1, 0.25],
        [3, 4, 1, 0.25],
        [4, 4, 1, 0.25],
      ]);
      assert.equal(view.weeks[4]!.start, '2026-02-02T00:00:00.000Z');
      assert.equal(view.missing.week, 4);
      assert.deepEqual(names(view.missing.people), ['Bob', 'Cat', 'Xavier']);
      assert.deepEqual(view.missing.people.map((p) => p.keyResults), [1, 1, 2]);
      assert.deepEqual(view.teams.map((t) => [t.team.name, t.owners, t.weeks.map((w) => w.checkedIn)]), [
        ['Engineering', 3, [0, 1, 0, 1, 1]],
        ['Sales', 1, [0, 0, 1, 0, 0]],
      ]);
    });

    it('for mona: her three reports; ann checked in in weeks 1 and 4, bob in week 3, cat never', () => {
      const view = expectOk(participationView(snapshot, scopeFor('mona'), { week: 2, missingLimit: 2 }));
      assert.deepEqual(view.weeks.map((w) => w.checkedIn), [0, 1, 0, 1, 1]);
      assert.ok(view.weeks.every((w) => w.owners === 3));
      assert.equal(view.missing.week, 2);
      assert.equal(view.missing.total, 3);
      assert.deepEqual(names(view.missing.people), ['Ann', 'Bob']);
      assert.equal(view.missing.truncated, true);
      expectFail(participationView(snapshot, scopeFor('mona'), { week: 5, missingLimit: 2 }), 'INSIGHTS.UNKNOWN_WEEK');
    });
  });

  describe('progress', () => {
    it('for mona: three objectives averaging 0.192, confidences 8, 6, 5 and one without, the timeline', () => {
      const view = progressView(snapshot, scopeFor('mona'));
      assert.equal(view.expected, 0.493);
      assert.equal(view.progress.count, 3);
      assert.equal(view.progress.mean, 0.192);
      assert.deepEqual(view.progress.buckets.map((b) => b.count), [1, 0, 1, 1, 0, 0, 0, 0, 0, 0]);
      assert.deepEqual(view.confidence.byValue, [0, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0]);
      assert.deepEqual(view.confidence.bands, { 'on-track': 1, 'at-risk': 2, 'off-track': 0, none: 1 });
      assert.deepEqual(view.timeline.map((p) => [p.expected, p.actual]), [
        [0.1, 0],
        [0.2, 0.067],
        [0.3, 0.067],
        [0.4, 0.108],
        [0.493, 0.192],
      ]);
    });
  });

  describe('at risk', () => {
    it('for the tenant: the company objective (confidence 2), ann\'s (behind), xavier\'s (guardrail), worst first', () => {
      const view = atRiskView(snapshot, scopeFor('zed'), 50);
      assert.deepEqual(view.rules, { lowConfidenceMax: 3, behindMargin: 0.25 });
      assert.deepEqual(view.objectives.items.map((o) => [o.title, o.confidence, o.reasons]), [
        ['Win the market', 2, ['low-confidence', 'behind']],
        ['Faster builds', 5, ['behind']],
        ['Keep uptime', 7, ['guardrail-breached']],
      ]);
      assert.deepEqual(view.keyResults.items.map((kr) => [kr.title, kr.owner.name, kr.objectiveTitle]), [
        ['KR co 1', 'Xavier', 'Win the market'],
        ['KR ann 1', 'Ann', 'Faster builds'],
        ['KR xav 1', 'Xavier', 'Keep uptime'],
      ]);
      const limited = atRiskView(snapshot, scopeFor('zed'), 1);
      assert.equal(limited.objectives.total, 3);
      assert.equal(limited.objectives.items.length, 1);
    });

    it('for mona: only what is hers to coach', () => {
      const view = atRiskView(snapshot, scopeFor('mona'), 50);
      assert.deepEqual(view.objectives.items.map((o) => o.id), [OBJ.ann]);
      assert.deepEqual(view.keyResults.items.map((kr) => kr.id), [`${OBJ.ann}.kr1`]);
    });
  });

  describe('dependency health', () => {
    it('objectives in scope aligned to an at-risk parent, the parent even when outside the scope', () => {
      for (const who of ['zed', 'mona']) {
        const view = dependencyView(snapshot, scopeFor(who), 50);
        assert.deepEqual(view.items.map((i) => [i.objective.title, i.atRiskParents.map((p) => p.title)]), [
          ['Learn the codebase', ['Win the market']],
          ['Ship the platform', ['Win the market']],
        ], who);
      }
      assert.equal(dependencyView(snapshot, scopeFor('bob'), 50).total, 1);
    });
  });

  describe('grades and calibration', () => {
    const closedCycle = { ...CYCLE, state: 'closed' as const };
    const graded = (id: string, owner: Objective['owner'], grade: number): Objective =>
      objective({ cycleId: CYCLE.id, id: `${CYCLE.id}.ob${id}`, title: id, state: 'closed', owner, grade, keyResults: [keyResult({ id: `${CYCLE.id}.ob${id}.kr1`, ownerId: owner.kind === 'person' ? owner.id : 'mona' })] });
    const closed = buildInsightsSnapshot({
      cycle: closedCycle,
      objectives: [
        graded('a1', { kind: 'person', id: 'ann' }, 1),
        graded('t1', { kind: 'team', id: 't-eng' }, 0.2),
        graded('b1', { kind: 'person', id: 'bob' }, 0.7),
        graded('x1', { kind: 'person', id: 'xav' }, 0.5),
      ],
      checkIns: [],
      people: PEOPLE,
      teams: TEAMS,
      previous: {
        cycle: { id: 'cyprev', name: '2025 Q4' },
        objectives: [
          { owner: { kind: 'person', id: 'ann' }, grade: 0.9, state: 'closed' },
          { owner: { kind: 'person', id: 'ann' }, grade: 1, state: 'closed' },
          { owner: { kind: 'person', id: 'bob' }, grade: 1, state: 'closed' },
          { owner: { kind: 'person', id: 'bob' }, grade: null, state: 'active' },
        ],
      },
      now: new Date('2026-04-01T00:00:00Z'),
    });
    const closedIndex = indexSnapshot(closed);
    const scope = (id: string) => expectOk(selectScope(closed, closedIndex, viewer(id), {}));

    it('grade distribution against 0.7 over the closed objectives in scope', () => {
      const all = gradesView(closed, scope('zed'));
      assert.deepEqual(all.distribution.bands, { low: 1, mid: 1, success: 2 });
      assert.equal(all.distribution.mean, 0.6);
      assert.equal(all.distribution.atOrAboveTarget, 0.5);
      const mona = gradesView(closed, scope('mona'));
      assert.equal(mona.distribution.count, 3);
    });

    it('prompts ann (1.0 now, 0.95 before) to aim higher and the Engineering team (0.2) to talk about what got in the way', () => {
      const view = gradesView(closed, scope('zed'));
      assert.equal(view.calibration.available, true);
      assert.deepEqual(view.calibration.comparedWith, { cycleId: 'cyprev', cycleName: '2025 Q4' });
      assert.deepEqual(view.calibration.prompts.map((p) => [p.kind, p.subject.kind, p.subject.name, p.grades.map((g) => g.grade)]), [
        ['maxed-out', 'person', 'Ann', [1, 0.95]],
        ['far-short', 'team', 'Engineering', [0.2, null]],
      ]);
      // Mona coaches ann and leads Engineering; bob (0.7) gets no prompt.
      assert.equal(gradesView(closed, scope('mona')).calibration.prompts.length, 2);
      assert.equal(gradesView(closed, scope('bob')).calibration.prompts.length, 0);
    });

    it('offers no calibration while the cycle is running', () => {
      const view = gradesView(snapshot, scopeFor('zed'));
      assert.equal(view.calibration.available, false);
      assert.deepEqual(view.calibration.prompts, []);
      assert.equal(view.distribution.count, 0);
    });
  });
});
