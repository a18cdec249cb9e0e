import assert from 'node:assert/strict';
import { MAX_KEY_RESULTS, MAX_TITLE_LENGTH } from '../../../src/domain/okr/key-result.js';
import {
  addKeyResult,
  approveObjective,
  createObjective,
  findKeyResult,
  keyResultWarnings,
  participantIds,
  proposeObjective,
  removeKeyResult,
  sendBackObjective,
  updateKeyResult,
  updateObjective,
  type Objective,
  type ObjectiveState,
} from '../../../src/domain/okr/objective.js';
import { OKR_ERROR } from '../../../src/domain/okr/okr-error-codes.js';
import { parseKeyResultId } from '../../../src/domain/okr/okr-ids.js';
import {
  binarySpec,
  CYCLE_ID,
  createInput,
  decreaseSpec,
  expectFail,
  expectOk,
  failedFields,
  guardrailSpec,
  increaseSpec,
  keyResult,
  keyResultDraft,
  krId,
  LATER,
  milestoneSpec,
  NOW,
  objective,
  OBJECTIVE_ID,
  TENANT,
} from './builders.js';

const drafts = (n: number) => Array.from({ length: n }, (_, i) => keyResultDraft({ title: `KR ${i + 1}` }));

describe('objective', () => {
  describe('createObjective', () => {
    it('creates a draft with trimmed title, deduplicated ids and revision 1', () => {
      const created = expectOk(
        createObjective(
          createInput({
            title: '  Delight our users  ',
            teamIds: ['team-1', 'team-2', 'team-1'],
            contributorIds: ['c1', 'c2', 'c1'],
            alignments: [
              { objectiveId: 'cy2026q1.obparent', keyResultId: null },
              { objectiveId: 'cy2026q1.obparent', keyResultId: null },
              { objectiveId: 'cy2026q1.obparent', keyResultId: 'cy2026q1.obparent.kr01' },
            ],
          }),
        ),
      );
      assert.equal(created.tenantId, TENANT);
      assert.equal(created.cycleId, CYCLE_ID);
      assert.equal(created.id, OBJECTIVE_ID);
      assert.equal(created.state, 'draft');
      assert.equal(created.title, 'Delight our users');
      assert.deepEqual(created.teamIds, ['team-1', 'team-2']);
      assert.deepEqual(created.contributorIds, ['c1', 'c2']);
      assert.deepEqual(created.alignments, [
        { objectiveId: 'cy2026q1.obparent', keyResultId: null },
        { objectiveId: 'cy2026q1.obparent', keyResultId: 'cy2026q1.obparent.kr01' },
      ]);
      assert.equal(created.revision, 1);
      assert.equal(created.createdBy, 'owner');
      assert.equal(created.createdAt, NOW);
      assert.equal(created.updatedAt, NOW);
      assert.equal(created.sentBack, null);
      assert.equal(created.approvedBy, null);
      assert.equal(created.grade, null);
      assert.equal(created.reflection, null);
      assert.equal(created.carriedFrom, null);
      assert.equal(created.carriedTo, null);
    });

    it('derives key result ids from the objective id and sets initial values', () => {
      const created = expectOk(
        createObjective(
          createInput({
            keyResults: [
              keyResultDraft({ title: ' Increase ', spec: increaseSpec(20, 120) }),
              keyResultDraft({ spec: decreaseSpec(100, 40) }),
              keyResultDraft({ spec: milestoneSpec() }),
              keyResultDraft({ spec: binarySpec() }),
              keyResultDraft({ spec: guardrailSpec() }),
            ],
          }),
        ),
      );
      assert.deepEqual(
        created.keyResults.map((kr) => kr.id),
        ['01', '02', '03', '04', '05'].map((s) => `${OBJECTIVE_ID}.kr${s}`),
      );
      for (const kr of created.keyResults) {
        assert.deepEqual(parseKeyResultId(kr.id), { cycleId: CYCLE_ID, objectiveId: OBJECTIVE_ID, keyResultId: kr.id });
        assert.equal(kr.confidence, null);
        assert.equal(kr.lastCheckIn, null);
        assert.equal(kr.checkInCount, 0);
        assert.equal(kr.grade, null);
        assert.equal(kr.revision, 1);
      }
      assert.deepEqual(
        created.keyResults.map((kr) => kr.current),
        [20, 100, 0, 0, null],
      );
      assert.equal(created.keyResults[0]!.title, 'Increase');
    });

    it('refuses a blank or too long title', () => {
      assert.deepEqual(failedFields(expectFail(createObjective(createInput({ title: '   ' })), OKR_ERROR.validation)), ['title']);
      assert.deepEqual(
        failedFields(expectFail(createObjective(createInput({ title: 'x'.repeat(MAX_TITLE_LENGTH + 1) })), OKR_ERROR.validation)),
        ['title'],
      );
      expectOk(createObjective(createInput({ title: 'x'.repeat(MAX_TITLE_LENGTH) })));
    });

    it('refuses an owner that does not match the level', () => {
      const teamOwnedIndividual = createObjective(createInput({ level: 'individual', owner: { kind: 'team', id: 'team-1' } }));
      assert.deepEqual(failedFields(expectFail(teamOwnedIndividual, OKR_ERROR.validation)), ['owner']);
      const personOwnedTeam = createObjective(createInput({ level: 'team', owner: { kind: 'person', id: 'owner' } }));
      assert.deepEqual(failedFields(expectFail(personOwnedTeam, OKR_ERROR.validation)), ['owner']);
      expectOk(createObjective(createInput({ level: 'team', owner: { kind: 'team', id: 'team-1' } })));
      expectOk(createObjective(createInput({ level: 'company', owner: { kind: 'team', id: 'exec' } })));
      expectOk(createObjective(createInput({ level: 'company', owner: { kind: 'person', id: 'ceo' } })));
    });

    it(`allows ${MAX_KEY_RESULTS} key results and refuses more`, () => {
      assert.equal(expectOk(createObjective(createInput({ keyResults: drafts(MAX_KEY_RESULTS) }))).keyResults.length, MAX_KEY_RESULTS);
      const tooMany = expectFail(createObjective(createInput({ keyResults: drafts(MAX_KEY_RESULTS + 1) })), OKR_ERROR.validation);
      assert.deepEqual(failedFields(tooMany), ['keyResults']);
    });

    it('allows a draft without key results', () => {
      assert.equal(expectOk(createObjective(createInput({ keyResults: [] }))).keyResults.length, 0);
    });

    it('reports key result field errors by index', () => {
      const result = createObjective(
        createInput({
          keyResults: [
            keyResultDraft(),
            keyResultDraft({ title: '', weight: 0, spec: increaseSpec(10, 5) }),
            keyResultDraft({ weight: Number.NaN, spec: milestoneSpec([]) }),
          ],
        }),
      );
      assert.deepEqual(failedFields(expectFail(result, OKR_ERROR.validation)), [
        'keyResults.1.target',
        'keyResults.1.title',
        'keyResults.1.weight',
        'keyResults.2.steps',
        'keyResults.2.weight',
      ]);
    });

    it('refuses negative and infinite weights', () => {
      for (const weight of [-1, Number.POSITIVE_INFINITY]) {
        const result = createObjective(createInput({ keyResults: [keyResultDraft({ weight })] }));
        assert.deepEqual(failedFields(expectFail(result, OKR_ERROR.validation)), ['keyResults.0.weight']);
      }
    });

    it('refuses aligning to itself', () => {
      const result = createObjective(createInput({ alignments: [{ objectiveId: OBJECTIVE_ID, keyResultId: null }] }));
      assert.deepEqual(failedFields(expectFail(result, OKR_ERROR.validation)), ['alignments']);
    });

    it('collects several field errors at once', () => {
      const result = createObjective(
        createInput({
          title: '',
          level: 'team',
          owner: { kind: 'person', id: 'owner' },
          alignments: [{ objectiveId: OBJECTIVE_ID, keyResultId: null }],
          keyResults: drafts(MAX_KEY_RESULTS + 1),
        }),
      );
      assert.deepEqual(failedFields(expectFail(result, OKR_ERROR.validation)), ['alignments', 'keyResults', 'owner', 'title']);
    });
  });

  describe('keyResultWarnings', () => {
    it('warns above five key results only', () => {
      assert.deepEqual(keyResultWarnings(0), []);
      assert.deepEqual(keyResultWarnings(5), []);
      const six = keyResultWarnings(6);
      assert.equal(six.length, 1);
      assert.equal(six[0]!.code, 'OKR.MANY_KEY_RESULTS');
      assert.match(six[0]!.message, /^6 key results/);
      assert.equal(keyResultWarnings(10).length, 1);
    });
  });

  describe('updateObjective', () => {
    it('applies changes, bumps the revision and the timestamp', () => {
      const updated = expectOk(
        updateObjective(
          objective({ revision: 4 }),
          {
            title: '  New title ',
            description: 'New description',
            commitment: 'committed',
            contributorIds: ['a', 'b', 'a'],
            alignments: [
              { objectiveId: 'cy2026q1.obparent', keyResultId: null },
              { objectiveId: 'cy2026q1.obparent', keyResultId: null },
            ],
          },
          LATER,
        ),
      );
      assert.equal(updated.title, 'New title');
      assert.equal(updated.description, 'New description');
      assert.equal(updated.commitment, 'committed');
      assert.deepEqual(updated.contributorIds, ['a', 'b']);
      assert.deepEqual(updated.alignments, [{ objectiveId: 'cy2026q1.obparent', keyResultId: null }]);
      assert.equal(updated.revision, 5);
      assert.equal(updated.updatedAt, LATER);
    });

    it('keeps fields that are not changed', () => {
      const original = objective({ description: 'keep me', contributorIds: ['c'], alignments: [{ objectiveId: 'cy2026q1.obparent', keyResultId: null }] });
      const updated = expectOk(updateObjective(original, {}, LATER));
      assert.equal(updated.title, original.title);
      assert.equal(updated.description, 'keep me');
      assert.equal(updated.commitment, original.commitment);
      assert.deepEqual(updated.contributorIds, ['c']);
      assert.deepEqual(updated.alignments, original.alignments);
      assert.equal(updated.revision, 2);
    });

    it('refuses a closed objective with OKR.OBJECTIVE_CLOSED', () => {
      expectFail(updateObjective(objective({ state: 'closed' }), { title: 'x' }, LATER), OKR_ERROR.objectiveClosed);
    });

    it('edits draft, proposed and active objectives', () => {
      for (const state of ['draft', 'proposed', 'active'] as const) {
        assert.equal(expectOk(updateObjective(objective({ state }), { title: 'ok' }, LATER)).title, 'ok');
      }
    });

    it('refuses a blank title and self-alignment', () => {
      assert.deepEqual(failedFields(expectFail(updateObjective(objective(), { title: ' ' }, LATER), OKR_ERROR.validation)), ['title']);
      const self = updateObjective(objective(), { alignments: [{ objectiveId: OBJECTIVE_ID, keyResultId: krId('01') }] }, LATER);
      assert.deepEqual(failedFields(expectFail(self, OKR_ERROR.validation)), ['alignments']);
    });
  });

  describe('addKeyResult', () => {
    it('appends a key result with an id under the objective', () => {
      const { objective: updated, keyResult: added } = expectOk(
        addKeyResult(objective(), keyResultDraft({ title: ' Ship ', spec: milestoneSpec(['a', 'b']) }), 'zz', LATER),
      );
      assert.equal(added.id, `${OBJECTIVE_ID}.krzz`);
      assert.equal(added.title, 'Ship');
      assert.equal(added.current, 0);
      assert.equal(added.revision, 1);
      assert.equal(updated.keyResults.length, 2);
      assert.equal(updated.keyResults[1], added);
      assert.equal(updated.updatedAt, LATER);
    });

    it(`refuses the ${MAX_KEY_RESULTS + 1}th key result`, () => {
      const full = objective({ keyResults: Array.from({ length: MAX_KEY_RESULTS }, (_, i) => keyResult({ id: krId(`k${i}`) })) });
      expectFail(addKeyResult(full, keyResultDraft(), 'new1', LATER), OKR_ERROR.tooManyKeyResults);
      const nine = objective({ keyResults: full.keyResults.slice(1) });
      assert.equal(expectOk(addKeyResult(nine, keyResultDraft(), 'new1', LATER)).objective.keyResults.length, MAX_KEY_RESULTS);
    });

    it('validates the draft and refuses closed objectives', () => {
      const invalid = expectFail(addKeyResult(objective(), keyResultDraft({ spec: decreaseSpec(10, 20) }), 'zz', LATER), OKR_ERROR.validation);
      assert.deepEqual(failedFields(invalid), ['target']);
      expectFail(addKeyResult(objective({ state: 'closed' }), keyResultDraft(), 'zz', LATER), OKR_ERROR.objectiveClosed);
    });
  });

  describe('updateKeyResult', () => {
    const id = krId('01');

    it('changes fields and bumps the key result revision', () => {
      const { objective: updated, keyResult: kr } = expectOk(
        updateKeyResult(objective({ keyResults: [keyResult({ id, revision: 3 })] }), id, { title: ' Renamed ', ownerId: 'other', weight: 2 }, LATER),
      );
      assert.equal(kr.title, 'Renamed');
      assert.equal(kr.ownerId, 'other');
      assert.equal(kr.weight, 2);
      assert.equal(kr.revision, 4);
      assert.deepEqual(updated.keyResults, [kr]);
      assert.equal(updated.updatedAt, LATER);
    });

    it('refuses an unknown key result', () => {
      expectFail(updateKeyResult(objective(), krId('99'), { title: 'x' }, LATER), OKR_ERROR.unknownKeyResult);
    });

    it('refuses closed objectives', () => {
      expectFail(updateKeyResult(objective({ state: 'closed' }), id, { title: 'x' }, LATER), OKR_ERROR.objectiveClosed);
    });

    it('validates the merged key result', () => {
      const result = updateKeyResult(objective(), id, { weight: 0, spec: increaseSpec(5, 5) }, LATER);
      assert.deepEqual(failedFields(expectFail(result, OKR_ERROR.validation)), ['target', 'weight']);
    });

    it('refuses a type change after check-ins', () => {
      const checkedIn = objective({ state: 'active', keyResults: [keyResult({ id, checkInCount: 1, current: 30 })] });
      const result = updateKeyResult(checkedIn, id, { spec: binarySpec() }, LATER);
      assert.deepEqual(failedFields(expectFail(result, OKR_ERROR.validation)), ['spec']);
    });

    it('allows a type change before check-ins and resets the value', () => {
      const { keyResult: kr } = expectOk(updateKeyResult(objective({ keyResults: [keyResult({ id, current: 0 })] }), id, { spec: decreaseSpec(100, 40) }, LATER));
      assert.equal(kr.spec.type, 'decrease-to');
      assert.equal(kr.current, 100);
    });

    it('keeps the checked-in value when the spec of the same type changes after check-ins', () => {
      const checkedIn = objective({ state: 'active', keyResults: [keyResult({ id, checkInCount: 1, current: 30 })] });
      const { keyResult: kr } = expectOk(updateKeyResult(checkedIn, id, { spec: increaseSpec(0, 200) }, LATER));
      assert.deepEqual(kr.spec, increaseSpec(0, 200));
      assert.equal(kr.current, 30);
      assert.equal(kr.checkInCount, 1);
    });
  });

  describe('removeKeyResult', () => {
    const two = (state: ObjectiveState): Objective => objective({ state, keyResults: [keyResult({ id: krId('01') }), keyResult({ id: krId('02') })] });

    it('removes a key result', () => {
      const updated = expectOk(removeKeyResult(two('active'), krId('01'), LATER));
      assert.deepEqual(
        updated.keyResults.map((kr) => kr.id),
        [krId('02')],
      );
      assert.equal(updated.updatedAt, LATER);
    });

    it('refuses an unknown key result', () => {
      expectFail(removeKeyResult(two('draft'), krId('03'), LATER), OKR_ERROR.unknownKeyResult);
    });

    it('refuses removing the last key result of a proposed or active objective', () => {
      expectFail(removeKeyResult(objective({ state: 'active' }), krId('01'), LATER), OKR_ERROR.noKeyResults);
      expectFail(removeKeyResult(objective({ state: 'proposed' }), krId('01'), LATER), OKR_ERROR.noKeyResults);
    });

    it('lets a draft lose its last key result', () => {
      assert.deepEqual(expectOk(removeKeyResult(objective({ state: 'draft' }), krId('01'), LATER)).keyResults, []);
    });

    it('refuses closed objectives', () => {
      expectFail(removeKeyResult(two('closed'), krId('01'), LATER), OKR_ERROR.objectiveClosed);
    });
  });

  describe('transitions', () => {
    it('draft -> proposed with at least one key result', () => {
      const proposed = expectOk(proposeObjective(objective({ revision: 2 }), LATER));
      assert.equal(proposed.state, 'proposed');
      assert.equal(proposed.revision, 3);
      assert.equal(proposed.updatedAt, LATER);
    });

    it('draft -> proposed refused without key results', () => {
      expectFail(proposeObjective(objective({ keyResults: [] }), LATER), OKR_ERROR.noKeyResults);
    });

    it('proposed -> active records the approver and clears a previous send-back', () => {
      const proposed = objective({ state: 'proposed', sentBack: { by: 'mgr', at: NOW, comment: 'tighten' } });
      const active = expectOk(approveObjective(proposed, 'mgr', LATER));
      assert.equal(active.state, 'active');
      assert.equal(active.approvedBy, 'mgr');
      assert.equal(active.sentBack, null);
      assert.equal(active.revision, 2);
      assert.equal(active.updatedAt, LATER);
    });

    it('proposed -> draft needs a comment', () => {
      expectFail(sendBackObjective(objective({ state: 'proposed' }), 'mgr', '  ', LATER), OKR_ERROR.commentRequired);
      const draft = expectOk(sendBackObjective(objective({ state: 'proposed' }), 'mgr', '  Make it measurable ', LATER));
      assert.equal(draft.state, 'draft');
      assert.deepEqual(draft.sentBack, { by: 'mgr', at: LATER, comment: 'Make it measurable' });
      assert.equal(draft.revision, 2);
    });

    it('every other transition is OKR.INVALID_TRANSITION', () => {
      const cases: { from: ObjectiveState; to: string; run: (o: Objective) => ReturnType<typeof proposeObjective> }[] = [];
      const propose = (o: Objective) => proposeObjective(o, LATER);
      const approve = (o: Objective) => approveObjective(o, 'mgr', LATER);
      const sendBack = (o: Objective) => sendBackObjective(o, 'mgr', 'a real comment', LATER);
      for (const from of ['proposed', 'active', 'closed'] as const) cases.push({ from, to: 'proposed', run: propose });
      for (const from of ['draft', 'active', 'closed'] as const) cases.push({ from, to: 'active', run: approve });
      for (const from of ['draft', 'active', 'closed'] as const) cases.push({ from, to: 'draft', run: sendBack });
      assert.equal(cases.length, 9);
      for (const { from, to, run } of cases) {
        const failure = expectFail(run(objective({ state: from })), OKR_ERROR.invalidTransition);
        assert.deepEqual(failure.details, { from, to }, `${from} -> ${to}`);
      }
    });

    it('sending back a non-proposed objective is an invalid transition even without a comment', () => {
      expectFail(sendBackObjective(objective({ state: 'active' }), 'mgr', '', LATER), OKR_ERROR.invalidTransition);
    });
  });

  describe('participantIds', () => {
    it('lists person owner, contributors and key result owners once each', () => {
      const ids = participantIds(
        objective({
          owner: { kind: 'person', id: 'owner' },
          contributorIds: ['c1', 'owner'],
          keyResults: [keyResult({ id: krId('01'), ownerId: 'k1' }), keyResult({ id: krId('02'), ownerId: 'c1' })],
        }),
      );
      assert.deepEqual([...ids].sort(), ['c1', 'k1', 'owner']);
    });

    it('does not list a team owner', () => {
      const ids = participantIds(
        objective({ level: 'team', owner: { kind: 'team', id: 'team-1' }, contributorIds: [], keyResults: [keyResult({ ownerId: 'lead' })] }),
      );
      assert.deepEqual(ids, ['lead']);
    });
  });

  it('findKeyResult finds by id', () => {
    const o = objective();
    assert.equal(findKeyResult(o, krId('01')), o.keyResults[0]);
    assert.equal(findKeyResult(o, krId('02')), undefined);
  });
});
