import assert from 'node:assert/strict';
import { CoachContextCache } from '../../../../src/app/okr/coach/cached-coach-context.js';
import { checkObjectiveDraft, checksForObjective } from '../../../../src/app/okr/coach/check-objective-draft.js';
import { improveKeyResult, suggestKeyResults, type DraftingInput } from '../../../../src/app/okr/coach/draft-key-results.js';
import { propose } from '../../../../src/app/okr/objective-transitions.js';
import type { KeyResultDrafter } from '../../../../src/app/ports/key-result-drafter.js';
import { COACH_CHECK } from '../../../../src/domain/okr/coach/coach-checks.js';
import { DRAFTING_ERROR, type DraftedKeyResult, type DraftingSubject, type ImproveSubject } from '../../../../src/domain/okr/coach/drafting.js';
import { fail, ok } from '../../../../src/domain/shared/result.js';
import { cycle, keyResult, objective, person, team, TENANT } from '../../../domain/okr/builders.js';
import { fakeDeps, type FakeWorld } from './coach-fakes.js';

const me = person({ id: 'arjun', teamIds: ['tm-platform'] });
const ctx = { actor: me };
const current = cycle({ id: 'cynow1', name: '2026 Q1', startDate: '2026-01-01', endDate: '2026-03-31', state: 'active' });
const q4 = cycle({ id: 'cyq4aa', name: '2025 Q4', startDate: '2025-10-01', endDate: '2025-12-31', state: 'closed' });
const q3 = cycle({ id: 'cyq3aa', name: '2025 Q3', startDate: '2025-07-01', endDate: '2025-09-30', state: 'closed' });
const closedAt = (c: typeof q4, id: string, grade: number, ownerId = 'arjun') =>
  objective({ id: `${c.id}.${id}`, cycleId: c.id, owner: { kind: 'person', id: ownerId }, state: 'closed', grade, keyResults: [keyResult({ id: `${c.id}.${id}.kr01` })] });
const parent = {
  ...objective({ id: 'cynow1.obparent', cycleId: 'cynow1', level: 'team', title: 'Run a platform nobody has to think about', owner: { kind: 'team', id: 'tm-platform' }, keyResults: [keyResult({ id: 'cynow1.obparent.kr01', title: 'Paging incidents from 22 to 6' })] }),
  // As if someone had stored restricted data on a shared document: it must still not travel.
  rating: 'STRAY-RATING',
  privateNotes: 'STRAY-PRIVATE-NOTES',
};

function world(extra: Partial<FakeWorld> = {}): FakeWorld {
  return {
    cycles: [current, q4, q3, cycle({ id: 'cyothertn', tenantId: 'other', state: 'closed', startDate: '2025-10-01', endDate: '2025-12-31' })],
    objectives: [parent, objective({ id: 'cynow1.obdupe', cycleId: 'cynow1', title: 'Database failover becomes boring' }), closedAt(q4, 'obaaaa', 1), closedAt(q3, 'obbbbb', 1), closedAt(q3, 'obcccc', 0.1, 'someone-else')],
    people: [me],
    teams: [{ ...team({ id: 'tm-platform', name: 'Platform', leadId: 'priya' }), reviewCycle: 'STRAY-TEAM' } as never],
    ...extra,
  };
}

const draftInput = {
  cycleId: 'cynow1',
  objectiveId: null,
  level: 'individual' as const,
  owner: { kind: 'person' as const, id: 'arjun' },
  title: 'Database failover becomes boring!',
  commitment: 'aspirational' as const,
  alignments: [],
  keyResults: [{ title: 'Launch the failover runbook', spec: { type: 'binary' as const } }],
};

describe('coach use cases', () => {
  describe('checkObjectiveDraft', () => {
    it('runs every check with the cycle’s titles and the owner’s grade history, reading the shared store only', async () => {
      const { deps, calls, writes } = fakeDeps(world());
      const result = await checkObjectiveDraft(deps, ctx, draftInput);
      assert.ok(result.ok);
      const codes = result.value.checks.map((c) => c.code);
      assert.deepEqual(codes, [
        COACH_CHECK.possibleDuplicate,
        COACH_CHECK.notAligned,
        COACH_CHECK.tooFewKeyResults,
        COACH_CHECK.sandbagging,
        COACH_CHECK.krTaskWording,
        COACH_CHECK.krNotMeasurable,
      ]);
      assert.match(result.value.checks.find((c) => c.code === COACH_CHECK.sandbagging)!.message, /2025 Q3 and 2025 Q4/);
      assert.deepEqual(writes, []);
      assert.deepEqual([...new Set(calls)].sort(), ['getCycle', 'listAlignmentSources', 'listAllObjectives', 'listCycles']);
    });

    it('an objective is not its own duplicate when it is edited', async () => {
      const { deps } = fakeDeps(world());
      const result = await checkObjectiveDraft(deps, ctx, { ...draftInput, objectiveId: 'cynow1.obdupe' });
      assert.ok(result.ok);
      assert.ok(!result.value.checks.some((c) => c.code === COACH_CHECK.possibleDuplicate));
    });

    it('an unknown cycle, or one of another tenant, is OKR.NOT_FOUND', async () => {
      const { deps } = fakeDeps(world());
      for (const cycleId of ['cymissing', 'cyothertn']) {
        const result = await checkObjectiveDraft(deps, ctx, { ...draftInput, cycleId });
        assert.ok(!result.ok && result.code === 'OKR.NOT_FOUND', cycleId);
      }
    });
  });

  describe('CoachContextCache (checks while typing)', () => {
    const clock = { t: Date.parse('2026-02-01T09:00:00Z'), now() { return new Date(this.t); } };
    const count = (calls: string[], name: string) => calls.filter((c) => c === name).length;

    it('reuses a cycle’s titles for 30 s and an owner’s grade history for 5 min', async () => {
      const { deps, calls } = fakeDeps(world());
      const cache = new CoachContextCache(deps.goals, clock);
      const first = await cache.load(TENANT, current, 'arjun', null);
      assert.equal(first.siblings.length, 2);
      assert.deepEqual(first.gradeHistory.map((g) => g.grade), [1, 1]);
      await cache.load(TENANT, current, 'arjun', 'cynow1.obdupe');
      assert.deepEqual([count(calls, 'listAlignmentSources'), count(calls, 'listCycles')], [1, 1]);
      clock.t += 31_000;
      const later = await cache.load(TENANT, current, 'arjun', null);
      assert.deepEqual([count(calls, 'listAlignmentSources'), count(calls, 'listCycles')], [2, 1]);
      assert.equal(later.objectiveId, null);
      clock.t += 300_000;
      await cache.load(TENANT, current, 'arjun', null);
      assert.deepEqual([count(calls, 'listAlignmentSources'), count(calls, 'listCycles')], [3, 2]);
    });

    it('keeps tenants, cycles and owners apart, forgets failed loads and stays small', async () => {
      const { deps, calls } = fakeDeps(world());
      const cache = new CoachContextCache(deps.goals, clock, { maxEntries: 2 });
      await cache.load(TENANT, current, 'arjun', null);
      const other = await cache.load('other', { ...current, tenantId: 'other' }, 'arjun', null);
      assert.deepEqual(other.siblings, []);
      await cache.load(TENANT, current, 'someone-else', null);
      assert.equal(count(calls, 'listCycles'), 3);
      // Three owners with room for two: the first is evicted and loaded again.
      await cache.load(TENANT, current, 'arjun', null);
      assert.equal(count(calls, 'listCycles'), 4);

      const failing = fakeDeps(world(), { failReads: true });
      const flaky = new CoachContextCache(failing.deps.goals, clock);
      await assert.rejects(flaky.load(TENANT, current, 'arjun', null));
      await assert.rejects(flaky.load(TENANT, current, 'arjun', null));
      assert.equal(count(failing.calls, 'listAlignmentSources'), 2, 'a failure is not cached');
    });
  });

  describe('checksForObjective (on propose)', () => {
    it('returns the checks of a saved objective', async () => {
      const { deps } = fakeDeps(world());
      const saved = objective({ id: 'cynow1.obnew', cycleId: 'cynow1', tenantId: TENANT, title: 'Increase revenue by 20%', owner: { kind: 'person', id: 'arjun' }, alignments: [] });
      const checks = await checksForObjective(deps, saved);
      assert.deepEqual(checks.map((c) => c.code), [COACH_CHECK.objectiveIsNumber, COACH_CHECK.notAligned, COACH_CHECK.tooFewKeyResults, COACH_CHECK.sandbagging]);
    });

    it('never fails: a read error gives no checks', async () => {
      const { deps } = fakeDeps(world(), { failReads: true });
      const seen: unknown[] = [];
      assert.deepEqual(await checksForObjective(deps, objective(), (e) => seen.push(e)), []);
      assert.equal(seen.length, 1);
    });
  });

  describe('drafting', () => {
    const input: DraftingInput = {
      cycleId: 'cynow1',
      objective: { title: 'Make deploys boring', description: 'Releases are no event.', level: 'individual', commitment: 'aspirational', keyResults: [{ title: 'Deploys per week from 2 to 10' }] },
      alignTo: 'cynow1.obparent',
      teamId: null,
    };
    const drafts: DraftedKeyResult[] = [
      { title: 'Lead time from 5 days to 1 day', spec: { type: 'decrease-to', start: 5, target: 1, unit: 'number' } },
      { title: 'Rollback time from 30 to 5 minutes', spec: { type: 'decrease-to', start: 30, target: 5, unit: 'number' } },
      { title: 'Broken', spec: { type: 'increase-to', start: 5, target: 1, unit: 'number' } },
      { title: 'Change failure rate stays below 15%', spec: { type: 'guardrail', direction: 'stay-below', threshold: 15, unit: 'percent' } },
    ];
    function spyDrafter(answer: 'ok' | 'fail' = 'ok'): KeyResultDrafter & { subjects: unknown[] } {
      const subjects: unknown[] = [];
      return {
        provider: 'azure-openai',
        subjects,
        async suggestKeyResults(subject: DraftingSubject) {
          subjects.push(subject);
          return answer === 'ok' ? ok(drafts) : fail(DRAFTING_ERROR.timeout, 'slow');
        },
        async improveKeyResult(subject: ImproveSubject) {
          subjects.push(subject);
          return answer === 'ok' ? ok(drafts[0]!) : fail(DRAFTING_ERROR.busy, 'busy');
        },
      };
    }

    it('hands the drafter exactly the objective, its parent and the team name: nothing else', async () => {
      const { deps, writes } = fakeDeps(world());
      const drafter = spyDrafter();
      const result = await suggestKeyResults(deps, drafter, ctx, input);
      assert.ok(result.ok);
      assert.deepEqual(result.value, { provider: 'azure-openai', drafts: [drafts[0], drafts[1], drafts[3]] });
      assert.deepEqual(drafter.subjects[0], {
        objective: { title: 'Make deploys boring', description: 'Releases are no event.', level: 'individual', commitment: 'aspirational', keyResultTitles: ['Deploys per week from 2 to 10'] },
        parent: { title: 'Run a platform nobody has to think about', description: '', keyResultTitles: ['Paging incidents from 22 to 6'] },
        team: { name: 'Platform' },
      });
      assert.ok(!JSON.stringify(drafter.subjects).includes('STRAY'));
      assert.deepEqual(writes, []);
    });

    it('improve hands over the key result to rewrite as well', async () => {
      const { deps } = fakeDeps(world());
      const drafter = spyDrafter();
      const result = await improveKeyResult(deps, drafter, ctx, { ...input, keyResult: { title: 'Launch the pipeline', spec: null } });
      assert.ok(result.ok);
      assert.deepEqual((drafter.subjects[0] as ImproveSubject).keyResult, { title: 'Launch the pipeline', spec: null });
    });

    it('passes drafting failures on and writes nothing', async () => {
      const { deps, writes } = fakeDeps(world());
      const suggest = await suggestKeyResults(deps, spyDrafter('fail'), ctx, input);
      assert.ok(!suggest.ok && suggest.code === DRAFTING_ERROR.timeout);
      const improve = await improveKeyResult(deps, spyDrafter('fail'), ctx, { ...input, keyResult: { title: 'x', spec: null } });
      assert.ok(!improve.ok && improve.code === DRAFTING_ERROR.busy);
      assert.deepEqual(writes, []);
    });

    it('is AI.OFF without a drafter, and refuses a parent outside the cycle or an unknown team', async () => {
      const { deps } = fakeDeps(world());
      const off = await suggestKeyResults(deps, null, ctx, input);
      assert.ok(!off.ok && off.code === DRAFTING_ERROR.off);
      const badParent = await suggestKeyResults(deps, spyDrafter(), ctx, { ...input, alignTo: 'cyq4aa.obaaaa' });
      assert.ok(!badParent.ok && badParent.code === 'OKR.ALIGNMENT_INVALID');
      const badTeam = await suggestKeyResults(deps, spyDrafter(), ctx, { ...input, teamId: 'tm-nope' });
      assert.ok(!badTeam.ok && badTeam.code === 'OKR.VALIDATION');
    });
  });

  it('propose answers with the checks and does not wait for them to pass', async () => {
    // propose goes through the real mutation path; the fake store accepts the one write it makes.
    const draft = objective({ id: 'cynow1.obdraft', cycleId: 'cynow1', owner: { kind: 'person', id: 'arjun' }, title: 'Increase revenue by 20%', keyResults: [keyResult({ id: 'cynow1.obdraft.kr01', title: 'Launch the pricing page' })] });
    const w = world({ objectives: [...world().objectives, draft] });
    const { deps } = fakeDeps(w);
    const goals = new Proxy(deps.goals, {
      get(target, prop, receiver) {
        if (prop === 'getObjective') return async (_t: string, id: string) => ({ value: w.objectives.find((o) => o.id === id)!, etag: 'e1' });
        if (prop === 'replaceObjective') return async (o: typeof draft) => ok({ value: o, etag: 'e2' });
        return Reflect.get(target, prop, receiver);
      },
    });
    const result = await propose({ ...deps, goals }, ctx, draft.id);
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.value.state, 'proposed');
    assert.deepEqual(result.value.checks.map((c) => c.code), [COACH_CHECK.objectiveIsNumber, COACH_CHECK.notAligned, COACH_CHECK.tooFewKeyResults, COACH_CHECK.sandbagging, COACH_CHECK.krTaskWording]);
  });
});
