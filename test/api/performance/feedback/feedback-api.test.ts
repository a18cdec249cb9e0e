import assert from 'node:assert/strict';
import { CONTOSO, FABRIKAM, startTestTandem, type ApiResponse, type TestTandem } from '../../../support/tandem-harness.js';

/**
 * Continuous feedback over HTTP as seeded users: give, praise, request, answer, close; who sees what
 * (the recipient never sees manager-only feedback, peers never see private feedback, another tenant
 * gets 404); bad input answered with 400 and a stable code, with nothing written.
 */
describe('continuous feedback API', function () {
  this.timeout(60_000);
  let t: TestTandem;
  const fabrikamUser = FABRIKAM.people[0]!.key;

  before(async () => {
    t = await startTestTandem();
  });
  after(() => t.close());

  const ok = <T = any>(response: ApiResponse<T>, status = 200): T => {
    assert.equal(response.status, status, JSON.stringify(response.body));
    return response.body;
  };
  const failed = (response: ApiResponse, status: number, code: string, rule?: string): void => {
    assert.equal(response.status, status, JSON.stringify(response.body));
    assert.equal(response.body.error.code, code, JSON.stringify(response.body));
    if (rule) assert.equal(response.body.error.details.rule, rule, JSON.stringify(response.body));
  };
  const give = (as: string, to: string, visibility: string, text: string, extra: Record<string, unknown> = {}) =>
    t.request('POST', '/feedback', { as, body: { recipientId: t.person(to), visibility, text, ...extra } });
  const ids = (items: { id: string }[]) => items.map((i) => i.id);
  const all = async (path: string, as: string, tenant = CONTOSO) => {
    const items: any[] = [];
    let continuation: string | undefined;
    do {
      const separator = path.includes('?') ? '&' : '?';
      const page = ok(await t.request('GET', `${path}${separator}limit=100${continuation ? `&continuation=${encodeURIComponent(continuation)}` : ''}`, { as, tenant }));
      items.push(...page.items);
      continuation = page.continuationToken;
    } while (continuation);
    return items;
  };

  describe('giving feedback', () => {
    it('private feedback reaches the recipient, their manager chain and HR; never a peer', async () => {
      const created = ok(await give('lena', 'arjun', 'private', '  Great incident write-up; please share it with Mobile.  '), 201);
      assert.equal(created.visibility, 'private');
      assert.equal(created.text, 'Great incident write-up; please share it with Mobile.', 'stored trimmed');
      assert.equal(created.authorId, t.person('lena'));

      assert.ok(ids(await all('/feedback/received', 'arjun')).includes(created.id), 'the recipient sees it');
      assert.ok(ids(await all('/feedback/given', 'lena')).includes(created.id), 'the author sees it');
      for (const manager of ['priya', 'david', 'maria', 'hannah']) {
        assert.ok(ids(await all(`/people/${t.person('arjun')}/feedback`, manager)).includes(created.id), `${manager} sees it`);
      }
      for (const peer of ['kenji', 'fatima', 'tom', 'ben']) {
        failed(await t.request('GET', `/people/${t.person('arjun')}/feedback`, { as: peer }), 404, 'PERF.NOT_FOUND');
        assert.ok(!ids(await all('/feedback/received', peer)).includes(created.id));
        assert.ok(!ids(await all('/feedback/given', peer)).includes(created.id));
        assert.ok(!ids(await all('/praise', peer)).includes(created.id));
      }
    });

    it('manager-only feedback reaches the manager chain, HR and the author; the recipient never sees it', async () => {
      const created = ok(await give('kenji', 'fatima', 'manager-only', 'Fatima deserves credit for the rota fix.'), 201);
      assert.ok(!ids(await all('/feedback/received', 'fatima')).includes(created.id), 'not in the recipient’s received list');
      failed(await t.request('GET', `/people/${t.person('fatima')}/feedback`, { as: 'fatima' }), 404, 'PERF.NOT_FOUND');
      assert.ok(ids(await all('/feedback/given', 'kenji')).includes(created.id), 'the author sees it');
      for (const manager of ['priya', 'david', 'hannah']) assert.ok(ids(await all(`/people/${t.person('fatima')}/feedback`, manager)).includes(created.id), manager);
      failed(await t.request('GET', `/people/${t.person('fatima')}/feedback`, { as: 'tom' }), 404, 'PERF.NOT_FOUND');
    });

    it('praise is on the tenant’s wall for everyone in the tenant, filterable by person, and nowhere in another tenant', async () => {
      const created = ok(await give('ben', 'chloe', 'praise', 'Chloe rescued the Android release.'), 201);
      for (const as of ['sofia', 'noah', 'chloe', 'olivia']) assert.ok(ids(await all('/praise', as)).includes(created.id), as);
      const aboutChloe = await all(`/praise?about=${t.person('chloe')}`, 'noah');
      assert.ok(aboutChloe.length >= 1 && aboutChloe.every((p) => p.subjectId === t.person('chloe')));
      assert.ok(ids(await all('/feedback/given', 'ben')).includes(created.id), 'given lists include praise');
      assert.ok(!ids(await all('/feedback/received', 'chloe')).includes(created.id), 'received is private feedback; praise is on the wall');
      assert.deepEqual(ids(await all('/praise', fabrikamUser, FABRIKAM)).filter((id) => id === created.id), []);
      failed(await t.request('GET', `/praise?about=${t.person('chloe')}`, { as: fabrikamUser, tenant: FABRIKAM }), 404, 'PERF.NOT_FOUND');
    });

    it('pages with continuation tokens, newest first', async () => {
      for (const n of [1, 2, 3]) {
        t.clock.advance(60_000);
        ok(await give('sara', 'diego', 'private', `Note ${n}`), 201);
      }
      const first = ok(await t.request('GET', '/feedback/given?limit=2', { as: 'sara' }));
      assert.deepEqual(first.items.map((f: any) => f.text), ['Note 3', 'Note 2']);
      assert.ok(first.continuationToken);
      const second = ok(await t.request('GET', `/feedback/given?limit=2&continuation=${encodeURIComponent(first.continuationToken)}`, { as: 'sara' }));
      assert.deepEqual(second.items.map((f: any) => f.text), ['Note 1']);
      assert.equal(second.continuationToken, undefined);
      const received = ok(await t.request('GET', '/feedback/received?limit=2', { as: 'diego' }));
      assert.deepEqual(received.items.map((f: any) => f.text), ['Note 3', 'Note 2']);
      failed(await t.request('GET', '/feedback/given?limit=2&continuation=forged', { as: 'sara' }), 400, 'STORE.BAD_CONTINUATION');
    });

    it('refuses bad input with 400 and a stable code, and writes nothing', async () => {
      const before = (await all('/feedback/given', 'amelie')).length;
      failed(await give('amelie', 'amelie', 'private', 'Me!'), 400, 'PERF.VALIDATION', 'feedback.to-self');
      failed(await give('amelie', 'jonas', 'private', '   '), 400, 'PERF.VALIDATION', 'feedback.empty');
      failed(await give('amelie', 'jonas', 'private', 'x'.repeat(4001)), 400, 'PERF.VALIDATION', 'feedback.too-long');
      failed(await give('amelie', 'jonas', 'private', 'x'.repeat(8001)), 400, 'API.VALIDATION');
      failed(await give('amelie', 'jonas', 'public', 'Hi'), 400, 'API.VALIDATION');
      failed(await give('amelie', 'jonas', 'private', 'Hi', { anonymous: true }), 400, 'API.VALIDATION');
      failed(await give('amelie', 'jonas', 'private', 'Hi', { teamId: t.team('sales-emea') }), 400, 'PERF.VALIDATION', 'feedback.channel-not-praise');
      failed(await give('amelie', 'jonas', 'praise', 'Hi', { teamId: t.team('platform') }), 400, 'PERF.VALIDATION', 'praise.team-not-theirs');
      failed(await give('amelie', 'jonas', 'praise', 'Hi', { teamId: t.team('sales-emea') }), 400, 'PERF.VALIDATION', 'praise.channel-unavailable');
      failed(await t.request('POST', '/feedback', { as: 'amelie', rawBody: '{"recipientId":', headers: { 'content-type': 'application/json' } }), 400, 'API.MALFORMED_JSON');
      failed(await t.request('GET', '/feedback/given?limit=0', { as: 'amelie' }), 400, 'API.VALIDATION');
      failed(await t.request('GET', '/feedback/given?sort=old', { as: 'amelie' }), 400, 'API.VALIDATION');
      failed(await t.request('POST', '/feedback', { as: 'amelie', body: { recipientId: 'nobody', visibility: 'private', text: 'Hi' } }), 404, 'PERF.NOT_FOUND');
      assert.equal((await all('/feedback/given', 'amelie')).length, before, 'nothing was written');
      assert.equal((await all(`/praise?about=${t.person('jonas')}`, 'amelie')).length, 0);
    });

    it('another tenant cannot give feedback to, or read feedback about, a Contoso person: 404', async () => {
      failed(await t.request('POST', '/feedback', { as: fabrikamUser, tenant: FABRIKAM, body: { recipientId: t.person('arjun'), visibility: 'private', text: 'Hi' } }), 404, 'PERF.NOT_FOUND');
      failed(await t.request('GET', `/people/${t.person('arjun')}/feedback`, { as: fabrikamUser, tenant: FABRIKAM }), 404, 'PERF.NOT_FOUND');
      failed(await t.request('GET', `/people/${t.person('arjun')}/feedback-requests`, { as: fabrikamUser, tenant: FABRIKAM }), 404, 'PERF.NOT_FOUND');
      failed(await t.request('GET', `/praise/channels?for=${t.person('arjun')}`, { as: fabrikamUser, tenant: FABRIKAM }), 404, 'PERF.NOT_FOUND');
    });

    it('leaves an audit record HR can read', async () => {
      ok(await give('oliver', 'isabella', 'private', 'Thanks for covering my demo.'), 201);
      const trail = ok(await t.request('GET', `/people/${t.person('isabella')}/audit`, { as: 'hannah' }));
      const record = trail.items.find((r: any) => r.operation === 'feedback.give' && r.actorId === t.person('oliver'));
      assert.ok(record, 'giving feedback is audited');
      assert.deepEqual(record.entries.map((e: any) => [e.action, e.kind, e.allow]), [['write', 'feedback-private', true]]);
    });

    it('lists no praise channels while the bot is in no team channel', async () => {
      assert.deepEqual(ok(await t.request('GET', `/praise/channels?for=${t.person('arjun')}`, { as: 'lena' })), { items: [] });
      failed(await t.request('GET', '/praise/channels', { as: 'lena' }), 400, 'API.VALIDATION');
    });
  });

  describe('feedback requests', () => {
    let requestId: string;

    it('someone asks about themselves: invitees see only themselves, the requester sees everyone', async () => {
      const created = ok(
        await t.request('POST', '/feedback-requests', {
          as: 'arjun',
          body: { inviteeIds: [t.person('lena'), t.person('kenji'), t.person('lena')], questions: [' What should I keep doing? ', 'What should I change?'] },
        }),
        201,
      );
      requestId = created.id;
      assert.equal(created.subjectId, t.person('arjun'));
      assert.equal(created.requesterId, t.person('arjun'));
      assert.deepEqual(created.questions, [
        { id: 'q1', text: 'What should I keep doing?' },
        { id: 'q2', text: 'What should I change?' },
      ]);
      assert.deepEqual(created.inviteeIds, [t.person('lena'), t.person('kenji')], 'duplicates dropped');
      assert.deepEqual(created.answeredInviteeIds, []);
      assert.equal(created.canClose, true);
      assert.equal(created.canAnswer, false);

      const made = await all('/feedback-requests?scope=made', 'arjun');
      assert.ok(ids(made).includes(requestId));
      const waiting = (await all('/feedback-requests?scope=asked-of-me', 'lena')).find((r) => r.id === requestId);
      assert.ok(waiting, 'lena has it waiting');
      assert.deepEqual(waiting.inviteeIds, [t.person('lena')], 'an invitee does not learn who else was asked');
      assert.equal(waiting.answeredInviteeIds, null);
      assert.equal(waiting.answeredByMe, false);
      assert.equal(waiting.canAnswer, true);
      assert.ok(!ids(await all('/feedback-requests?scope=asked-of-me', 'fatima')).includes(requestId));
    });

    it('an invitee answers once and may change the answers while the request is open', async () => {
      const first = ok(await t.request('POST', `/feedback-requests/${requestId}/responses`, { as: 'lena', body: { answers: { q1: 'Your design docs.', q2: '' } } }), 201);
      assert.equal(first.updated, false);
      assert.deepEqual(first.response.answers, [{ questionId: 'q1', text: 'Your design docs.' }], 'blank answers dropped');
      const second = ok(await t.request('POST', `/feedback-requests/${requestId}/responses`, { as: 'lena', body: { answers: { q1: 'Your design docs.', q2: 'Delegate more.' } } }));
      assert.equal(second.updated, true);
      assert.equal(second.response.id, first.response.id, 'still one response');
      ok(await t.request('POST', `/feedback-requests/${requestId}/responses`, { as: 'kenji', body: { answers: { q2: 'Pair more often.' } } }), 201);

      const detail = ok(await t.request('GET', `/feedback-requests/${requestId}`, { as: 'arjun' }));
      assert.equal(detail.responses.length, 2);
      assert.deepEqual([...detail.request.answeredInviteeIds].sort(), [t.person('lena'), t.person('kenji')].sort());
      assert.deepEqual(detail.responses.find((r: any) => r.authorId === t.person('lena')).answers.map((a: any) => a.text), ['Your design docs.', 'Delegate more.']);
    });

    it('each reader sees the answers the policy allows: invitees their own, the manager chain and HR all, peers nothing', async () => {
      const asLena = ok(await t.request('GET', `/feedback-requests/${requestId}`, { as: 'lena' }));
      assert.deepEqual(asLena.responses.map((r: any) => r.authorId), [t.person('lena')]);
      assert.equal(asLena.myResponse.authorId, t.person('lena'));
      assert.equal(asLena.request.answeredInviteeIds, null);
      assert.equal(asLena.request.answeredByMe, true);
      for (const reader of ['priya', 'david', 'hannah']) assert.equal(ok(await t.request('GET', `/feedback-requests/${requestId}`, { as: reader })).responses.length, 2, reader);
      for (const peer of ['fatima', 'ben', 'olivia']) failed(await t.request('GET', `/feedback-requests/${requestId}`, { as: peer }), 404, 'PERF.NOT_FOUND');
      failed(await t.request('GET', `/feedback-requests/${requestId}`, { as: fabrikamUser, tenant: FABRIKAM }), 404, 'PERF.NOT_FOUND');
      failed(await t.request('GET', '/feedback-requests/frq.nobody.abc', { as: 'arjun' }), 404, 'PERF.NOT_FOUND');
      failed(await t.request('GET', '/feedback-requests/not-an-id', { as: 'arjun' }), 404, 'PERF.NOT_FOUND');
    });

    it('a manager asks about a report: the report sees the request, never who was asked or the answers', async () => {
      const created = ok(await t.request('POST', '/feedback-requests', { as: 'priya', body: { subjectId: t.person('kenji'), inviteeIds: [t.person('arjun')], questions: ['How is Kenji as an on-call partner?'] } }), 201);
      ok(await t.request('POST', `/feedback-requests/${created.id}/responses`, { as: 'arjun', body: { answers: { q1: 'Calm and thorough.' } } }), 201);
      const asKenji = ok(await t.request('GET', `/feedback-requests/${created.id}`, { as: 'kenji' }));
      assert.deepEqual(asKenji.responses, []);
      assert.deepEqual(asKenji.request.inviteeIds, []);
      assert.equal(asKenji.request.answeredInviteeIds, null);
      failed(await t.request('POST', `/feedback-requests/${created.id}/close`, { as: 'kenji' }), 403, 'PERF.FORBIDDEN');
      const aboutKenji = await all(`/people/${t.person('kenji')}/feedback-requests`, 'david');
      assert.ok(ids(aboutKenji).includes(created.id), 'the skip-level manager sees requests about the report');
      failed(await t.request('GET', `/people/${t.person('kenji')}/feedback-requests`, { as: 'lena' }), 404, 'PERF.NOT_FOUND');
      // Someone outside the reporting line may not ask about a person.
      const before = (await all('/feedback-requests?scope=made', 'tom')).length;
      const byPeer = await t.request('POST', '/feedback-requests', { as: 'tom', body: { subjectId: t.person('kenji'), inviteeIds: [t.person('ben')], questions: ['?'] } });
      assert.ok(byPeer.status === 403 || byPeer.status === 404, JSON.stringify(byPeer.body));
      assert.equal((await all('/feedback-requests?scope=made', 'tom')).length, before, 'nothing written');
      assert.ok(!(await all('/feedback-requests?scope=asked-of-me', 'ben')).some((r) => r.subjectId === t.person('kenji')));
    });

    it('only invitees answer: others get 404 (or 403 when they may read the request), and bad answers are 400', async () => {
      failed(await t.request('POST', `/feedback-requests/${requestId}/responses`, { as: 'ben', body: { answers: { q1: 'Hi' } } }), 404, 'PERF.NOT_FOUND');
      failed(await t.request('POST', `/feedback-requests/${requestId}/responses`, { as: 'priya', body: { answers: { q1: 'Hi' } } }), 403, 'PERF.FORBIDDEN');
      failed(await t.request('POST', `/feedback-requests/${requestId}/responses`, { as: 'kenji', body: { answers: { q1: '  ' } } }), 400, 'PERF.VALIDATION', 'response.empty');
      failed(await t.request('POST', `/feedback-requests/${requestId}/responses`, { as: 'kenji', body: { answers: { q9: 'Hi' } } }), 400, 'PERF.VALIDATION', 'response.unknown-question');
      failed(await t.request('POST', `/feedback-requests/${requestId}/responses`, { as: 'kenji', body: { answers: { q1: 'x'.repeat(4001) } } }), 400, 'PERF.VALIDATION', 'response.too-long');
      failed(await t.request('POST', `/feedback-requests/${requestId}/responses`, { as: 'kenji', body: { answers: { 'q1; drop': 'Hi' } } }), 400, 'API.VALIDATION');
      failed(await t.request('POST', `/feedback-requests/${requestId}/responses`, { as: 'kenji', body: { q1: 'Hi' } }), 400, 'API.VALIDATION');
      const kenjis = ok(await t.request('GET', `/feedback-requests/${requestId}`, { as: 'kenji' }));
      assert.deepEqual(kenjis.myResponse.answers, [{ questionId: 'q2', text: 'Pair more often.' }], 'the earlier answer is untouched');
    });

    it('refuses bad requests with 400 and a stable code, and writes nothing', async () => {
      const before = (await all('/feedback-requests?scope=made', 'jonas')).length;
      const post = (body: unknown) => t.request('POST', '/feedback-requests', { as: 'jonas', body });
      const q = ['How am I doing?'];
      failed(await post({ inviteeIds: [], questions: q }), 400, 'PERF.VALIDATION', 'request.no-invitees');
      failed(await post({ inviteeIds: [t.person('amelie')], questions: [] }), 400, 'PERF.VALIDATION', 'request.question-count');
      failed(await post({ inviteeIds: [t.person('amelie')], questions: ['1', '2', '3', '4', '5', '6'] }), 400, 'PERF.VALIDATION', 'request.question-count');
      failed(await post({ inviteeIds: [t.person('amelie')], questions: ['  '] }), 400, 'PERF.VALIDATION', 'request.question-empty');
      failed(await post({ inviteeIds: [t.person('jonas')], questions: q }), 400, 'PERF.VALIDATION', 'request.subject-invited');
      failed(await post({ inviteeIds: ['someone-unknown'], questions: q }), 400, 'PERF.VALIDATION', 'request.unknown-invitee');
      failed(await post({ inviteeIds: [t.person(fabrikamUser, FABRIKAM)], questions: q }), 400, 'PERF.VALIDATION', 'request.unknown-invitee');
      failed(await post({ subjectId: t.person('lukas'), inviteeIds: [t.person('lukas')], questions: q }), 400, 'PERF.VALIDATION', 'request.subject-invited');
      failed(await post({ inviteeIds: [t.person('amelie')], questions: q, deadline: 'tomorrow' }), 400, 'API.VALIDATION');
      failed(await post({ inviteeIds: t.person('amelie'), questions: q }), 400, 'API.VALIDATION');
      failed(await post({ subjectId: 'nobody', inviteeIds: [t.person('amelie')], questions: q }), 404, 'PERF.NOT_FOUND');
      failed(await t.request('GET', '/feedback-requests?scope=everything', { as: 'jonas' }), 400, 'API.VALIDATION');
      assert.equal((await all('/feedback-requests?scope=made', 'jonas')).length, before, 'nothing was written');
      assert.equal((await all('/feedback-requests?scope=asked-of-me', 'amelie')).length, 0, 'nobody was asked');
    });

    it('the requester closes the request: no more answers or changes', async () => {
      failed(await t.request('POST', `/feedback-requests/${requestId}/close`, { as: 'lena' }), 403, 'PERF.FORBIDDEN');
      failed(await t.request('POST', `/feedback-requests/${requestId}/close`, { as: 'priya' }), 403, 'PERF.FORBIDDEN');
      failed(await t.request('POST', `/feedback-requests/${requestId}/close`, { as: 'ben' }), 404, 'PERF.NOT_FOUND');
      const closed = ok(await t.request('POST', `/feedback-requests/${requestId}/close`, { as: 'arjun' }));
      assert.equal(closed.status, 'closed');
      assert.equal(closed.canClose, false);
      failed(await t.request('POST', `/feedback-requests/${requestId}/close`, { as: 'arjun' }), 409, 'PERF.REQUEST_CLOSED');
      failed(await t.request('POST', `/feedback-requests/${requestId}/responses`, { as: 'lena', body: { answers: { q1: 'Changed my mind' } } }), 409, 'PERF.REQUEST_CLOSED');
      const asLena = ok(await t.request('GET', `/feedback-requests/${requestId}`, { as: 'lena' }));
      assert.equal(asLena.request.canAnswer, false);
      assert.equal(asLena.myResponse.answers[0].text, 'Your design docs.');
    });
  });

  describe('the seeded demo', () => {
    it('has praise, private and manager-only feedback, an open request with answers, and one waiting for Priya', async () => {
      assert.ok((await all('/praise', 'priya')).length >= 4);
      assert.ok((await all('/feedback/received', 'priya')).some((f) => f.visibility === 'private'));
      assert.ok((await all(`/people/${t.person('fatima')}/feedback`, 'priya')).some((f) => f.visibility === 'manager-only'));
      const waiting = await all('/feedback-requests?scope=asked-of-me', 'priya');
      assert.ok(waiting.some((r) => r.status === 'open' && r.answeredByMe === false));
      const arjuns = waiting.find((r) => r.requesterId === t.person('arjun'));
      assert.ok(arjuns && (arjuns.answeredInviteeIds ?? []).length >= 2, 'Arjun’s request has answers (Priya, his manager, may see them)');
      assert.ok((await all('/feedback-requests?scope=made', 'priya')).some((r) => r.subjectId === t.person('fatima')));
    });
  });
});
