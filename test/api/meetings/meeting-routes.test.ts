/**
 * The meeting routes over HTTP in local mode: the roster comes from the local dev host's registered
 * meetings (POST /dev/meetings), the caller from X-Tandem-User, and the server decides the rest.
 */
import assert from 'node:assert/strict';
import { FABRIKAM, startTestTandem, type TestTandem } from '../../support/tandem-harness.js';
import { ARJUN_MEETING_NOTE, ARJUN_PRIVATE, CONFIDENTIAL_KEYS, confidentialKeysIn, PRIYA_MEETING_NOTE, PRIYA_PRIVATE_ON_ARJUN, PRIYA_REVIEW_NOTES, textsIn } from './confidential.js';

const ONE_ON_ONE = { meetingId: 'MCMxOTptZWV0aW5nX3ByaXlhLWFyanVuQHRocmVhZC52MiMw+/=', chatId: '19:meeting_priya-arjun@thread.v2' };
const TEAM_SYNC = { meetingId: 'MCMxOTptZWV0aW5nX3RlYW0tc3luYw==', chatId: '19:meeting_team-sync@thread.v2' };
const PEERS = { meetingId: 'MCMxOTptZWV0aW5nX3BlZXJz', chatId: '19:meeting_peers@thread.v2' };

describe('meetings API: side panel, 1:1 actions and stage (local roster)', function () {
  this.timeout(60_000);
  let t: TestTandem;

  const register = (meeting: { meetingId: string; chatId: string }, keys: string[], roles: Record<string, string> = {}) =>
    t.request('POST', '/dev/meetings', { body: { ...meeting, participants: keys.map((k) => ({ personId: t.person(k), role: roles[k] ?? 'attendee' })) } });
  const query = (meeting: { chatId: string }, extra: Record<string, string> = {}) => `?${new URLSearchParams({ chatId: meeting.chatId, ...extra })}`;
  const panel = (as: string, meeting: { meetingId: string; chatId: string }, extra: Record<string, string> = {}) =>
    t.request('GET', `/meetings/${encodeURIComponent(meeting.meetingId)}/side-panel${query(meeting, extra)}`, { as });
  const stage = (as: string, meeting: { meetingId: string; chatId: string }, extra: Record<string, string> = {}) =>
    t.request('GET', `/meetings/${encodeURIComponent(meeting.meetingId)}/stage${query(meeting, extra)}`, { as });

  before(async () => {
    t = await startTestTandem();
    assert.equal((await register(ONE_ON_ONE, ['priya', 'arjun'], { priya: 'organizer' })).status, 201);
    assert.equal((await register(TEAM_SYNC, ['priya', 'arjun', 'lena', 'tom'])).status, 201);
    assert.equal((await register(PEERS, ['priya', 'tom'])).status, 201);
    // Priya drafts Arjun's review (the demo cycle is in its manager phase).
    const toWrite = await t.request<{ items: { id: string; subject: { id: string } }[] }>('GET', '/reviews/to-write', { as: 'priya' });
    const packet = toWrite.body.items.find((i) => i.subject.id === t.person('arjun'))!;
    const saved = await t.request('PATCH', `/review-packets/${packet.id}/manager-review`, { as: 'priya', body: { ratings: { delivery: 4 }, comments: { delivery: 'Halved the build times.' }, summary: 'Draft: a strong half.' } });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    // Each side writes a private note on the upcoming 1:1 through the side panel.
    for (const [as, text] of [['priya', PRIYA_MEETING_NOTE], ['arjun', ARJUN_MEETING_NOTE]] as const) {
      const view = await panel(as, ONE_ON_ONE);
      const note = await t.request('PATCH', `/meetings/${encodeURIComponent(ONE_ON_ONE.meetingId)}/private-note${query(ONE_ON_ONE)}`, { as, body: { oneOnOneMeetingId: view.body.oneOnOne.meeting.id, text } });
      assert.equal(note.status, 200, JSON.stringify(note.body));
    }
  });
  after(() => t?.close());

  describe('the side panel', () => {
    it('the manager: the shared agenda, the report\'s OKRs with check-ins, open action items, her own private note and her review draft', async () => {
      const r = await panel('priya', ONE_ON_ONE, { counterpart: t.person('arjun') });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      const v = r.body;
      assert.equal(v.kind, 'one-on-one');
      assert.deepEqual(v.viewer, { id: t.person('priya'), meetingRole: 'organizer', pairRole: 'manager' });
      assert.equal(v.counterpart.id, t.person('arjun'));
      assert.equal(v.oneOnOne.report.id, t.person('arjun'));
      assert.ok(v.oneOnOne.agenda.some((p: any) => p.text === 'Conference talk proposal: can I submit?'), JSON.stringify(v.oneOnOne.agenda));
      assert.ok(v.oneOnOne.actionItems.length > 0 && v.oneOnOne.actionItems.every((a: any) => a.text && !('done' in a)));
      assert.ok(v.oneOnOne.okrs.cycles[0].objectives.length > 0, 'the report\'s OKRs');
      assert.ok(v.oneOnOne.okrs.cycles[0].objectives.some((o: any) => o.latestCheckIn), 'with their latest check-ins');
      assert.equal(v.oneOnOne.myPrivateNote.text, PRIYA_MEETING_NOTE);
      assert.equal(v.managerReview.phase, 'manager');
      assert.deepEqual(v.managerReview.ratings, { delivery: 4 });
      assert.deepEqual(v.managerReview.comments, { delivery: 'Halved the build times.' });
      assert.equal(v.managerReview.summary, 'Draft: a strong half.');
      assert.equal(v.selfReview, undefined);
      assert.deepEqual(textsIn(v, [ARJUN_PRIVATE, ARJUN_MEETING_NOTE]), [], 'never the report\'s private note');
    });

    it('the report: the same agenda, his own private note; never the manager\'s note or her draft', async () => {
      const r = await panel('arjun', ONE_ON_ONE, { counterpart: t.person('priya') });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      const v = r.body;
      assert.equal(v.kind, 'one-on-one');
      assert.equal(v.viewer.pairRole, 'report');
      const manager = await panel('priya', ONE_ON_ONE, { counterpart: t.person('arjun') });
      assert.deepEqual(v.oneOnOne.agenda.map((p: any) => p.id), manager.body.oneOnOne.agenda.map((p: any) => p.id), 'one shared agenda');
      assert.equal(v.oneOnOne.myPrivateNote.text, ARJUN_MEETING_NOTE);
      assert.equal(v.managerReview, undefined);
      assert.deepEqual(textsIn(v, [PRIYA_MEETING_NOTE, PRIYA_PRIVATE_ON_ARJUN, PRIYA_REVIEW_NOTES, 'Halved the build times', 'Draft: a strong half']), []);
      assert.deepEqual(confidentialKeysIn(v, ['managerReview', 'privateNotes', 'compensation', 'calibration']), []);
    });

    it('finds the counterpart on its own when exactly one of the caller\'s manager and reports is in the meeting', async () => {
      const arjun = await panel('arjun', ONE_ON_ONE);
      assert.equal(arjun.status, 200);
      assert.equal(arjun.body.kind, 'one-on-one');
      assert.equal(arjun.body.counterpart.id, t.person('priya'));
      const priya = await panel('priya', ONE_ON_ONE);
      assert.equal(priya.body.counterpart.id, t.person('arjun'));
      assert.equal(priya.body.managerReview.summary, 'Draft: a strong half.');
    });

    it('several candidates in a team meeting: public content and the choice, until the caller picks one', async () => {
      const r = await panel('priya', TEAM_SYNC);
      assert.equal(r.status, 200);
      assert.equal(r.body.kind, 'group');
      assert.deepEqual(r.body.candidates.map((c: any) => c.id).sort(), [t.person('arjun'), t.person('lena')].sort());
      assert.deepEqual(confidentialKeysIn(r.body), []);
      assert.equal(r.body.publicBoard.subject.kind, 'company');
      const picked = await panel('priya', TEAM_SYNC, { counterpart: t.person('lena') });
      assert.equal(picked.body.kind, 'one-on-one');
      assert.equal(picked.body.oneOnOne.report.id, t.person('lena'));
    });

    it('not a manager-report pair: public OKR content only', async () => {
      const r = await panel('priya', PEERS, { counterpart: t.person('tom') });
      assert.equal(r.status, 200);
      assert.equal(r.body.kind, 'group');
      assert.equal(r.body.publicBoard.subject.id, t.person('tom'));
      assert.deepEqual(confidentialKeysIn(r.body), []);
      // Tom with Priya's report in a team meeting: still public only.
      const tom = await panel('tom', TEAM_SYNC, { counterpart: t.person('arjun') });
      assert.equal(tom.body.kind, 'group');
      assert.deepEqual(confidentialKeysIn(tom.body), []);
      assert.deepEqual(textsIn(tom.body, [PRIYA_MEETING_NOTE, ARJUN_MEETING_NOTE, PRIYA_PRIVATE_ON_ARJUN, ARJUN_PRIVATE]), []);
    });

    it('someone outside the meeting, another tenant, a wrong chat, a counterpart not in the meeting: 404 with a code', async () => {
      const lena = await panel('lena', ONE_ON_ONE, { counterpart: t.person('arjun') });
      assert.equal(lena.status, 404);
      assert.equal(lena.body.error.code, 'MEETING.NOT_FOUND');
      const stranger = await panel('fab-planner', ONE_ON_ONE, { counterpart: t.person('arjun') });
      assert.equal(stranger.status, 404, 'a meeting of another tenant does not exist for Fabrikam');
      assert.equal(stranger.body.error.code, 'MEETING.NOT_FOUND');
      const wrongChat = await panel('priya', { ...ONE_ON_ONE, chatId: PEERS.chatId }, { counterpart: t.person('arjun') });
      assert.equal(wrongChat.status, 404);
      assert.equal(wrongChat.body.error.code, 'MEETING.NOT_FOUND');
      const notThere = await panel('priya', ONE_ON_ONE, { counterpart: t.person('lena') });
      assert.equal(notThere.status, 404);
      assert.equal(notThere.body.error.code, 'MEETING.COUNTERPART_NOT_FOUND');
      const unknown = await panel('priya', ONE_ON_ONE, { counterpart: 'not-a-person' });
      assert.equal(unknown.body.error.code, 'MEETING.COUNTERPART_NOT_FOUND');
      const self = await panel('priya', ONE_ON_ONE, { counterpart: t.person('priya') });
      assert.equal(self.body.error.code, 'MEETING.COUNTERPART_NOT_FOUND');
    });
  });

  describe('self review in the side panel', () => {
    it('while a cycle is in its self phase the report sees his own self review; the manager\'s panel never carries it', async () => {
      const today = t.clock.now().toISOString().slice(0, 10);
      const later = (days: number) => new Date(t.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
      const scale = { points: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Level ${value}` })) };
      const created = await t.request('POST', '/review-cycles', {
        as: 'hannah',
        body: {
          name: 'Probation check',
          type: 'custom',
          periodStart: later(-90),
          periodEnd: today,
          participants: { kind: 'teams', teamIds: [t.team('platform')] },
          template: { competencies: [{ id: 'craft', name: 'Craft', scale }], questions: [{ id: 'proud', text: 'What are you proud of?' }], overallScale: scale },
          deadlines: { self: later(7), peer: later(14), manager: later(21), calibration: later(28) },
        },
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const launched = await t.request('POST', `/review-cycles/${created.body.id}/launch`, { as: 'hannah' });
      assert.equal(launched.status, 200, JSON.stringify(launched.body));
      const mine = await t.request<{ items: { id: string; cycleId: string }[] }>('GET', '/reviews/mine', { as: 'arjun' });
      const packet = mine.body.items.find((p) => p.cycleId === created.body.id)!;
      const answered = await t.request('PATCH', `/review-packets/${packet.id}/self-review`, { as: 'arjun', body: { answers: { proud: 'The runner migration, and mentoring Lena.' }, ratings: { craft: 4 } } });
      assert.equal(answered.status, 200, JSON.stringify(answered.body));

      const report = await panel('arjun', ONE_ON_ONE);
      assert.equal(report.body.selfReview.cycleName, 'Probation check');
      assert.equal(report.body.selfReview.answers.proud, 'The runner migration, and mentoring Lena.');
      assert.equal(report.body.selfReview.status, 'draft');
      assert.equal(report.body.managerReview, undefined);
      const manager = await panel('priya', ONE_ON_ONE);
      assert.equal(manager.body.selfReview, undefined);
      assert.deepEqual(textsIn(manager.body, ['mentoring Lena']), [], 'a draft self review is not the manager\'s to see');
      assert.equal(manager.body.managerReview.cycleName !== 'Probation check', true, 'the manager phase review only');
    });
  });

  describe('1:1 actions from the side panel', () => {
    const base = (m: { meetingId: string }) => `/meetings/${encodeURIComponent(m.meetingId)}`;

    it('either side adds a point to the shared agenda; the other side checks it off', async () => {
      const added = await t.request('POST', `${base(ONE_ON_ONE)}/talking-points${query(ONE_ON_ONE)}`, { as: 'arjun', body: { text: 'Meeting side panel: can we try it?' } });
      assert.equal(added.status, 201, JSON.stringify(added.body));
      const seen = await panel('priya', ONE_ON_ONE);
      const point = seen.body.oneOnOne.agenda.find((p: any) => p.text === 'Meeting side panel: can we try it?');
      assert.ok(point, 'on the manager\'s agenda');
      const checked = await t.request('PATCH', `${base(ONE_ON_ONE)}/talking-points/${point.id}${query(ONE_ON_ONE)}`, { as: 'priya', body: { done: true }, headers: { 'if-match': `"${point.revision}"` } });
      assert.equal(checked.status, 200, JSON.stringify(checked.body));
      const after = await panel('arjun', ONE_ON_ONE);
      assert.equal(after.body.oneOnOne.agenda.find((p: any) => p.id === point.id).done, true);
      const stale = await t.request('PATCH', `${base(ONE_ON_ONE)}/talking-points/${point.id}${query(ONE_ON_ONE)}`, { as: 'priya', body: { done: false }, headers: { 'if-match': `"${point.revision}"` } });
      assert.equal(stale.status, 412);
    });

    it('a private note is the writer\'s alone', async () => {
      const mine = await panel('arjun', ONE_ON_ONE);
      const { meeting, myPrivateNote } = mine.body.oneOnOne;
      const saved = await t.request('PATCH', `${base(ONE_ON_ONE)}/private-note${query(ONE_ON_ONE)}`, {
        as: 'arjun',
        body: { oneOnOneMeetingId: meeting.id, text: 'Private: and the conference budget' },
        headers: { 'if-match': `"${myPrivateNote.revision}"` },
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal((await panel('arjun', ONE_ON_ONE)).body.oneOnOne.myPrivateNote.text, 'Private: and the conference budget');
      assert.deepEqual(textsIn((await panel('priya', ONE_ON_ONE)).body, ['conference budget']), []);
      // Back to what the other tests expect.
      const again = await panel('arjun', ONE_ON_ONE);
      await t.request('PATCH', `${base(ONE_ON_ONE)}/private-note${query(ONE_ON_ONE)}`, { as: 'arjun', body: { oneOnOneMeetingId: meeting.id, text: ARJUN_MEETING_NOTE }, headers: { 'if-match': `"${again.body.oneOnOne.myPrivateNote.revision}"` } });
    });

    it('1:1 actions outside a manager-report pair: 409 MEETING.NOT_A_ONE_ON_ONE, nothing written', async () => {
      const r = await t.request('POST', `${base(PEERS)}/talking-points${query(PEERS, { counterpart: t.person('tom') })}`, { as: 'priya', body: { text: 'Should not land anywhere' } });
      assert.equal(r.status, 409);
      assert.equal(r.body.error.code, 'MEETING.NOT_A_ONE_ON_ONE');
      const outsider = await t.request('POST', `${base(ONE_ON_ONE)}/talking-points${query(ONE_ON_ONE)}`, { as: 'lena', body: { text: 'Not in this meeting' } });
      assert.equal(outsider.status, 404);
    });

    it('starting today\'s 1:1 reuses the upcoming one', async () => {
      const r = await t.request('POST', `${base(ONE_ON_ONE)}/one-on-one${query(ONE_ON_ONE)}`, { as: 'priya' });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.created, false);
    });
  });

  describe('the stage', () => {
    it('the report\'s public board for the pair, with no confidential field, whatever the caller is', async () => {
      for (const as of ['priya', 'arjun']) {
        const r = await stage(as, ONE_ON_ONE);
        assert.equal(r.status, 200, JSON.stringify(r.body));
        assert.equal(r.body.board.subject.id, t.person('arjun'));
        assert.ok(r.body.board.objectives.length > 0);
        assert.deepEqual(confidentialKeysIn(r.body, [...CONFIDENTIAL_KEYS, 'ratings', 'comments', 'summary', 'myPrivateNote']), []);
        assert.deepEqual(textsIn(r.body, [PRIYA_MEETING_NOTE, ARJUN_MEETING_NOTE, PRIYA_PRIVATE_ON_ARJUN, ARJUN_PRIVATE, PRIYA_REVIEW_NOTES, 'Halved the build times']), []);
      }
      const team = await stage('priya', TEAM_SYNC, { subject: `team:${t.team('platform')}` });
      assert.equal(team.body.board.subject.name, 'Platform');
      const company = await stage('tom', PEERS);
      assert.equal(company.body.board.subject.kind, 'company');
    });

    it('asking the stage for more is refused, never answered with review data', async () => {
      const extra = await stage('priya', ONE_ON_ONE, { include: 'managerReview' });
      assert.equal(extra.status, 400);
      assert.equal(extra.body.error.code, 'API.VALIDATION');
      const outsider = await stage('lena', ONE_ON_ONE);
      assert.equal(outsider.status, 404);
      const nobody = await stage('priya', ONE_ON_ONE, { subject: 'person:nobody' });
      assert.equal(nobody.status, 404);
      assert.equal(nobody.body.error.code, 'MEETING.SUBJECT_NOT_FOUND');
    });
  });

  describe('bad input: 400 or 404 with a code, never a 500', () => {
    const bad: [string, string, unknown?][] = [
      ['GET', `/meetings/${encodeURIComponent('bad id!')}/side-panel${query(ONE_ON_ONE)}`],
      ['GET', `/meetings/${encodeURIComponent(ONE_ON_ONE.meetingId)}/side-panel`],
      ['GET', `/meetings/${encodeURIComponent(ONE_ON_ONE.meetingId)}/side-panel?chatId=not-a-chat`],
      ['GET', `/meetings/${encodeURIComponent(ONE_ON_ONE.meetingId)}/side-panel${query(ONE_ON_ONE, { tenantId: 'x' })}`],
      ['GET', `/meetings/${encodeURIComponent(ONE_ON_ONE.meetingId)}/side-panel${query(ONE_ON_ONE, { counterpart: '../../x' })}`],
      ['GET', `/meetings/${'x'.repeat(600)}/side-panel${query(ONE_ON_ONE)}`],
      ['GET', `/meetings/${encodeURIComponent(ONE_ON_ONE.meetingId)}/stage${query(ONE_ON_ONE, { subject: 'review:arjun' })}`],
      ['POST', `/meetings/${encodeURIComponent(ONE_ON_ONE.meetingId)}/talking-points${query(ONE_ON_ONE)}`, { text: '' }],
      ['POST', `/meetings/${encodeURIComponent(ONE_ON_ONE.meetingId)}/talking-points${query(ONE_ON_ONE)}`, { text: 'x', userId: 'someone' }],
      ['POST', `/meetings/${encodeURIComponent(ONE_ON_ONE.meetingId)}/talking-points${query(ONE_ON_ONE)}`, []],
      ['PATCH', `/meetings/${encodeURIComponent(ONE_ON_ONE.meetingId)}/talking-points/x${query(ONE_ON_ONE)}`, { done: 'yes' }],
      ['PATCH', `/meetings/${encodeURIComponent(ONE_ON_ONE.meetingId)}/private-note${query(ONE_ON_ONE)}`, { text: 'no meeting id' }],
      ['POST', '/dev/meetings', { meetingId: 'm', chatId: '19:x@thread.v2', participants: [] }],
      ['POST', '/dev/meetings', { meetingId: 'm', chatId: '19:x@thread.v2', participants: [{ personId: 'x', role: 'king' }] }],
    ];
    for (const [method, path, body] of bad) {
      it(`${method} ${path.slice(0, 90)} → 400`, async () => {
        const r = await t.request(method, path, { as: 'priya', ...(body !== undefined ? { body } : {}) });
        assert.equal(r.status, 400, JSON.stringify(r.body));
        assert.equal(r.body.error.code, 'API.VALIDATION');
      });
    }

    it('malformed JSON, the wrong content type, oversize and overlong text, a stale If-Match: 4xx with a code, nothing written', async () => {
      const path = `/meetings/${encodeURIComponent(ONE_ON_ONE.meetingId)}/talking-points${query(ONE_ON_ONE)}`;
      const before = (await panel('priya', ONE_ON_ONE)).body.oneOnOne.agenda.length;
      const malformed = await t.request('POST', path, { as: 'priya', rawBody: '{"text": ', headers: { 'content-type': 'application/json' } });
      assert.equal(malformed.status, 400);
      assert.equal(malformed.body.error.code, 'API.MALFORMED_JSON');
      const wrongType = await t.request('POST', path, { as: 'priya', rawBody: 'text=hi', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      assert.equal(wrongType.status, 415);
      const oversize = await t.request('POST', path, { as: 'priya', body: { text: 'x'.repeat(200_000) } });
      assert.equal(oversize.status, 413);
      const overlong = await t.request('POST', path, { as: 'priya', body: { text: 'x'.repeat(700) } });
      assert.equal(overlong.status, 400);
      assert.equal(overlong.body.error.code, 'PERF.VALIDATION');
      const blank = await t.request('POST', path, { as: 'priya', body: { text: '    ' } });
      assert.equal(blank.status, 400);
      assert.equal((await panel('priya', ONE_ON_ONE)).body.oneOnOne.agenda.length, before, 'nothing was added');
      const view = (await panel('priya', ONE_ON_ONE)).body.oneOnOne;
      const stale = await t.request('PATCH', `/meetings/${encodeURIComponent(ONE_ON_ONE.meetingId)}/private-note${query(ONE_ON_ONE)}`, {
        as: 'priya',
        body: { oneOnOneMeetingId: view.meeting.id, text: 'overwrites nothing' },
        headers: { 'if-match': `"${view.myPrivateNote.revision + 5}"` },
      });
      assert.equal(stale.status, 412);
      assert.equal((await panel('priya', ONE_ON_ONE)).body.oneOnOne.myPrivateNote.text, PRIYA_MEETING_NOTE);
      const badIfMatch = await t.request('PATCH', `/meetings/${encodeURIComponent(ONE_ON_ONE.meetingId)}/private-note${query(ONE_ON_ONE)}`, { as: 'priya', body: { oneOnOneMeetingId: view.meeting.id, text: 'x' }, headers: { 'if-match': 'nonsense' } });
      assert.equal(badIfMatch.status, 400);
    });

    it('unknown ids: 404 with a code', async () => {
      const point = await t.request('PATCH', `/meetings/${encodeURIComponent(ONE_ON_ONE.meetingId)}/talking-points/oo-nothing.p1${query(ONE_ON_ONE)}`, { as: 'priya', body: { done: true } });
      assert.equal(point.status, 404);
      assert.equal(point.body.error.code, 'PERF.NOT_FOUND');
      const note = await t.request('PATCH', `/meetings/${encodeURIComponent(ONE_ON_ONE.meetingId)}/private-note${query(ONE_ON_ONE)}`, { as: 'priya', body: { oneOnOneMeetingId: 'oo-none.m1', text: 'x' } });
      assert.equal(note.status, 404);
      const meeting = await panel('priya', { meetingId: 'never-registered', chatId: ONE_ON_ONE.chatId });
      assert.equal(meeting.status, 404);
      assert.equal(meeting.body.error.code, 'MEETING.NOT_FOUND');
      const people = await t.request('POST', '/dev/meetings', { body: { meetingId: 'm', chatId: '19:x@thread.v2', participants: [{ personId: 'nobody' }] } });
      assert.equal(people.status, 404);
      const mixed = await t.request('POST', '/dev/meetings', { body: { meetingId: 'm', chatId: '19:x@thread.v2', participants: [{ personId: t.person('priya') }, { personId: t.person('fab-planner', FABRIKAM) }] } });
      assert.equal(mixed.status, 404, 'a meeting is in one tenant');
    });
  });
});
