import assert from 'node:assert/strict';
import { CONTOSO, startTestTandem, type ApiResponse, type TestTandem } from '../../../support/tandem-harness.js';

/**
 * 1:1s over HTTP as seeded users. The pair is Tom (manager) and Ben (report), which the demo seed
 * leaves empty; David is the skip-level manager, Hannah the HR admin, Chloe a peer (also Tom's
 * report) and Fabrikam's Grace Hopper (an HR admin there) another tenant.
 */
describe('1:1s over HTTP', function () {
  this.timeout(120_000);
  let t: TestTandem;
  let ben: string;
  let tom: string;
  const OUTSIDERS = ['david', 'hannah', 'chloe', 'fab-ceo'] as const;

  before(async () => {
    t = await startTestTandem();
    ben = t.person('ben');
    tom = t.person('tom');
  });
  after(() => t.close());

  const call = <T = any>(method: string, path: string, as: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>> =>
    t.request<T>(method, path, { as, ...(body === undefined ? {} : { body }), ...(headers ? { headers } : {}) });
  const expectStatus = (res: ApiResponse, status: number, code?: string) => {
    assert.equal(res.status, status, JSON.stringify(res.body));
    if (code) assert.equal(res.body.error.code, code, JSON.stringify(res.body));
  };
  const view = async (as: string, reportId = ben, query = '') => {
    const res = await call('GET', `/one-on-ones/${reportId}${query}`, as);
    expectStatus(res, 200);
    return res.body;
  };
  const schedule = async (as: string, date: string, reportId = ben) => {
    const res = await call('POST', `/one-on-ones/${reportId}/meetings`, as, { date });
    expectStatus(res, 201);
    assert.equal(res.headers.get('etag'), '"1"');
    return res.body;
  };
  const addPoint = async (as: string, text: string, meetingId?: string, reportId = ben) => {
    const res = await call('POST', `/one-on-ones/${reportId}/talking-points`, as, meetingId ? { text, meetingId } : { text });
    expectStatus(res, 201);
    return res.body;
  };
  const agendaTexts = (v: any): string[] => v.meeting.agenda.map((i: any) => i.text);

  it('shows both sides an empty 1:1 with the report’s current OKRs as context, and nobody else that it exists', async () => {
    const asReport = await view('ben');
    const asManager = await view('tom');
    for (const v of [asReport, asManager]) {
      assert.equal(v.reportId, ben);
      assert.equal(v.managerId, tom);
      assert.deepEqual(v.meetings, []);
      assert.equal(v.meeting, null);
      assert.deepEqual(v.actionItems, []);
    }
    assert.equal(asReport.viewerRole, 'report');
    assert.equal(asManager.viewerRole, 'manager');
    assert.equal(asManager.report.displayName, 'Ben Carter');

    // The OKR context is what Ben takes part in this quarter, read from the goals store.
    const active = await t.cycleId('active');
    const objectives = (await call('GET', `/cycles/${active}/objectives?limit=500&participant=${ben}&state=active`, 'ben')).body.items as any[];
    const context = asManager.okrContext.cycles.flatMap((c: any) => c.objectives);
    assert.ok(objectives.length > 0, 'the demo gives Ben OKRs');
    assert.deepEqual(context.map((o: any) => o.id).sort(), objectives.map((o) => o.id).sort());
    for (const o of context) {
      const shared = objectives.find((x) => x.id === o.id);
      assert.ok(Math.abs(o.progress - shared.progress) < 1e-9);
      assert.equal(o.role, shared.owner.kind === 'person' && shared.owner.id === ben ? 'owner' : 'contributor');
    }
    assert.ok(context.some((o: any) => o.latestCheckIn !== null), 'latest check-ins come along');

    for (const who of OUTSIDERS) {
      expectStatus(await call('GET', `/one-on-ones/${ben}`, who), 404, 'PERF.NOT_FOUND');
      expectStatus(await call('GET', `/one-on-ones/with/${ben}`, who), 404, 'PERF.NOT_FOUND');
    }
    // From either side, "with" finds the same pair.
    assert.equal((await call('GET', `/one-on-ones/with/${tom}`, 'ben')).body.reportId, ben);
    assert.equal((await call('GET', `/one-on-ones/with/${ben}`, 'tom')).body.reportId, ben);
    expectStatus(await call('GET', `/one-on-ones/with/${t.person('lena')}`, 'tom'), 404, 'PERF.NOT_FOUND');
    expectStatus(await call('GET', `/one-on-ones/00000000-0000-4000-8000-000000000000`, 'tom'), 404, 'PERF.NOT_FOUND');
    // The CEO has no manager, so no 1:1 as a report.
    expectStatus(await call('GET', `/one-on-ones/${t.person('maria')}`, 'maria'), 404, 'PERF.NOT_FOUND');
  });

  it('asks for a meeting before talking points', async () => {
    expectStatus(await call('POST', `/one-on-ones/${ben}/talking-points`, 'ben', { text: 'Too early' }), 409, 'PERF.NO_UPCOMING_MEETING');
    assert.deepEqual((await view('ben')).meetings, []);
  });

  it('runs a meeting: both sides add points, check them off, reorder, and unchecked points carry over when it is completed', async () => {
    const first = await schedule('tom', '2026-11-25');
    const a = await addPoint('ben', 'Promotion timeline');
    const b = await addPoint('tom', 'Release retro');
    t.clock.advance(1000);
    const c = await addPoint('ben', 'Holiday cover');
    let v = await view('tom');
    assert.equal(v.meeting.id, first.id);
    assert.deepEqual(agendaTexts(v).sort(), ['Holiday cover', 'Promotion timeline', 'Release retro']);

    // Either side checks off; only the author rewords.
    const checked = await call('PATCH', `/one-on-ones/${ben}/talking-points/${b.id}`, 'ben', { done: true });
    expectStatus(checked, 200);
    assert.equal(checked.headers.get('etag'), '"2"');
    expectStatus(await call('PATCH', `/one-on-ones/${ben}/talking-points/${a.id}`, 'tom', { text: 'Reworded by the manager' }), 403, 'PERF.FORBIDDEN');
    expectStatus(await call('PATCH', `/one-on-ones/${ben}/talking-points/${a.id}`, 'ben', { text: 'Promotion timeline and scope' }), 200);
    expectStatus(await call('PATCH', `/one-on-ones/${ben}/talking-points/${a.id}`, 'ben', { text: 'stale' }, { 'If-Match': '"1"' }), 412, 'PERF.REVISION_MISMATCH');

    // Reorder: the last point moves to the top in two steps.
    v = await view('ben');
    const last = v.meeting.agenda[v.meeting.agenda.length - 1];
    expectStatus(await call('POST', `/one-on-ones/${ben}/talking-points/${last.id}/move`, 'tom', { direction: 'up' }), 200);
    expectStatus(await call('POST', `/one-on-ones/${ben}/talking-points/${last.id}/move`, 'tom', { direction: 'up' }), 200);
    v = await view('ben');
    assert.equal(v.meeting.agenda[0].id, last.id);
    expectStatus(await call('POST', `/one-on-ones/${ben}/talking-points/${last.id}/move`, 'tom', { direction: 'up' }), 400, 'PERF.VALIDATION');

    // The author takes a point back; the other side may not.
    const extra = await addPoint('tom', 'Never mind');
    expectStatus(await call('DELETE', `/one-on-ones/${ben}/talking-points/${extra.id}`, 'ben'), 403, 'PERF.FORBIDDEN');
    expectStatus(await call('DELETE', `/one-on-ones/${ben}/talking-points/${extra.id}`, 'tom'), 204);
    assert.ok(!agendaTexts(await view('tom')).includes('Never mind'));

    // Completing with no meeting after it schedules a follow-up a week later; open points move there.
    const done = await call('POST', `/one-on-ones/${ben}/meetings/${first.id}/complete`, 'ben', {});
    expectStatus(done, 200);
    assert.equal(done.body.meeting.status, 'done');
    assert.equal(done.body.next.date, '2026-12-02');
    assert.deepEqual([...done.body.meeting.carriedOverPointIds].sort(), [a.id, c.id].sort());

    v = await view('tom');
    assert.equal(v.meeting.id, done.body.next.id, 'the view opens on the next meeting');
    assert.deepEqual(agendaTexts(v).sort(), ['Holiday cover', 'Promotion timeline and scope']);
    for (const item of v.meeting.agenda) {
      assert.equal(item.state, 'open');
      assert.deepEqual(item.carriedFrom, { meetingId: first.id, date: '2026-11-25' });
    }
    const record = await view('ben', ben, `?meeting=${encodeURIComponent(first.id)}`);
    assert.deepEqual(
      record.meeting.agenda.map((i: any) => [i.text, i.state]).sort(),
      [['Holiday cover', 'carried-over'], ['Promotion timeline and scope', 'carried-over'], ['Release retro', 'done']],
    );
    assert.deepEqual(v.meetings.map((m: any) => [m.date, m.status]), [['2026-11-25', 'done'], ['2026-12-02', 'upcoming']]);

    // A completed meeting is a record.
    expectStatus(await call('POST', `/one-on-ones/${ben}/talking-points`, 'ben', { text: 'Late', meetingId: first.id }), 409, 'PERF.MEETING_DONE');
    expectStatus(await call('PATCH', `/one-on-ones/${ben}/talking-points/${b.id}`, 'tom', { done: false }), 409, 'PERF.MEETING_DONE');
    expectStatus(await call('PATCH', `/one-on-ones/${ben}/meetings/${first.id}`, 'tom', { date: '2026-11-26' }), 409, 'PERF.MEETING_DONE');
    expectStatus(await call('POST', `/one-on-ones/${ben}/meetings/${first.id}/complete`, 'tom', {}), 409, 'PERF.MEETING_DONE');
    // Its shared notes can still be written up afterwards.
    expectStatus(await call('PATCH', `/one-on-ones/${ben}/meetings/${first.id}/shared-notes`, 'tom', { text: 'Write-up' }, { 'If-Match': '"0"' }), 200);

    // Checking a carried point off in the new meeting; completing that one carries nothing of it.
    expectStatus(await call('PATCH', `/one-on-ones/${ben}/talking-points/${c.id}`, 'tom', { done: true }), 200);
    const second = await call('POST', `/one-on-ones/${ben}/meetings/${done.body.next.id}/complete`, 'tom', { nextDate: '2026-12-10' });
    expectStatus(second, 200);
    assert.deepEqual(second.body.meeting.carriedOverPointIds, [a.id]);
    assert.equal(second.body.next.date, '2026-12-10');
    v = await view('ben');
    assert.deepEqual(agendaTexts(v), ['Promotion timeline and scope']);
    // Rescheduling the upcoming meeting, with its revision.
    expectStatus(await call('PATCH', `/one-on-ones/${ben}/meetings/${v.meeting.id}`, 'ben', { date: '2026-12-11' }, { 'If-Match': '"1"' }), 200);
    expectStatus(await call('PATCH', `/one-on-ones/${ben}/meetings/${v.meeting.id}`, 'ben', { date: '2026-12-12' }, { 'If-Match': '"1"' }), 412, 'PERF.REVISION_MISMATCH');
    assert.equal((await view('tom')).meeting.date, '2026-12-11');
  });

  it('keeps private notes to their author: never in the other side’s responses, nor HR’s audit trail', async () => {
    const meetingId = (await view('tom')).meeting.id;
    const tomNote = 'TOM-PRIVATE-7f3a: consider Ben for the lead role';
    const benNote = 'BEN-PRIVATE-2c9d: ask about the transfer';
    const saved = await call('PATCH', `/one-on-ones/${ben}/meetings/${meetingId}/private-note`, 'tom', { text: tomNote }, { 'If-Match': '"0"' });
    expectStatus(saved, 200);
    assert.equal(saved.headers.get('etag'), '"1"');
    const benSaved = await call('PATCH', `/one-on-ones/${ben}/meetings/${meetingId}/private-note`, 'ben', { text: benNote });
    expectStatus(benSaved, 200);
    expectStatus(await call('PATCH', `/one-on-ones/${ben}/meetings/${meetingId}/private-note`, 'tom', { text: 'stale' }, { 'If-Match': '"0"' }), 412, 'PERF.REVISION_MISMATCH');

    // Everything each side reads or gets back from a write.
    const seenBy = async (as: string, other: string): Promise<string> => {
      const bodies = [
        await call('GET', `/one-on-ones/${ben}`, as),
        await call('GET', `/one-on-ones/${ben}?meeting=${encodeURIComponent(meetingId)}`, as),
        await call('GET', `/one-on-ones/with/${other}`, as),
        await call('GET', '/one-on-ones', as),
        await call('POST', `/one-on-ones/${ben}/talking-points`, as, { text: `point by ${as}` }),
        await call('PATCH', `/one-on-ones/${ben}/meetings/${meetingId}/shared-notes`, as, { text: `shared by ${as}` }),
        await call('POST', `/one-on-ones/${ben}/action-items`, as, { text: `action by ${as}`, ownerId: ben }),
      ];
      for (const res of bodies) assert.ok(res.status < 300, JSON.stringify(res.body));
      return JSON.stringify(bodies.map((r) => r.body));
    };
    const benSees = await seenBy('ben', tom);
    const tomSees = await seenBy('tom', ben);
    assert.ok(!benSees.includes('TOM-PRIVATE'), 'Ben never sees Tom’s private note');
    assert.ok(!tomSees.includes('BEN-PRIVATE'), 'Tom never sees Ben’s private note');
    assert.ok(benSees.includes(benNote) && tomSees.includes(tomNote), 'each sees their own');
    assert.equal((await view('tom')).meeting.myPrivateNote.text, tomNote);
    assert.equal((await view('ben')).meeting.myPrivateNote.text, benNote);

    const audit = await call('GET', `/people/${ben}/audit`, 'hannah');
    expectStatus(audit, 200);
    const trail = JSON.stringify(audit.body);
    assert.ok(!trail.includes('PRIVATE'), 'the audit trail names documents, never their text');
    assert.ok(audit.body.items.some((r: any) => r.operation === 'one-on-ones.write-private-note' && r.actorId === tom));
  });

  it('loses no talking point when both sides add at once, and keeps a check-off and a rewording made together', async () => {
    const texts = (side: string) => Array.from({ length: 15 }, (_, i) => `${side} concurrent ${i}`);
    const results = await Promise.all([...texts('ben').map((text) => call('POST', `/one-on-ones/${ben}/talking-points`, 'ben', { text })), ...texts('tom').map((text) => call('POST', `/one-on-ones/${ben}/talking-points`, 'tom', { text }))]);
    for (const res of results) expectStatus(res, 201);
    const agenda = agendaTexts(await view('ben'));
    for (const text of [...texts('ben'), ...texts('tom')]) assert.ok(agenda.includes(text), `${text} is on the agenda`);

    const point = await addPoint('ben', 'Both at once');
    const [checked, reworded] = await Promise.all([
      call('PATCH', `/one-on-ones/${ben}/talking-points/${point.id}`, 'tom', { done: true }),
      call('PATCH', `/one-on-ones/${ben}/talking-points/${point.id}`, 'ben', { text: 'Both at once, reworded' }),
    ]);
    expectStatus(checked, 200);
    expectStatus(reworded, 200);
    const after = (await view('tom')).meeting.agenda.find((i: any) => i.id === point.id);
    assert.equal(after.text, 'Both at once, reworded');
    assert.equal(after.done, true);
    assert.equal(after.revision, 3);
  });

  it('refuses a shared-notes save over the other side’s newer text', async () => {
    const meeting = (await view('tom')).meeting;
    const revision = meeting.sharedNotes.revision;
    const mine = await call('PATCH', `/one-on-ones/${ben}/meetings/${meeting.id}/shared-notes`, 'tom', { text: 'Tom wrote this' }, { 'If-Match': `"${revision}"` });
    expectStatus(mine, 200);
    assert.equal(mine.headers.get('etag'), `"${revision + 1}"`);
    expectStatus(await call('PATCH', `/one-on-ones/${ben}/meetings/${meeting.id}/shared-notes`, 'ben', { text: 'Ben wrote this' }, { 'If-Match': `"${revision}"` }), 412, 'PERF.REVISION_MISMATCH');
    assert.equal((await view('ben')).meeting.sharedNotes.text, 'Tom wrote this');
  });

  it('tracks action items for either side of the pair', async () => {
    const created = await call('POST', `/one-on-ones/${ben}/action-items`, 'tom', { text: 'Book the training', ownerId: ben, dueDate: '2026-11-20' });
    expectStatus(created, 201);
    expectStatus(await call('POST', `/one-on-ones/${ben}/action-items`, 'tom', { text: 'x', ownerId: t.person('chloe') }), 400, 'PERF.VALIDATION');
    expectStatus(await call('POST', `/one-on-ones/${ben}/action-items`, 'tom', { text: 'x', ownerId: ben, meetingId: 'oo-unknown.m1' }), 404, 'PERF.NOT_FOUND');
    const closed = await call('PATCH', `/one-on-ones/${ben}/action-items/${created.body.id}`, 'ben', { done: true }, { 'If-Match': '"1"' });
    expectStatus(closed, 200);
    assert.equal(closed.body.doneBy, ben);
    const items = (await view('tom')).actionItems;
    const mine = items.find((i: any) => i.id === created.body.id);
    assert.equal(mine.done, true);
    assert.ok(items.indexOf(mine) > items.findIndex((i: any) => !i.done), 'open items come first');
    expectStatus(await call('PATCH', `/one-on-ones/${ben}/action-items/${created.body.id}`, 'tom', { ownerId: tom, dueDate: null }), 200);
    expectStatus(await call('DELETE', `/one-on-ones/${ben}/action-items/${created.body.id}`, 'ben'), 403, 'PERF.FORBIDDEN');
    expectStatus(await call('DELETE', `/one-on-ones/${ben}/action-items/${created.body.id}`, 'tom'), 204);
    assert.ok(!(await view('ben')).actionItems.some((i: any) => i.id === created.body.id));
  });

  it('answers 404 on every endpoint to the skip-level manager, HR, a peer and another tenant, and changes nothing', async () => {
    const v = await view('tom');
    const meetingId = v.meeting.id;
    const pointId = v.meeting.agenda[0].id;
    const itemId = v.actionItems[0].id;
    const before = JSON.stringify([await view('tom'), await view('ben')]);
    const attempts: [string, string, unknown?][] = [
      ['GET', `/one-on-ones/${ben}`],
      ['GET', `/one-on-ones/${ben}?meeting=${encodeURIComponent(meetingId)}`],
      ['GET', `/one-on-ones/with/${ben}`],
      ['POST', `/one-on-ones/${ben}/meetings`, { date: '2026-12-20' }],
      ['PATCH', `/one-on-ones/${ben}/meetings/${meetingId}`, { date: '2026-12-20' }],
      ['POST', `/one-on-ones/${ben}/meetings/${meetingId}/complete`, {}],
      ['PATCH', `/one-on-ones/${ben}/meetings/${meetingId}/shared-notes`, { text: 'outsider' }],
      ['PATCH', `/one-on-ones/${ben}/meetings/${meetingId}/private-note`, { text: 'outsider' }],
      ['POST', `/one-on-ones/${ben}/talking-points`, { text: 'outsider' }],
      ['PATCH', `/one-on-ones/${ben}/talking-points/${pointId}`, { done: true }],
      ['POST', `/one-on-ones/${ben}/talking-points/${pointId}/move`, { direction: 'down' }],
      ['DELETE', `/one-on-ones/${ben}/talking-points/${pointId}`],
      ['POST', `/one-on-ones/${ben}/action-items`, { text: 'outsider', ownerId: ben }],
      ['PATCH', `/one-on-ones/${ben}/action-items/${itemId}`, { done: true }],
      ['DELETE', `/one-on-ones/${ben}/action-items/${itemId}`],
    ];
    for (const who of OUTSIDERS) {
      for (const [method, path, body] of attempts) {
        const res = await call(method, path, who, body);
        assert.equal(res.status, 404, `${who} ${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
        assert.equal(res.body.error.code, 'PERF.NOT_FOUND');
      }
      // Their own list never names this pair.
      const mine = await call('GET', '/one-on-ones', who);
      assert.ok(mine.status === 200 && !JSON.stringify(mine.body).includes(`"reportId":"${ben}"`), who);
    }
    assert.equal(JSON.stringify([await view('tom'), await view('ben')]), before);
  });

  it('refuses bad input with 400 and a code, and writes nothing', async () => {
    const v = await view('tom');
    const meetingId = v.meeting.id;
    const pointId = v.meeting.agenda[0].id;
    const itemId = v.actionItems[0]?.id ?? (await call('POST', `/one-on-ones/${ben}/action-items`, 'tom', { text: 'Keep', ownerId: ben })).body.id;
    const before = JSON.stringify([await view('tom'), await view('ben')]);
    const cases: [string, string, unknown, string][] = [
      ['POST', `/one-on-ones/${ben}/meetings`, { date: '2026-02-30' }, 'PERF.VALIDATION'],
      ['POST', `/one-on-ones/${ben}/meetings`, { date: 20261130 }, 'API.VALIDATION'],
      ['POST', `/one-on-ones/${ben}/meetings`, { date: '2026-11-30', room: 'A' }, 'API.VALIDATION'],
      ['POST', `/one-on-ones/${ben}/meetings`, {}, 'API.VALIDATION'],
      ['PATCH', `/one-on-ones/${ben}/meetings/${meetingId}`, { date: 'the 30th of November' }, 'API.VALIDATION'],
      ['PATCH', `/one-on-ones/${ben}/meetings/${meetingId}`, { date: '2026-13-01' }, 'PERF.VALIDATION'],
      ['POST', `/one-on-ones/${ben}/meetings/${meetingId}/complete`, { nextDate: '2020-01-01' }, 'PERF.VALIDATION'],
      ['POST', `/one-on-ones/${ben}/meetings/${meetingId}/complete`, { next: '2026-12-30' }, 'API.VALIDATION'],
      ['PATCH', `/one-on-ones/${ben}/meetings/${meetingId}/shared-notes`, { text: 42 }, 'API.VALIDATION'],
      ['PATCH', `/one-on-ones/${ben}/meetings/${meetingId}/shared-notes`, { text: 'x'.repeat(20_001) }, 'API.VALIDATION'],
      ['PATCH', `/one-on-ones/${ben}/meetings/${meetingId}/private-note`, { text: 'x', authorId: tom }, 'API.VALIDATION'],
      ['POST', `/one-on-ones/${ben}/talking-points`, { text: '   ' }, 'PERF.VALIDATION'],
      ['POST', `/one-on-ones/${ben}/talking-points`, { text: 'x'.repeat(700) }, 'API.VALIDATION'],
      ['POST', `/one-on-ones/${ben}/talking-points`, { text: 'ok', authorId: tom }, 'API.VALIDATION'],
      ['POST', `/one-on-ones/${ben}/talking-points`, { text: 'ok', meetingId: 'bad id!' }, 'API.VALIDATION'],
      ['PATCH', `/one-on-ones/${ben}/talking-points/${pointId}`, {}, 'API.VALIDATION'],
      ['PATCH', `/one-on-ones/${ben}/talking-points/${pointId}`, { done: 'yes' }, 'API.VALIDATION'],
      ['POST', `/one-on-ones/${ben}/talking-points/${pointId}/move`, { direction: 'left' }, 'API.VALIDATION'],
      ['POST', `/one-on-ones/${ben}/action-items`, { text: 'x' }, 'API.VALIDATION'],
      ['POST', `/one-on-ones/${ben}/action-items`, { text: '', ownerId: ben }, 'PERF.VALIDATION'],
      ['POST', `/one-on-ones/${ben}/action-items`, { text: 'x', ownerId: ben, dueDate: '2026-11-31' }, 'PERF.VALIDATION'],
      ['PATCH', `/one-on-ones/${ben}/action-items/${itemId}`, { priority: 'high' }, 'API.VALIDATION'],
      ['PATCH', `/one-on-ones/${ben}/action-items/${itemId}`, { ownerId: t.person('sara') }, 'PERF.VALIDATION'],
    ];
    for (const [method, path, body, code] of cases) {
      const res = await call(method, path, 'tom', body);
      assert.equal(res.status, 400, `${method} ${path} ${JSON.stringify(body).slice(0, 80)}: ${res.status} ${JSON.stringify(res.body)}`);
      assert.equal(res.body.error.code, code, `${method} ${path} ${JSON.stringify(body).slice(0, 80)}`);
    }
    const raw = (method: string, path: string, init: { rawBody?: string; headers?: Record<string, string> }) => t.request(method, path, { as: 'tom', ...init });
    expectStatus(await raw('POST', `/one-on-ones/${ben}/talking-points`, { rawBody: '{"text": ', headers: { 'content-type': 'application/json' } }), 400, 'API.MALFORMED_JSON');
    expectStatus(await raw('PATCH', `/one-on-ones/${ben}/meetings/${meetingId}/shared-notes`, { rawBody: '{"text":"x"}', headers: { 'content-type': 'application/json', 'if-match': 'yesterday' } }), 400, 'API.BAD_IF_MATCH');
    expectStatus(await call('GET', `/one-on-ones/${ben}?meeting=x&extra=1`, 'tom'), 400, 'API.VALIDATION');
    expectStatus(await call('GET', `/one-on-ones/${ben}?meeting=oo-none.m1`, 'tom'), 404, 'PERF.NOT_FOUND');
    assert.equal(JSON.stringify([await view('tom'), await view('ben')]), before);
  });

  it('lists the caller’s 1:1s with the next and last meeting', async () => {
    const tomList = (await call('GET', '/one-on-ones', 'tom')).body.items as any[];
    const withBen = tomList.find((i) => i.reportId === ben);
    assert.equal(withBen.viewerRole, 'manager');
    assert.equal(withBen.with.displayName, 'Ben Carter');
    assert.equal(withBen.nextMeeting.date, '2026-12-11');
    assert.equal(withBen.lastMeeting.date, '2026-12-02');
    const mine = tomList.find((i) => i.viewerRole === 'report');
    assert.equal(mine.managerId, t.person('david'));
    const benList = (await call('GET', '/one-on-ones', 'ben')).body.items as any[];
    assert.deepEqual(benList.map((i) => [i.reportId, i.viewerRole]), [[ben, 'report']]);
  });

  it('gives a new manager a fresh 1:1 and takes the old conversation from the previous one', async () => {
    const nina = t.person('nina');
    const first = await schedule('tom', '2026-11-28', nina);
    await addPoint('nina', 'Docs tooling budget', first.id, nina);
    const directory = t.tandem.okr.directory;
    const person = (await directory.getPerson(CONTOSO.tenantId, nina))!;
    const priya = t.person('priya');
    await directory.upsertPeople([{ ...person, managerId: priya, managerChain: [priya, t.person('david'), t.person('maria')] }]);
    try {
      expectStatus(await call('GET', `/one-on-ones/${nina}`, 'tom'), 404, 'PERF.NOT_FOUND');
      expectStatus(await call('POST', `/one-on-ones/${nina}/talking-points`, 'tom', { text: 'still here?' }), 404, 'PERF.NOT_FOUND');
      const fresh = await view('priya', nina);
      assert.equal(fresh.managerId, priya);
      assert.deepEqual(fresh.meetings, []);
      assert.deepEqual((await view('nina', nina)).meetings, [], 'the report starts a new series with the new manager');
    } finally {
      await directory.upsertPeople([person]);
    }
    assert.deepEqual(agendaTexts(await view('tom', nina)), ['Docs tooling budget'], 'back with Tom, the old series is there again');
  });

  it('serves the seeded demo 1:1s: a past meeting and an upcoming one with carried-over points', async () => {
    const arjun = await view('priya', t.person('arjun'));
    assert.deepEqual(arjun.meetings.map((m: any) => m.status), ['done', 'upcoming']);
    assert.ok(arjun.meeting.agenda.some((i: any) => i.carriedFrom !== null), 'a point carried over');
    assert.ok(arjun.meeting.agenda.some((i: any) => i.carriedFrom === null), 'and a new one');
    assert.ok(arjun.actionItems.length >= 2);
    const past = await view('arjun', t.person('arjun'), `?meeting=${encodeURIComponent(arjun.meetings[0].id)}`);
    assert.ok(past.meeting.sharedNotes.text.length > 0);
    assert.ok(past.meeting.myPrivateNote.text.length > 0, 'Arjun has his own private note');
    const priyaPast = await view('priya', t.person('arjun'), `?meeting=${encodeURIComponent(arjun.meetings[0].id)}`);
    assert.notEqual(priyaPast.meeting.myPrivateNote.text, past.meeting.myPrivateNote.text);
    assert.equal((await view('david', t.person('priya'))).viewerRole, 'manager');
  });
});
