import assert from 'node:assert/strict';
import { VERB } from '../../bot/verb-names.js';
import { VERB_TABLE } from '../../bot/verb-table.js';
import { actionOf, cardOf, cardText, inputsOf, invoke, message, startBotFixture, submitData, user, type BotFixture } from './bot-test-kit.js';

interface KeyResultRow {
  id: string;
  title: string;
  ownerId: string;
  current: number | null;
  confidence: number | null;
  checkInCount: number;
  spec: { type: string; steps?: string[] };
}

describe('bot: the check-in card', function () {
  this.timeout(60_000);
  let f: BotFixture;
  const arjun = user('arjun');
  let cycleId: string;

  /** Arjun's own key results on active objectives of the active cycle, read through the API. */
  const ownedKeyResults = async (key = 'arjun'): Promise<KeyResultRow[]> => {
    const res = await f.t.request('GET', `/cycles/${cycleId}/objectives?participant=me&limit=100`, { as: key });
    assert.equal(res.status, 200);
    return res.body.items
      .filter((o: any) => o.state === 'active')
      .flatMap((o: any) => o.keyResults)
      .filter((kr: any) => kr.ownerId === f.t.person(key));
  };
  const keyResult = async (id: string, key = 'arjun'): Promise<KeyResultRow> => (await ownedKeyResults(key)).find((kr) => kr.id === id)!;
  const checkIns = async (id: string): Promise<any[]> => {
    const res = await f.t.request('GET', `/key-results/${id}/check-ins?limit=100`, { as: 'arjun' });
    assert.equal(res.status, 200);
    return res.body.items;
  };
  const freshCard = async (u = arjun): Promise<any> => cardOf((await f.deliver(message(u, 'checkin')))[0]);
  /** Which input belongs to which key result: the i-th id of the card's data is row i. */
  const rowOf = (card: any, keyResultId: string): number => actionOf(card, VERB.checkinSubmit).data.keyResultIds.indexOf(keyResultId);

  before(async () => {
    f = await startBotFixture();
    cycleId = await f.t.cycleId('active');
  });
  after(() => f.close());
  // Check-ins order by time: each test acts a minute after the previous one.
  beforeEach(() => f.t.clock.advance(60_000));

  it('the verb table maps every verb to one handler', () => {
    assert.deepEqual(Object.keys(VERB_TABLE).sort(), Object.values(VERB).sort());
    for (const handler of Object.values(VERB_TABLE)) assert.equal(typeof handler, 'function');
  });

  it('shows exactly my key results in the active cycle, prefilled with the last values, with a user-specific refresh', async () => {
    const mine = await ownedKeyResults();
    assert.equal(mine.length, 3, 'the seed gives arjun three key results in the current quarter');
    const card = await freshCard();
    assert.equal(card.version, '1.5');
    const submit = actionOf(card, VERB.checkinSubmit);
    assert.equal(submit.type, 'Action.Execute');
    assert.deepEqual([...submit.data.keyResultIds].sort(), mine.map((kr) => kr.id).sort());
    assert.match(submit.data.cardId, /^[A-Za-z0-9_-]{6,64}$/);
    assert.deepEqual(Object.keys(submit.data).sort(), ['cardId', 'keyResultIds', 'verb'], 'card data carries opaque ids only');
    assert.ok(actionOf(card, VERB.checkinNoChange));
    assert.ok(actionOf(card, VERB.checkinSnooze));
    assert.deepEqual(card.refresh, { action: { type: 'Action.Execute', verb: VERB.checkinRefresh, data: { ...submit.data, verb: VERB.checkinRefresh } }, userIds: [arjun.aadObjectId, `29:${arjun.aadObjectId}`] },
      'the refresh names the Entra object id and the Teams user id (MRI)');

    const inputs = new Map(inputsOf(card).map((i) => [i.id, i]));
    for (const kr of mine) {
      const row = rowOf(card, kr.id);
      const value = inputs.get(`value_${row}`);
      const confidence = inputs.get(`confidence_${row}`);
      assert.ok(value && confidence && inputs.get(`note_${row}`), `inputs for ${kr.title}`);
      assert.equal(confidence.value, kr.confidence);
      if (kr.spec.type === 'milestone') {
        assert.equal(value.type, 'Input.ChoiceSet');
        assert.equal(value.value, String(kr.current));
        assert.equal(value.choices.length, kr.spec.steps!.length + 1);
      } else {
        assert.equal(value.type, 'Input.Number');
        assert.equal(value.value, kr.current);
      }
      assert.ok(cardText(card).includes(kr.title));
    }
    assert.doesNotMatch(cardText(card), /Replicate every database across zones/, 'nothing from the closed quarter');
  });

  it('a binary key result is done / not done; draft objectives are left out', async () => {
    const card = await freshCard(user('fatima'));
    const [value] = inputsOf(card).filter((i) => i.id === 'value_0');
    assert.equal(actionOf(card, VERB.checkinSubmit).data.keyResultIds.length, 1);
    assert.deepEqual(value.choices.map((c: any) => c.title), ['Not done', 'Done']);
    assert.doesNotMatch(cardText(card), /Preview environments launched/);
  });

  it('submit records through the same use case as the API and answers with a summary within 2 s', async () => {
    const [first, second, third] = await ownedKeyResults();
    const card = await freshCard();
    const before = await checkIns(first!.id);
    const rows = { a: rowOf(card, first!.id), b: rowOf(card, second!.id), c: rowOf(card, third!.id) };
    const nextValue = (kr: KeyResultRow) => (kr.spec.type === 'milestone' ? String(Math.min((kr.current ?? 0) + 1, kr.spec.steps!.length)) : String((kr.current ?? 0) + 1));
    const data = submitData(card, VERB.checkinSubmit, {
      [`value_${rows.a}`]: nextValue(first!),
      [`confidence_${rows.a}`]: '6',
      [`note_${rows.a}`]: 'Staging drill passed.',
      [`value_${rows.b}`]: nextValue(second!),
      [`confidence_${rows.b}`]: 7,
      [`value_${rows.c}`]: '',
    });
    const response = await f.invoke(invoke(arjun, VERB.checkinSubmit, data));
    assert.equal(response.status, 200);
    assert.equal(response.body.statusCode, 200);
    assert.equal(response.body.type, 'application/vnd.microsoft.card.adaptive');
    assert.ok(response.elapsedMs < 2000, `answered in ${response.elapsedMs.toFixed(0)} ms`);
    const summary = response.body.value;
    const text = cardText(summary);
    assert.match(text, /Thanks, Arjun: check-in recorded/);
    assert.match(text, /2 key results updated/);
    assert.ok(text.includes(`Skipped: ${third!.title}`));
    assert.equal(summary.refresh, undefined, 'the summary stays');

    const after = await checkIns(first!.id);
    assert.equal(after.length, before.length + 1);
    assert.equal(after[0].value, Number(nextValue(first!)));
    assert.equal(after[0].confidence, 6);
    assert.equal(after[0].note, 'Staging drill passed.');
    assert.equal(after[0].authorId, arjun.aadObjectId);
    assert.equal((await keyResult(first!.id)).current, Number(nextValue(first!)));
    assert.equal((await keyResult(third!.id)).checkInCount, third!.checkInCount, 'the skipped one is untouched');
  });

  it('the same card submitted twice records once', async () => {
    const [kr] = await ownedKeyResults();
    const card = await freshCard();
    const row = rowOf(card, kr!.id);
    const data = submitData(card, VERB.checkinSubmit, { [`value_${row}`]: String(kr!.current), [`confidence_${row}`]: '5' });
    for (const [i, id] of actionOf(card, VERB.checkinSubmit).data.keyResultIds.entries()) if (id !== kr!.id) data[`value_${i}`] = '';
    const first = await f.invoke(invoke(arjun, VERB.checkinSubmit, data));
    assert.match(cardText(first.body.value), /check-in recorded/);
    const second = await f.invoke(invoke(arjun, VERB.checkinSubmit, data));
    assert.match(cardText(second.body.value), /already submitted; nothing new was recorded/);
    // Both at once, as a double click on a slow network would send them.
    await Promise.all([f.invoke(invoke(arjun, VERB.checkinSubmit, data)), f.invoke(invoke(arjun, VERB.checkinSubmit, data))]);
    assert.equal((await keyResult(kr!.id)).checkInCount, kr!.checkInCount + 1);
  });

  describe('validation answers inside the card and writes nothing', () => {
    const invalid = async (inputs: (row: number) => Record<string, unknown>) => {
      const mine = await ownedKeyResults();
      const card = await freshCard();
      const numeric = mine.find((kr) => kr.spec.type !== 'milestone')!;
      const row = rowOf(card, numeric.id);
      const response = await f.invoke(invoke(arjun, VERB.checkinSubmit, submitData(card, VERB.checkinSubmit, inputs(row))));
      const after = await ownedKeyResults();
      assert.deepEqual(
        after.map((kr) => kr.checkInCount),
        mine.map((kr) => kr.checkInCount),
        'nothing written',
      );
      const again = response.body.value;
      assert.deepEqual(actionOf(again, VERB.checkinSubmit).data, actionOf(card, VERB.checkinSubmit).data, 'the same card comes back');
      return { card: again, row, text: cardText(again) };
    };

    it('a value that is not a number', async () => {
      const { card, row, text } = await invalid((row) => ({ [`value_${row}`]: 'about forty' }));
      assert.match(text, /Some answers need a look/);
      assert.match(text, /Enter a number/);
      assert.ok(card.body.flatMap((c: any) => c.items ?? []).some((e: any) => e.id === `value_${row}_error`));
    });

    it('confidence 11', async () => {
      const { text } = await invalid((row) => ({ [`confidence_${row}`]: '11' }));
      assert.match(text, /Confidence is a whole number from 0 to 10/);
    });

    it('a note that is too long, with what was typed kept', async () => {
      const { card, row, text } = await invalid((row) => ({ [`note_${row}`]: 'x'.repeat(2001) }));
      assert.match(text, /At most 2000 characters \(this one has 2001\)/);
      assert.equal(inputsOf(card).find((i) => i.id === `note_${row}`).value.length, 2001);
    });

    it('a step count outside the milestone', async () => {
      const mine = await ownedKeyResults();
      const milestone = mine.find((kr) => kr.spec.type === 'milestone')!;
      const card = await freshCard();
      const row = rowOf(card, milestone.id);
      const response = await f.invoke(invoke(arjun, VERB.checkinSubmit, submitData(card, VERB.checkinSubmit, { [`value_${row}`]: '9' })));
      assert.match(cardText(response.body.value), /Choose how many of the 4 steps are done/);
      assert.equal((await keyResult(milestone.id)).checkInCount, milestone.checkInCount);
    });

    it('every value left empty', async () => {
      const card = await freshCard();
      const empty = Object.fromEntries(actionOf(card, VERB.checkinSubmit).data.keyResultIds.map((_: string, i: number) => [`value_${i}`, '']));
      const response = await f.invoke(invoke(arjun, VERB.checkinSubmit, submitData(card, VERB.checkinSubmit, empty)));
      assert.match(cardText(response.body.value), /Enter a value for at least one key result/);
    });
  });

  it('"No change this week" repeats the last values once', async () => {
    const mine = await ownedKeyResults();
    const card = await freshCard();
    const data = submitData(card, VERB.checkinNoChange);
    assert.equal(data.value_0, undefined, 'no inputs travel with No change');
    const response = await f.invoke(invoke(arjun, VERB.checkinNoChange, data));
    assert.match(cardText(response.body.value), /No change this week: noted/);
    await f.invoke(invoke(arjun, VERB.checkinNoChange, data));
    const after = await ownedKeyResults();
    for (const kr of mine) {
      const now = after.find((k) => k.id === kr.id)!;
      assert.equal(now.checkInCount, kr.checkInCount + 1);
      assert.equal(now.current, kr.current);
      assert.equal(now.confidence, kr.confidence);
    }
    assert.equal((await checkIns(mine[0]!.id))[0].note, 'No change this week.');
  });

  it('snooze puts the card away until tomorrow 09:00 local; the refresh brings it back after that', async () => {
    const resume = f.t.clock.now().toISOString();
    f.t.clock.set('2026-11-23T03:00:00.000Z'); // Monday 08:30 in Kolkata
    try {
      const card = await freshCard();
      const snoozed = (await f.invoke(invoke(arjun, VERB.checkinSnooze, submitData(card, VERB.checkinSnooze)))).body.value;
      assert.match(cardText(snoozed), /Check-in snoozed/);
      assert.equal(snoozed.refresh.action.data.snoozedUntil, '2026-11-24T03:30:00.000Z', 'Tuesday 09:00 in Asia/Kolkata');
      assert.deepEqual(snoozed.refresh.userIds, [arjun.aadObjectId, `29:${arjun.aadObjectId}`]);

      const early = await f.invoke(invoke(arjun, VERB.checkinRefresh, snoozed.refresh.action.data));
      assert.match(cardText(early.body.value), /Check-in snoozed/);
      f.t.clock.set('2026-11-24T04:00:00.000Z');
      const later = await f.invoke(invoke(arjun, VERB.checkinRefresh, snoozed.refresh.action.data));
      assert.match(cardText(later.body.value), /Weekly check-in/);
      assert.equal(actionOf(later.body.value, VERB.checkinSubmit).data.cardId, card.refresh.action.data.cardId, 'the same card instance');
      const now = await f.invoke(invoke(arjun, VERB.checkinRefresh, actionOf(snoozed, VERB.checkinRefresh).data));
      assert.match(cardText(now.body.value), /Weekly check-in/, '"Check in now" on a snoozed card');
    } finally {
      f.t.clock.set(resume);
    }
  });

  it('the refresh shows current values to the person who opens the card', async () => {
    const [kr] = await ownedKeyResults();
    const card = await freshCard();
    const response = await f.invoke(invoke(arjun, VERB.checkinRefresh, card.refresh.action.data));
    const refreshed = response.body.value;
    const row = rowOf(refreshed, kr!.id);
    const value = inputsOf(refreshed).find((i) => i.id === `value_${row}`);
    assert.equal(String(value.value), String(kr!.current));
  });

  it('a host that sends Action.Submit gets the same verb; the card is replaced in place', async () => {
    const [kr] = await ownedKeyResults();
    const card = await freshCard();
    const row = rowOf(card, kr!.id);
    const data = submitData(card, VERB.checkinSubmit, { [`value_${row}`]: String(kr!.current), [`confidence_${row}`]: '8' });
    for (const [i, id] of actionOf(card, VERB.checkinSubmit).data.keyResultIds.entries()) if (id !== kr!.id) data[`value_${i}`] = '';
    f.adapter.updates.length = 0;
    const submit = { ...message(arjun, ''), text: undefined, value: data, replyToId: 'card-activity-1' };
    const sent = await f.deliver(submit);
    assert.deepEqual(sent, [], 'no new message: the card was updated');
    assert.equal(f.adapter.updates.length, 1);
    assert.equal(f.adapter.updates[0]!.id, 'card-activity-1');
    assert.match(cardText(cardOf(f.adapter.updates[0])), /check-in recorded/);
    assert.equal((await keyResult(kr!.id)).confidence, 8);
  });

  it('someone with no key results gets a card that says so', async () => {
    const card = await freshCard(user('zoe'));
    assert.match(cardText(card), /Nothing to check in on/);
  });
});
