import assert from 'node:assert/strict';
import { VERB } from '../../bot/verb-names.js';
import { CONTOSO, FABRIKAM, actionOf, cardOf, cardText, invoke, message, startBotFixture, submitData, user, type BotFixture } from './bot-test-kit.js';

/**
 * Card data is echoed by the client, so anyone can send anything in it. Every forged, stale or
 * foreign submission must end in an error card with nothing written.
 */
describe('bot: forged and stale card submissions', function () {
  this.timeout(60_000);
  let f: BotFixture;
  const arjun = user('arjun');
  let activeCycle: string;

  const objectivesOf = async (key: string, cycleId = activeCycle, tenant = CONTOSO) =>
    (await f.t.request('GET', `/cycles/${cycleId}/objectives?participant=me&limit=100`, { as: key, tenant })).body.items as any[];
  const keyResultsOf = async (key: string, cycleId = activeCycle, tenant = CONTOSO) =>
    (await objectivesOf(key, cycleId, tenant)).flatMap((o) => o.keyResults).filter((kr: any) => kr.ownerId === f.t.person(key, tenant));
  /** Every check-in count in Contoso's active cycle and Fabrikam's, to prove nothing was written anywhere. */
  const allCounts = async (): Promise<string> => {
    const contoso = await f.t.request('GET', `/cycles/${activeCycle}/objectives?limit=100`, { as: 'priya' });
    const fabCycle = await f.t.cycleId('active', 'fab-ceo', FABRIKAM);
    const fabrikam = await f.t.request('GET', `/cycles/${fabCycle}/objectives?limit=100`, { as: 'fab-ceo', tenant: FABRIKAM });
    return JSON.stringify([...contoso.body.items, ...fabrikam.body.items].flatMap((o: any) => o.keyResults.map((kr: any) => [kr.id, kr.checkInCount])));
  };
  const arjunCard = async () => cardOf((await f.deliver(message(arjun, 'checkin')))[0]);

  /** Submits a card with its key result ids replaced, values filled in for every row. */
  const submitWith = async (from: ReturnType<typeof user>, card: any, keyResultIds: unknown, where = {}) => {
    const data: Record<string, unknown> = { ...submitData(card, VERB.checkinSubmit), keyResultIds };
    if (Array.isArray(keyResultIds)) keyResultIds.forEach((_, i) => Object.assign(data, { [`value_${i}`]: '1', [`confidence_${i}`]: '5', [`note_${i}`]: 'forged' }));
    return (await f.invoke(invoke(from, VERB.checkinSubmit, data, where))).body;
  };

  const assertRejected = async (body: any, before: string, pattern = /out of date/) => {
    assert.equal(body.statusCode, 200);
    assert.match(cardText(body.value), pattern);
    assert.match(cardText(body.value), /Nothing was saved/);
    assert.equal(await allCounts(), before, 'nothing written');
  };

  before(async () => {
    f = await startBotFixture();
    activeCycle = await f.t.cycleId('active');
  });
  after(() => f.close());
  beforeEach(() => f.t.clock.advance(60_000));

  it('a key result id of someone else', async () => {
    const before = await allCounts();
    const kenjis = (await keyResultsOf('kenji')).map((kr: any) => kr.id);
    await assertRejected(await submitWith(arjun, await arjunCard(), [kenjis[0]]), before);
  });

  it('my own key results with one of someone else\'s slipped in: nothing of mine is written either', async () => {
    const before = await allCounts();
    const card = await arjunCard();
    const mine = actionOf(card, VERB.checkinSubmit).data.keyResultIds;
    const kenjis = (await keyResultsOf('kenji')).map((kr: any) => kr.id);
    await assertRejected(await submitWith(arjun, card, [...mine, kenjis[0]]), before);
  });

  it('a key result on an objective I contribute to but do not own is still not mine to submit from my card', async () => {
    // ravi contributes to the platform reliability objective; arjun owns one of its key results.
    const before = await allCounts();
    const ravi = user('ravi');
    const arjunsOnPlatform = (await keyResultsOf('arjun')).find((kr: any) => kr.title === 'Automate 100% of database failovers');
    const raviCard = cardOf((await f.deliver(message(ravi, 'checkin')))[0]);
    await assertRejected(await submitWith(ravi, raviCard, [arjunsOnPlatform.id]), before);
  });

  it('a malformed id', async () => {
    const before = await allCounts();
    await assertRejected(await submitWith(arjun, await arjunCard(), ['not-a-key-result']), before);
    await assertRejected(await submitWith(arjun, await arjunCard(), [`${activeCycle}.obzzzzzzzz.krzz`]), before);
  });

  it('data that does not have the card\'s shape', async () => {
    const before = await allCounts();
    await assertRejected(await submitWith(arjun, await arjunCard(), 'all of them'), before, /could not be read/);
    await assertRejected(await submitWith(arjun, await arjunCard(), []), before, /could not be read/);
    const card = await arjunCard();
    const repeated = actionOf(card, VERB.checkinSubmit).data.keyResultIds[0];
    await assertRejected(await submitWith(arjun, card, [repeated, repeated]), before, /could not be read/);
    const bad = { ...submitData(card, VERB.checkinSubmit), cardId: 'x"; DROP' };
    await assertRejected((await f.invoke(invoke(arjun, VERB.checkinSubmit, bad))).body, before, /could not be read/);
  });

  it('a stale id: the key result was deleted after the card was sent', async () => {
    const objective = (await objectivesOf('arjun')).find((o) => o.title === 'Database failover becomes boring');
    const created = await f.t.request('POST', `/objectives/${objective.id}/key-results`, {
      as: 'arjun',
      body: { title: 'Runbook reviewed by two on-call engineers', ownerId: arjun.aadObjectId, spec: { type: 'binary' } },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const card = await arjunCard();
    const ids: string[] = actionOf(card, VERB.checkinSubmit).data.keyResultIds;
    const added = (await keyResultsOf('arjun')).find((kr: any) => kr.title === 'Runbook reviewed by two on-call engineers');
    assert.ok(ids.includes(added.id), 'the new key result is on the card');
    const deleted = await f.t.request('DELETE', `/key-results/${added.id}`, { as: 'arjun' });
    assert.equal(deleted.status, 204);
    const before = await allCounts();
    const data = submitData(card, VERB.checkinSubmit, Object.fromEntries(ids.map((_, i) => [`confidence_${i}`, '5'])));
    await assertRejected((await f.invoke(invoke(arjun, VERB.checkinSubmit, data))).body, before);
    await assertRejected((await f.invoke(invoke(arjun, VERB.checkinNoChange, submitData(card, VERB.checkinNoChange)))).body, before);
  });

  it('a key result of last quarter (closed cycle)', async () => {
    const previous = await f.t.cycleId('closed');
    const old = (await keyResultsOf('arjun', previous)).find((kr: any) => kr.title === 'Replicate every database across zones');
    assert.ok(old);
    const before = await allCounts();
    await assertRejected(await submitWith(arjun, await arjunCard(), [old.id]), before, /Check-ins are closed/);
  });

  it('a card sent by a user id from another tenant', async () => {
    const before = await allCounts();
    const card = await arjunCard();
    const fab = user('fab-planner', FABRIKAM);
    // Fabrikam's user posing in Contoso: unknown there.
    const posing = await submitWith(fab, card, actionOf(card, VERB.checkinSubmit).data.keyResultIds, { tenantId: CONTOSO.tenantId });
    await assertRejected(posing, before, /Who are you\?/);
    // Fabrikam's user in Fabrikam with Contoso's ids: not found in Fabrikam.
    const foreign = await submitWith(fab, card, actionOf(card, VERB.checkinSubmit).data.keyResultIds);
    await assertRejected(foreign, before);
  });

  it('an activity whose conversation and channel data name different tenants', async () => {
    const before = await allCounts();
    const card = await arjunCard();
    const activity = invoke(arjun, VERB.checkinSubmit, submitData(card, VERB.checkinSubmit));
    activity.channelData = { tenant: { id: FABRIKAM.tenantId } };
    await assertRejected((await f.invoke(activity)).body, before, /Who are you\?/);
  });

  it('an unknown verb', async () => {
    const before = await allCounts();
    const card = await arjunCard();
    await assertRejected((await f.invoke(invoke(arjun, 'checkin.approve-everything', submitData(card, VERB.checkinSubmit)))).body, before, /not supported/);
  });

  it('the refresh of someone else\'s card shows my own key results, never theirs', async () => {
    const kenjiCard = cardOf((await f.deliver(message(user('kenji'), 'checkin')))[0]);
    const response = await f.invoke(invoke(arjun, VERB.checkinRefresh, kenjiCard.refresh.action.data));
    const mine = (await keyResultsOf('arjun')).map((kr: any) => kr.id).sort();
    assert.deepEqual([...actionOf(response.body.value, VERB.checkinSubmit).data.keyResultIds].sort(), mine);
    assert.doesNotMatch(cardText(response.body.value), /Noisy alerts/);
  });
});
