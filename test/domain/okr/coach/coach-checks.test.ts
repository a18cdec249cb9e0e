import assert from 'node:assert/strict';
import {
  COACH_CHECK,
  coachDraftOf,
  runCoachChecks,
  type CoachCheck,
  type CoachContext,
  type CoachDraft,
  type CoachKeyResult,
  type CoachSpec,
  type CycleGrade,
} from '../../../../src/domain/okr/coach/coach-checks.js';
import { keyResult, objective } from '../builders.js';

const inc = (start: number | null, target: number | null): CoachSpec => ({ type: 'increase-to', start, target, unit: 'number' });
const dec = (start: number | null, target: number | null): CoachSpec => ({ type: 'decrease-to', start, target, unit: 'number' });
const kr = (title: string, spec: CoachSpec = inc(10, 20)): CoachKeyResult => ({ title, spec });
const GOOD_KRS = [kr('Weekly active users from 10 to 20'), kr('Churn from 6% to 3%', dec(6, 3))];

function draft(overrides: Partial<CoachDraft> = {}): CoachDraft {
  return { level: 'individual', title: 'Customers love how fast we are', commitment: 'aspirational', alignmentCount: 1, keyResults: GOOD_KRS, ...overrides };
}
const NO_CONTEXT: CoachContext = { siblings: [], gradeHistory: [] };
const run = (d: Partial<CoachDraft> = {}, context: Partial<CoachContext> = {}) => runCoachChecks(draft(d), { ...NO_CONTEXT, ...context });
const codes = (checks: CoachCheck[]) => checks.map((c) => c.code);
const only = (checks: CoachCheck[], code: string) => checks.filter((c) => c.code === code);
const grade = (name: string, value: number | null): CycleGrade => ({ cycleId: `cy-${name}`, cycleName: name, grade: value });

describe('coach checks', () => {
  it('a well-written objective gets no checks', () => {
    assert.deepEqual(run(), []);
  });

  it('every check carries a stable code, a severity, the field it points at, a message and a suggestion', () => {
    const checks = run(
      { title: 'Increase revenue by 20%', level: 'team', alignmentCount: 0, keyResults: [kr('Launch the new pricing page', { type: 'binary' })] },
      { siblings: [{ id: 'other', title: 'Increase revenue by 20%' }] },
    );
    assert.ok(checks.length >= 5);
    for (const check of checks) {
      assert.match(check.code, /^COACH\.[A-Z_]+$/);
      assert.ok(check.severity === 'hint' || check.severity === 'warning');
      assert.match(check.field, /^(title|commitment|alignments|keyResults(\.\d+\.(title|start|target|threshold|steps|type))?)$/);
      assert.ok(check.message.length > 0 && check.suggestion.length > 0);
    }
  });

  describe(COACH_CHECK.krTaskWording, () => {
    const triggers = [
      'Launch the new pricing page',
      'Build a customer dashboard',
      'Hold 4 customer workshops',
      'Do a security review of the API',
      'Write the onboarding guide',
      'Attend three industry conferences',
      'launched the partner portal',
      'We will launch the beta',
      'Successfully roll out single sign-on',
      'Run 20 discovery workshops',
      'Implement SSO for every customer',
    ];
    for (const title of triggers) {
      it(`triggers on “${title}”`, () => {
        const checks = only(run({ keyResults: [kr(title), ...GOOD_KRS] }), COACH_CHECK.krTaskWording);
        assert.equal(checks.length, 1);
        assert.equal(checks[0]!.field, 'keyResults.0.title');
        assert.equal(checks[0]!.severity, 'hint');
      });
    }
    const outcomes = [
      'Raise NPS from 32 to 45',
      'Build time from 20 to 5 minutes',
      'Launch-time work from 38 to 12 tasks',
      'Deliver 95% of orders on time',
      'Customer satisfaction stays above 90%',
      'Holdout group converts at 12% or better',
      'Writers retained after their first month',
      'Weekly active users of the new app',
      'Do-it-yourself setups from 10 to 60',
    ];
    for (const title of outcomes) {
      it(`does not trigger on “${title}”`, () => {
        assert.deepEqual(only(run({ keyResults: [kr(title), ...GOOD_KRS] }), COACH_CHECK.krTaskWording), []);
      });
    }
  });

  describe(COACH_CHECK.krNotMeasurable, () => {
    const cases: [string, CoachSpec, string, 'hint' | 'warning'][] = [
      ['increase without a target', inc(0, null), 'keyResults.0.target', 'warning'],
      ['decrease without a start', dec(null, 5), 'keyResults.0.start', 'warning'],
      ['guardrail without a threshold', { type: 'guardrail', direction: 'stay-above', threshold: null }, 'keyResults.0.threshold', 'warning'],
      ['milestones without steps', { type: 'milestone', steps: [] }, 'keyResults.0.steps', 'warning'],
      ['milestones with blank steps only', { type: 'milestone', steps: ['  '] }, 'keyResults.0.steps', 'warning'],
      ['done / not done without a number', { type: 'binary' }, 'keyResults.0.type', 'hint'],
    ];
    for (const [name, spec, field, severity] of cases) {
      it(`triggers: ${name}`, () => {
        const checks = only(run({ keyResults: [kr('Customers adopt the new plan', spec), ...GOOD_KRS] }), COACH_CHECK.krNotMeasurable);
        assert.equal(checks.length, 1, JSON.stringify(checks));
        assert.equal(checks[0]!.field, field);
        assert.equal(checks[0]!.severity, severity);
      });
    }
    const fine: [string, CoachKeyResult][] = [
      ['increase with start and target', kr('Users from 0 to 10', inc(0, 10))],
      ['guardrail with a threshold', kr('Availability stays above 99.9%', { type: 'guardrail', direction: 'stay-above', threshold: 99.9 })],
      ['milestones with steps', kr('Career framework milestones', { type: 'milestone', steps: ['Draft', 'Publish'] })],
      ['done / not done that names a number', kr('Sign 3 design partners', { type: 'binary' })],
    ];
    for (const [name, item] of fine) {
      it(`does not trigger: ${name}`, () => {
        assert.deepEqual(only(run({ keyResults: [item, ...GOOD_KRS] }), COACH_CHECK.krNotMeasurable), []);
      });
    }
  });

  describe(COACH_CHECK.krCannotMove, () => {
    it('triggers when the target equals the start (increase and decrease)', () => {
      for (const spec of [inc(5, 5), dec(3, 3)]) {
        const checks = only(run({ keyResults: [kr('Users from 5 to 5', spec), ...GOOD_KRS] }), COACH_CHECK.krCannotMove);
        assert.equal(checks.length, 1);
        assert.equal(checks[0]!.field, 'keyResults.0.target');
        assert.equal(checks[0]!.severity, 'warning');
      }
    });
    it('does not trigger when the number can move, or is still missing', () => {
      for (const spec of [inc(5, 6), dec(5, 3), inc(5, null)]) {
        assert.deepEqual(only(run({ keyResults: [kr('Users', spec), ...GOOD_KRS] }), COACH_CHECK.krCannotMove), []);
      }
    });
  });

  describe(COACH_CHECK.krWrongDirection, () => {
    it('triggers when the target points the other way than the type', () => {
      assert.equal(only(run({ keyResults: [kr('Users', inc(10, 5)), ...GOOD_KRS] }), COACH_CHECK.krWrongDirection).length, 1);
      assert.equal(only(run({ keyResults: [kr('Costs', dec(5, 10)), ...GOOD_KRS] }), COACH_CHECK.krWrongDirection).length, 1);
    });
    it('does not trigger when it points the right way', () => {
      assert.deepEqual(only(run({ keyResults: [kr('Users', inc(5, 10)), kr('Costs', dec(10, 5))] }), COACH_CHECK.krWrongDirection), []);
    });
  });

  describe('key result count', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => kr(`Metric ${i + 1} from 0 to 10`, inc(0, 10)));
    it(`${COACH_CHECK.tooFewKeyResults}: triggers on zero and one, pointing at the key results`, () => {
      for (const n of [0, 1]) {
        const checks = only(run({ keyResults: many(n) }), COACH_CHECK.tooFewKeyResults);
        assert.equal(checks.length, 1);
        assert.equal(checks[0]!.field, 'keyResults');
      }
    });
    it(`${COACH_CHECK.tooFewKeyResults}: blank rows do not count as key results`, () => {
      assert.equal(only(run({ keyResults: [...many(1), kr('   ', inc(null, null))] }), COACH_CHECK.tooFewKeyResults).length, 1);
    });
    it(`${COACH_CHECK.tooFewKeyResults} / ${COACH_CHECK.tooManyKeyResults}: two to five is fine`, () => {
      for (const n of [2, 3, 4, 5]) {
        const checks = run({ keyResults: many(n) });
        assert.deepEqual(codes(checks).filter((c) => c === COACH_CHECK.tooFewKeyResults || c === COACH_CHECK.tooManyKeyResults), [], `${n} key results`);
      }
    });
    it(`${COACH_CHECK.tooManyKeyResults}: triggers above five, as a warning that says five is the upper end`, () => {
      const checks = only(run({ keyResults: many(6) }), COACH_CHECK.tooManyKeyResults);
      assert.equal(checks.length, 1);
      assert.equal(checks[0]!.severity, 'warning');
      assert.match(checks[0]!.message, /five is the upper end/);
    });
    it(`${COACH_CHECK.tooManyKeyResults}: five written and one blank row is still five`, () => {
      assert.deepEqual(only(run({ keyResults: [...many(5), kr('', inc(0, null))] }), COACH_CHECK.tooManyKeyResults), []);
    });
  });

  describe(COACH_CHECK.objectiveIsNumber, () => {
    const numbers = ['Increase revenue by 20%', 'Reach $4M ARR', 'NPS from 32 to 45', '99.9% availability', 'Sign 40 new logos', 'NPS 45', 'Grow ARR to 4M', 'Hire 12 engineers'];
    for (const title of numbers) {
      it(`triggers on “${title}”`, () => {
        const checks = only(run({ title }), COACH_CHECK.objectiveIsNumber);
        assert.equal(checks.length, 1);
        assert.equal(checks[0]!.field, 'title');
      });
    }
    const aims = [
      'Customers love how fast and reliable Contoso is',
      'Win the mid-market in Europe and the Americas',
      'Ship the 2027 roadmap',
      'Be a top 3 vendor in DACH',
      'Make Q3 the calmest on-call quarter yet',
      'Deliver every order on time',
      'Make every page feel instant',
    ];
    for (const title of aims) {
      it(`does not trigger on “${title}”`, () => {
        assert.deepEqual(only(run({ title }), COACH_CHECK.objectiveIsNumber), []);
      });
    }
  });

  describe(COACH_CHECK.possibleDuplicate, () => {
    const siblings = [
      { id: 'ob-1', title: 'Customers love how fast and reliable Contoso is' },
      { id: 'ob-2', title: 'Alpha bravo charlie delta echo' },
    ];
    for (const title of ['Customers love how reliable and fast Contoso is', 'Customer loves how fast and reliable Contoso is!', 'customers LOVE how fast & reliable contoso is']) {
      it(`triggers on “${title}” and names the other objective`, () => {
        const checks = only(run({ title }, { siblings }), COACH_CHECK.possibleDuplicate);
        assert.equal(checks.length, 1);
        assert.equal(checks[0]!.field, 'title');
        assert.deepEqual(checks[0]!.related, { objectiveId: 'ob-1', title: siblings[0]!.title });
      });
    }
    it('triggers at a similarity of 0.7 or more (6 of 8 stems shared: 0.75)', () => {
      const checks = run({ title: 'alpha bravo charlie delta echo foxtrot golf' }, { siblings: [{ id: 'x', title: 'alpha bravo charlie delta echo foxtrot hotel' }] });
      assert.equal(only(checks, COACH_CHECK.possibleDuplicate).length, 1);
    });
    it('does not trigger below 0.7 (4 of 6 stems shared)', () => {
      assert.deepEqual(only(run({ title: 'Alpha bravo charlie delta foxtrot' }, { siblings }), COACH_CHECK.possibleDuplicate), []);
    });
    it('does not trigger on different objectives, on itself, or on an empty title', () => {
      assert.deepEqual(only(run({ title: 'Customers love our support team' }, { siblings }), COACH_CHECK.possibleDuplicate), []);
      assert.deepEqual(only(run({ title: siblings[0]!.title }, { siblings, objectiveId: 'ob-1' }), COACH_CHECK.possibleDuplicate), []);
      assert.deepEqual(only(run({ title: '  ' }, { siblings }), COACH_CHECK.possibleDuplicate), []);
    });
  });

  describe(COACH_CHECK.notAligned, () => {
    it('triggers for team and individual objectives that align to nothing', () => {
      for (const level of ['team', 'individual'] as const) {
        const checks = only(run({ level, alignmentCount: 0 }), COACH_CHECK.notAligned);
        assert.equal(checks.length, 1);
        assert.equal(checks[0]!.field, 'alignments');
      }
    });
    it('does not trigger for company objectives or aligned ones', () => {
      assert.deepEqual(only(run({ level: 'company', alignmentCount: 0 }), COACH_CHECK.notAligned), []);
      assert.deepEqual(only(run({ level: 'team', alignmentCount: 1 }), COACH_CHECK.notAligned), []);
    });
  });

  describe(`${COACH_CHECK.sandbagging} (grade history)`, () => {
    it('triggers for an aspirational objective when the owner closed at 1.0 two cycles running', () => {
      const checks = only(run({ commitment: 'aspirational' }, { gradeHistory: [grade('2026 Q1', 1), grade('2025 Q4', 1)] }), COACH_CHECK.sandbagging);
      assert.equal(checks.length, 1);
      assert.equal(checks[0]!.field, 'keyResults');
      assert.match(checks[0]!.message, /1\.0 in 2025 Q4 and 2026 Q1/);
      assert.match(checks[0]!.suggestion, /[Aa]im higher/);
    });
    const quiet: [string, CycleGrade[], 'aspirational' | 'committed'][] = [
      ['one cycle at 1.0 only', [grade('Q1', 1)], 'aspirational'],
      ['1.0 then 0.9', [grade('Q1', 1), grade('Q4', 0.9)], 'aspirational'],
      ['no graded objectives in the cycle before', [grade('Q1', 1), grade('Q4', null)], 'aspirational'],
      ['no history', [], 'aspirational'],
      ['committed objectives are meant to reach 1.0', [grade('Q1', 1), grade('Q4', 1)], 'committed'],
    ];
    for (const [name, gradeHistory, commitment] of quiet) {
      it(`does not trigger: ${name}`, () => {
        assert.deepEqual(only(run({ commitment }, { gradeHistory }), COACH_CHECK.sandbagging), []);
      });
    }
  });

  describe(`${COACH_CHECK.overreach} (grade history)`, () => {
    it('triggers for a committed objective when the owner’s last cycle closed at 0.3 or below', () => {
      for (const value of [0.3, 0.1, 0]) {
        const checks = only(run({ commitment: 'committed' }, { gradeHistory: [grade('2026 Q1', value), grade('2025 Q4', 0.9)] }), COACH_CHECK.overreach);
        assert.equal(checks.length, 1, String(value));
        assert.equal(checks[0]!.field, 'commitment');
        assert.equal(checks[0]!.severity, 'warning');
      }
    });
    const quiet: [string, CycleGrade[], 'aspirational' | 'committed'][] = [
      ['last cycle above 0.3', [grade('Q1', 0.31), grade('Q4', 0.1)], 'committed'],
      ['no graded objectives last cycle', [grade('Q1', null), grade('Q4', 0.1)], 'committed'],
      ['aspirational objectives may land low', [grade('Q1', 0.2)], 'aspirational'],
      ['no history', [], 'committed'],
    ];
    for (const [name, gradeHistory, commitment] of quiet) {
      it(`does not trigger: ${name}`, () => {
        assert.deepEqual(only(run({ commitment }, { gradeHistory }), COACH_CHECK.overreach), []);
      });
    }
  });

  it('lists checks in form order: title, commitment, alignment, key results', () => {
    const checks = run(
      { title: 'Increase revenue by 20%', level: 'team', alignmentCount: 0, commitment: 'committed', keyResults: [kr('Launch the new pricing page')] },
      { gradeHistory: [grade('Q1', 0.2)] },
    );
    assert.deepEqual(codes(checks), [COACH_CHECK.objectiveIsNumber, COACH_CHECK.overreach, COACH_CHECK.notAligned, COACH_CHECK.tooFewKeyResults, COACH_CHECK.krTaskWording]);
  });

  it('reads a saved objective as it reads a draft', () => {
    const saved = objective({ title: 'Increase revenue by 20%', alignments: [], keyResults: [keyResult({ title: 'Launch the pricing page' })] });
    const checks = runCoachChecks(coachDraftOf(saved), NO_CONTEXT);
    assert.deepEqual(codes(checks), [COACH_CHECK.objectiveIsNumber, COACH_CHECK.notAligned, COACH_CHECK.tooFewKeyResults, COACH_CHECK.krTaskWording]);
  });
});
