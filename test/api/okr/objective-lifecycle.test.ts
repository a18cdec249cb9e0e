import assert from 'node:assert/strict';
import { startTestTandem, type ApiResponse, type TestTandem } from '../../support/tandem-harness.js';

/** An objective's life over HTTP: create, align, propose, send back, edit, approve, check in, key result edits. */
describe('API: objective lifecycle', function () {
  this.timeout(30_000);
  let t: TestTandem;
  let cycle: string;
  /** The platform team objective 'Run a platform nobody has to think about'. */
  let platform: any;
  let objectiveId: string;
  let etag: string;
  let kr: { increase: any; milestone: any; binary: any };

  const expectError = (res: ApiResponse, status: number, code: string): void => {
    assert.equal(res.status, status, JSON.stringify(res.body));
    assert.equal(res.body.error.code, code);
  };

  before(async () => {
    t = await startTestTandem();
    cycle = await t.cycleId('active');
    const board = await t.request('GET', `/cycles/${cycle}/objectives?team=tm-platform&level=team`, { as: 'arjun' });
    platform = board.body.items.find((o: any) => o.title === 'Run a platform nobody has to think about');
    assert.ok(platform, 'the seeded platform team objective');
  });
  after(() => t.close());

  describe('an individual objective from draft to active', () => {
    it('arjun creates an individual objective with three key results of different types, aligned to a team key result', async () => {
      const alignedKr = platform.keyResults[1];
      assert.equal(alignedKr.title, 'Automate 100% of database failovers');
      const res = await t.request('POST', `/cycles/${cycle}/objectives`, {
        as: 'arjun',
        body: {
          level: 'individual',
          owner: { kind: 'person', id: t.person('arjun') },
          title: '  Failovers nobody notices  ',
          description: 'Make database failover a non-event.',
          commitment: 'committed',
          alignments: [{ objectiveId: platform.id, keyResultId: alignedKr.id }],
          keyResults: [
            { title: 'Failover test coverage from 20% to 80%', ownerId: t.person('arjun'), weight: 2, spec: { type: 'increase-to', start: 20, target: 80, unit: 'percent' } },
            { title: 'Failover drills', ownerId: t.person('arjun'), spec: { type: 'milestone', steps: ['Plan', 'Staging', 'Production', 'Review'] } },
            { title: 'Runbook published', ownerId: t.person('arjun'), spec: { type: 'binary' } },
          ],
        },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.headers.get('etag'), '"1"');
      const o = res.body;
      objectiveId = o.id;
      assert.ok(o.id.startsWith(`${cycle}.ob`));
      assert.equal(o.state, 'draft');
      assert.equal(o.level, 'individual');
      assert.equal(o.title, 'Failovers nobody notices');
      assert.equal(o.cycleId, cycle);
      assert.deepEqual(o.owner, { kind: 'person', id: t.person('arjun') });
      assert.deepEqual(o.teamIds, ['tm-platform']);
      assert.equal(o.createdBy, t.person('arjun'));
      assert.equal(o.revision, 1);
      assert.deepEqual(
        o.keyResults.map((k: any) => [k.spec.type, k.current, k.progress, k.checkInCount, k.revision, k.weight]),
        [
          ['increase-to', 20, 0, 0, 1, 2],
          ['milestone', 0, 0, 0, 1, 1],
          ['binary', 0, 0, 0, 1, 1],
        ],
      );
      assert.equal(new Set(o.keyResults.map((k: any) => k.id)).size, 3);
      for (const k of o.keyResults) assert.ok(k.id.startsWith(`${o.id}.kr`));
      assert.equal(o.progress, 0);
      assert.equal(o.confidence, null);
      assert.equal(o.confidenceBand, null);
      kr = { increase: o.keyResults[0], milestone: o.keyResults[1], binary: o.keyResults[2] };
      etag = res.headers.get('etag')!;
    });

    it('reads it back with its parent alignment, and the parent lists it as a child', async () => {
      const res = await t.request('GET', `/objectives/${objectiveId}`, { as: 'lena' });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('etag'), '"1"');
      assert.equal(res.body.objective.id, objectiveId);
      assert.equal(res.body.objective.keyResults.length, 3);
      assert.deepEqual(res.body.parents, [
        {
          objectiveId: platform.id,
          title: 'Run a platform nobody has to think about',
          level: 'team',
          state: 'active',
          progress: platform.progress,
          keyResultId: platform.keyResults[1].id,
          keyResultTitle: platform.keyResults[1].title,
        },
      ]);
      assert.deepEqual(res.body.children, []);
      const parent = await t.request('GET', `/objectives/${platform.id}`, { as: 'arjun' });
      const child = parent.body.children.find((c: any) => c.objectiveId === objectiveId);
      assert.ok(child, 'the new objective shows as a child of the team objective');
      assert.equal(child.keyResultId, platform.keyResults[1].id);
      assert.equal(child.keyResultTitle, platform.keyResults[1].title, 'a child link names the parent key result it hangs from');
      assert.equal(child.state, 'draft');
    });

    it('refuses an alignment to a key result the parent does not have', async () => {
      const res = await t.request('POST', `/cycles/${cycle}/objectives`, {
        as: 'arjun',
        body: {
          level: 'individual',
          owner: { kind: 'person', id: t.person('arjun') },
          title: 'Misaligned',
          alignments: [{ objectiveId: platform.id, keyResultId: `${platform.id}.krnope` }],
        },
      });
      expectError(res, 422, 'OKR.ALIGNMENT_INVALID');
    });

    it('refuses an individual objective for someone else', async () => {
      const res = await t.request('POST', `/cycles/${cycle}/objectives`, {
        as: 'lena',
        body: { level: 'individual', owner: { kind: 'person', id: t.person('arjun') }, title: 'Not mine to set' },
      });
      expectError(res, 403, 'OKR.FORBIDDEN');
    });

    it('takes no check-ins while it is a draft', async () => {
      expectError(await t.request('POST', `/key-results/${kr.increase.id}/check-ins`, { as: 'arjun', body: { value: 30, confidence: 6 } }), 422, 'OKR.OBJECTIVE_NOT_ACTIVE');
    });

    it('arjun proposes it', async () => {
      const res = await t.request('POST', `/objectives/${objectiveId}/propose`, { as: 'arjun', headers: { 'if-match': etag } });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.state, 'proposed');
      assert.equal(res.headers.get('etag'), '"2"');
      etag = res.headers.get('etag')!;
    });

    it('peers cannot approve or send back; neither can arjun himself', async () => {
      for (const who of ['lena', 'kenji', 'arjun']) {
        expectError(await t.request('POST', `/objectives/${objectiveId}/approve`, { as: who }), 403, 'OKR.FORBIDDEN');
        expectError(await t.request('POST', `/objectives/${objectiveId}/send-back`, { as: who, body: { comment: 'no' } }), 403, 'OKR.FORBIDDEN');
      }
      const still = await t.request('GET', `/objectives/${objectiveId}`, { as: 'arjun' });
      assert.equal(still.body.objective.state, 'proposed');
      assert.equal(still.headers.get('etag'), etag);
    });

    it('priya (his manager) must say why when sending it back, then sends it back with a comment', async () => {
      expectError(await t.request('POST', `/objectives/${objectiveId}/send-back`, { as: 'priya', body: { comment: '   ' } }), 422, 'OKR.COMMENT_REQUIRED');
      const res = await t.request('POST', `/objectives/${objectiveId}/send-back`, {
        as: 'priya',
        headers: { 'if-match': etag },
        body: { comment: ' Make the title say what changes for on-call. ' },
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.state, 'draft');
      assert.equal(res.body.sentBack.comment, 'Make the title say what changes for on-call.');
      assert.equal(res.body.sentBack.by, t.person('priya'));
      assert.equal(res.body.sentBack.at, t.clock.now().toISOString());
      assert.equal(res.headers.get('etag'), '"3"');
      etag = res.headers.get('etag')!;
    });

    it('arjun edits it with If-Match; a stale If-Match is refused with 412', async () => {
      const stale = await t.request('PATCH', `/objectives/${objectiveId}`, { as: 'arjun', headers: { 'if-match': '"2"' }, body: { title: 'Too late' } });
      expectError(stale, 412, 'OKR.REVISION_MISMATCH');
      const res = await t.request('PATCH', `/objectives/${objectiveId}`, {
        as: 'arjun',
        headers: { 'if-match': etag },
        body: { title: 'On-call never notices a database failover' },
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.title, 'On-call never notices a database failover');
      assert.equal(res.body.state, 'draft');
      assert.equal(res.body.description, 'Make database failover a non-event.');
      assert.equal(res.headers.get('etag'), '"4"');
      etag = res.headers.get('etag')!;
    });

    it('arjun proposes again and priya approves: active', async () => {
      const proposed = await t.request('POST', `/objectives/${objectiveId}/propose`, { as: 'arjun', headers: { 'if-match': etag } });
      assert.equal(proposed.status, 200, JSON.stringify(proposed.body));
      assert.equal(proposed.body.state, 'proposed');
      const approved = await t.request('POST', `/objectives/${objectiveId}/approve`, { as: 'priya', headers: { 'if-match': proposed.headers.get('etag')! } });
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      assert.equal(approved.body.state, 'active');
      assert.equal(approved.body.approvedBy, t.person('priya'));
      assert.equal(approved.body.sentBack, null);
      assert.equal(approved.headers.get('etag'), '"6"');
      etag = approved.headers.get('etag')!;
      // Approving twice is not a transition.
      expectError(await t.request('POST', `/objectives/${objectiveId}/approve`, { as: 'priya' }), 409, 'OKR.INVALID_TRANSITION');
    });
  });

  describe('check-ins', () => {
    it('arjun checks in on each key result and progress moves as computed by hand', async () => {
      const first = await t.request('POST', `/key-results/${kr.increase.id}/check-ins`, {
        as: 'arjun',
        body: { value: 50, confidence: 8, note: 'Half the failure modes have tests.' },
      });
      assert.equal(first.status, 201, JSON.stringify(first.body));
      assert.equal(first.body.created, true);
      assert.equal(first.body.checkIn.value, 50);
      assert.equal(first.body.checkIn.confidence, 8);
      assert.equal(first.body.checkIn.note, 'Half the failure modes have tests.');
      assert.equal(first.body.checkIn.blockers, '');
      assert.equal(first.body.checkIn.authorId, t.person('arjun'));
      assert.equal(first.body.checkIn.keyResultId, kr.increase.id);
      assert.equal(first.body.checkIn.at, t.clock.now().toISOString());
      assert.equal(first.body.keyResult.current, 50);
      assert.equal(first.body.keyResult.progress, 0.5); // (50 - 20) / (80 - 20)
      assert.equal(first.body.keyResult.confidence, 8);
      assert.equal(first.body.keyResult.confidenceBand, 'on-track');
      assert.equal(first.body.keyResult.checkInCount, 1);

      let detail = await t.request('GET', `/objectives/${objectiveId}`, { as: 'arjun' });
      // Weights 2, 1, 1: (2 * 0.5 + 0 + 0) / 4
      assert.ok(Math.abs(detail.body.objective.progress - 0.25) < 1e-9, String(detail.body.objective.progress));
      assert.equal(detail.body.objective.confidence, 8);
      // Check-ins do not move the objective's revision: an editor's If-Match stays valid.
      assert.equal(detail.headers.get('etag'), etag);

      t.clock.advance(60_000);
      const milestone = await t.request('POST', `/key-results/${kr.milestone.id}/check-ins`, { as: 'arjun', body: { value: 3, confidence: 5, note: 'Production drill done.' } });
      assert.equal(milestone.status, 201, JSON.stringify(milestone.body));
      assert.equal(milestone.body.keyResult.progress, 0.75); // 3 of 4 steps
      assert.equal(milestone.body.keyResult.confidenceBand, 'at-risk');
      const binary = await t.request('POST', `/key-results/${kr.binary.id}/check-ins`, { as: 'arjun', body: { value: 1, confidence: 9 } });
      assert.equal(binary.status, 201, JSON.stringify(binary.body));
      assert.equal(binary.body.keyResult.progress, 1);

      detail = await t.request('GET', `/objectives/${objectiveId}`, { as: 'arjun' });
      const o = detail.body.objective;
      // (2 * 0.5 + 0.75 + 1) / 4 = 0.6875
      assert.ok(Math.abs(o.progress - 0.6875) < 1e-9, String(o.progress));
      assert.equal(o.confidence, 5, 'an objective is as confident as its least confident key result');
      assert.equal(o.confidenceBand, 'at-risk');
      assert.deepEqual(
        o.keyResults.map((k: any) => [k.current, k.checkInCount]),
        [
          [50, 1],
          [3, 1],
          [1, 1],
        ],
      );
    });

    it('refuses values the key result type cannot take', async () => {
      expectError(await t.request('POST', `/key-results/${kr.milestone.id}/check-ins`, { as: 'arjun', body: { value: 5, confidence: 5 } }), 422, 'OKR.INVALID_CHECK_IN_VALUE');
      expectError(await t.request('POST', `/key-results/${kr.binary.id}/check-ins`, { as: 'arjun', body: { value: 0.5, confidence: 5 } }), 422, 'OKR.INVALID_CHECK_IN_VALUE');
      expectError(await t.request('POST', `/key-results/${kr.binary.id}/check-ins`, { as: 'arjun', body: { value: 1, confidence: 11 } }), 400, 'API.VALIDATION');
    });

    it('lena (a peer) cannot check in on arjun\'s key result until she is added as a contributor', async () => {
      expectError(await t.request('POST', `/key-results/${kr.increase.id}/check-ins`, { as: 'lena', body: { value: 55, confidence: 7 } }), 403, 'OKR.FORBIDDEN');
      const added = await t.request('PATCH', `/objectives/${objectiveId}`, { as: 'arjun', headers: { 'if-match': etag }, body: { contributorIds: [t.person('lena')] } });
      assert.equal(added.status, 200, JSON.stringify(added.body));
      assert.deepEqual(added.body.contributorIds, [t.person('lena')]);
      etag = added.headers.get('etag')!;
      assert.equal(etag, '"7"');
      t.clock.advance(60_000);
      const res = await t.request('POST', `/key-results/${kr.increase.id}/check-ins`, { as: 'lena', body: { value: 56, confidence: 7, note: 'Added the replica-lag test.' } });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.checkIn.authorId, t.person('lena'));
      assert.equal(res.body.keyResult.current, 56);
      assert.ok(Math.abs(res.body.keyResult.progress - 0.6) < 1e-9); // (56 - 20) / 60
      assert.equal(res.body.keyResult.checkInCount, 2);
      // As a contributor she may check in, not edit the objective.
      expectError(await t.request('PATCH', `/objectives/${objectiveId}`, { as: 'lena', body: { title: 'Mine now' } }), 403, 'OKR.FORBIDDEN');
      const history = await t.request('GET', `/key-results/${kr.increase.id}/check-ins`, { as: 'kenji' });
      assert.equal(history.status, 200);
      assert.deepEqual(
        history.body.items.map((c: any) => [c.value, c.authorId]),
        [
          [56, t.person('lena')],
          [50, t.person('arjun')],
        ],
      );
    });
  });

  describe('key results: create, update with If-Match, delete', () => {
    let added: any;

    it('arjun adds a key result; its ETag is the key result\'s own revision', async () => {
      const res = await t.request('POST', `/objectives/${objectiveId}/key-results`, {
        as: 'arjun',
        body: { title: 'Failover time from 9 to 1 minutes', ownerId: t.person('arjun'), spec: { type: 'decrease-to', start: 9, target: 1, unit: 'number' } },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.headers.get('etag'), '"1"');
      added = res.body;
      assert.ok(added.id.startsWith(`${objectiveId}.kr`));
      assert.equal(added.current, 9);
      assert.equal(added.progress, 0);
      assert.equal(added.weight, 1);
      const detail = await t.request('GET', `/objectives/${objectiveId}`, { as: 'arjun' });
      assert.equal(detail.body.objective.keyResults.length, 4);
      expectError(
        await t.request('POST', `/objectives/${objectiveId}/key-results`, { as: 'kenji', body: { title: 'Sneaky', ownerId: t.person('kenji'), spec: { type: 'binary' } } }),
        403,
        'OKR.FORBIDDEN',
      );
    });

    it('a check-in in between does not make the key result\'s If-Match stale', async () => {
      const checkIn = await t.request('POST', `/key-results/${added.id}/check-ins`, { as: 'arjun', body: { value: 5, confidence: 6 } });
      assert.equal(checkIn.status, 201, JSON.stringify(checkIn.body));
      assert.equal(checkIn.body.keyResult.progress, 0.5); // (5 - 9) / (1 - 9)
      const res = await t.request('PATCH', `/key-results/${added.id}`, { as: 'arjun', headers: { 'if-match': '"1"' }, body: { title: 'Failover time from 9 to 1 minute', weight: 3 } });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.headers.get('etag'), '"2"');
      assert.equal(res.body.title, 'Failover time from 9 to 1 minute');
      assert.equal(res.body.weight, 3);
      assert.equal(res.body.current, 5, 'the edit keeps the checked-in value');
      assert.equal(res.body.checkInCount, 1);
      // The same If-Match a second time is stale now.
      expectError(await t.request('PATCH', `/key-results/${added.id}`, { as: 'arjun', headers: { 'if-match': '"1"' }, body: { weight: 2 } }), 412, 'OKR.REVISION_MISMATCH');
      // A key result with check-ins keeps its type.
      expectError(
        await t.request('PATCH', `/key-results/${added.id}`, { as: 'arjun', headers: { 'if-match': '"2"' }, body: { spec: { type: 'binary' } } }),
        400,
        'OKR.VALIDATION',
      );
      // Editing a key result does not move the objective's own revision either.
      const detail = await t.request('GET', `/objectives/${objectiveId}`, { as: 'arjun' });
      assert.equal(detail.headers.get('etag'), etag);
      // (2 * 0.6 + 0.75 + 1 + 3 * 0.5) / 7
      assert.ok(Math.abs(detail.body.objective.progress - (2 * 0.6 + 0.75 + 1 + 1.5) / 7) < 1e-9, String(detail.body.objective.progress));
    });

    it('deletes the key result with If-Match; a stale one is refused', async () => {
      expectError(await t.request('DELETE', `/key-results/${added.id}`, { as: 'arjun', headers: { 'if-match': '"1"' } }), 412, 'OKR.REVISION_MISMATCH');
      expectError(await t.request('DELETE', `/key-results/${added.id}`, { as: 'lena', headers: { 'if-match': '"2"' } }), 403, 'OKR.FORBIDDEN');
      const res = await t.request('DELETE', `/key-results/${added.id}`, { as: 'arjun', headers: { 'if-match': '"2"' } });
      assert.equal(res.status, 204);
      const detail = await t.request('GET', `/objectives/${objectiveId}`, { as: 'arjun' });
      assert.deepEqual(
        detail.body.objective.keyResults.map((k: any) => k.id),
        [kr.increase.id, kr.milestone.id, kr.binary.id],
      );
      expectError(await t.request('DELETE', `/key-results/${added.id}`, { as: 'arjun' }), 404, 'OKR.NOT_FOUND');
      expectError(await t.request('PATCH', `/key-results/${added.id}`, { as: 'arjun', body: { weight: 1 } }), 404, 'OKR.NOT_FOUND');
      expectError(await t.request('POST', `/key-results/${added.id}/check-ins`, { as: 'arjun', body: { value: 2, confidence: 6 } }), 404, 'OKR.NOT_FOUND');
    });
  });

  describe('company and team objectives', () => {
    it('a company objective: 403 for a non-admin, 201 for olivia (OKR admin)', async () => {
      const body = (owner: string) => ({
        level: 'company',
        owner: { kind: 'person', id: t.person(owner) },
        title: 'Be the most trusted platform in our market',
        keyResults: [{ title: 'Trust score from 60 to 75', ownerId: t.person('maria'), spec: { type: 'increase-to', start: 60, target: 75, unit: 'number' } }],
      });
      expectError(await t.request('POST', `/cycles/${cycle}/objectives`, { as: 'priya', body: body('priya') }), 403, 'OKR.FORBIDDEN');
      expectError(await t.request('POST', `/cycles/${cycle}/objectives`, { as: 'maria', body: body('maria') }), 403, 'OKR.FORBIDDEN');
      const res = await t.request('POST', `/cycles/${cycle}/objectives`, { as: 'olivia', body: body('maria') });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.level, 'company');
      assert.equal(res.body.state, 'draft');
      assert.deepEqual(res.body.owner, { kind: 'person', id: t.person('maria') });
      assert.equal(res.body.createdBy, t.person('olivia'));
    });

    it('a team objective: a member of platform creates it, a non-member cannot', async () => {
      const body = {
        level: 'team',
        owner: { kind: 'team', id: 'tm-platform' },
        title: 'Nobody waits for a database',
        alignments: [{ objectiveId: platform.id, keyResultId: null }],
        keyResults: [{ title: 'Query p99 from 800 ms to 200 ms', ownerId: t.person('kenji'), spec: { type: 'decrease-to', start: 800, target: 200, unit: 'number' } }],
      };
      for (const outsider of ['ben', 'tom', 'david']) {
        expectError(await t.request('POST', `/cycles/${cycle}/objectives`, { as: outsider, body }), 403, 'OKR.FORBIDDEN');
      }
      const res = await t.request('POST', `/cycles/${cycle}/objectives`, { as: 'kenji', body });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.deepEqual(res.body.owner, { kind: 'team', id: 'tm-platform' });
      assert.deepEqual(res.body.teamIds, ['tm-platform']);

      const proposed = await t.request('POST', `/objectives/${res.body.id}/propose`, { as: 'kenji' });
      assert.equal(proposed.status, 200, JSON.stringify(proposed.body));
      assert.equal(proposed.body.state, 'proposed');
      // Only the team's lead (priya) or an OKR admin approves: not members, not other leads, not the lead's manager.
      for (const who of ['kenji', 'arjun', 'tom', 'david', 'maria']) {
        expectError(await t.request('POST', `/objectives/${res.body.id}/approve`, { as: who }), 403, 'OKR.FORBIDDEN');
      }
      const approved = await t.request('POST', `/objectives/${res.body.id}/approve`, { as: 'priya' });
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      assert.equal(approved.body.state, 'active');
      assert.equal(approved.body.approvedBy, t.person('priya'));
    });

    it('an OKR admin may approve a team proposal too', async () => {
      const created = await t.request('POST', `/cycles/${cycle}/objectives`, {
        as: 'lena',
        body: {
          level: 'team',
          owner: { kind: 'team', id: 'tm-platform' },
          title: 'Builds that never break on main',
          keyResults: [{ title: 'Green main builds', ownerId: t.person('lena'), spec: { type: 'binary' } }],
        },
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal((await t.request('POST', `/objectives/${created.body.id}/propose`, { as: 'lena' })).status, 200);
      const approved = await t.request('POST', `/objectives/${created.body.id}/approve`, { as: 'olivia' });
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      assert.equal(approved.body.state, 'active');
      assert.equal(approved.body.approvedBy, t.person('olivia'));
    });
  });
});
