import assert from 'node:assert/strict';
import { createCloudAdapterSender } from '../../bot/cloud-adapter-sender.js';
import { VERB } from '../../bot/verb-names.js';
import { notificationKey, type NotificationKind, type QueuedNotification } from '../../src/app/notifications/queued-notification.js';
import { CONTOSO, FABRIKAM, actionOf, cardOf, cardText, elements, installActivity, invoke, message, personalConversationId, startBotFixture, submitData, user, type BotFixture } from './bot-test-kit.js';

describe('bot: notification composer (reminders and digests)', function () {
  this.timeout(60_000);
  let f: BotFixture;
  let activeCycle: string;
  const queued = (key: string, kind: NotificationKind, period = '2026-W47', tenant = CONTOSO, recipientId = f.t.person(key, tenant)): QueuedNotification => {
    const n = { tenantId: tenant.tenantId, recipientId, kind, period };
    return { ...n, key: notificationKey(n), enqueuedAt: f.t.clock.now().toISOString() };
  };
  const compose = (n: QueuedNotification) => f.built.composer.compose(n);
  const ownKeyResults = async (key: string) =>
    ((await f.t.request('GET', `/cycles/${activeCycle}/objectives?participant=me&states=active&limit=100`, { as: key })).body.items as any[])
      .flatMap((o) => o.keyResults)
      .filter((kr) => kr.ownerId === f.t.person(key));

  before(async () => {
    f = await startBotFixture();
    activeCycle = await f.t.cycleId('active');
  });
  after(() => f.close());
  beforeEach(() => f.t.clock.advance(60_000));

  describe('check-in reminder', () => {
    it('is the check-in card for the recipient, one card id per notification', async () => {
      const n = queued('arjun', 'checkin-reminder');
      const composed = (await compose(n)) as any;
      assert.ok(composed);
      assert.equal(composed.type, 'message');
      assert.equal(composed.summary, 'Time for your weekly check-in');
      const card = cardOf(composed);
      const data = actionOf(card, VERB.checkinSubmit).data;
      assert.deepEqual([...data.keyResultIds].sort(), (await ownKeyResults('arjun')).map((kr) => kr.id).sort());
      assert.deepEqual(card.refresh.userIds, [f.t.person('arjun')], 'no personal chat stored yet: the Entra object id only');
      const again = cardOf(await compose(n));
      assert.equal(actionOf(again, VERB.checkinSubmit).data.cardId, data.cardId, 'a resent reminder is the same card, so it records once');
      const nextWeek = cardOf(await compose(queued('arjun', 'checkin-reminder', '2026-W48')));
      assert.notEqual(actionOf(nextWeek, VERB.checkinSubmit).data.cardId, data.cardId);
    });

    it('is null for someone who owns no key result in an active cycle, an unknown recipient, or one of another tenant', async () => {
      assert.equal(await compose(queued('zoe', 'checkin-reminder')), null);
      assert.equal(await compose(queued('olivia', 'checkin-reminder')), null, 'owns an objective but none of its key results');
      assert.equal(await compose(queued('x', 'checkin-reminder', '2026-W47', CONTOSO, '00000000-0000-4000-8000-00000000abcd')), null);
      assert.equal(await compose(queued('x', 'checkin-reminder', '2026-W47', CONTOSO, f.t.person('fab-planner', FABRIKAM))), null);
    });

    it('is null while the recipient is paused', async () => {
      const lena = user('lena');
      assert.ok(await compose(queued('lena', 'checkin-reminder')));
      await f.deliver(message(lena, 'pause 1w'));
      assert.equal(await compose(queued('lena', 'checkin-reminder')), null);
      await f.deliver(message(lena, 'resume'));
      assert.ok(await compose(queued('lena', 'checkin-reminder')));
    });

    it('is null when every key result was checked in within the tenant\'s skip window', async () => {
      const kenji = user('kenji');
      const card = cardOf((await f.deliver(message(kenji, 'checkin')))[0]);
      await f.invoke(invoke(kenji, VERB.checkinNoChange, submitData(card, VERB.checkinNoChange)));
      assert.equal(await compose(queued('kenji', 'checkin-reminder')), null, 'checked in minutes ago, window 3 days');
      f.t.clock.advance(3 * 24 * 3600_000 + 60_000);
      assert.ok(await compose(queued('kenji', 'checkin-reminder')), 'the window has passed');
      const tenant = await f.settings.getTenantSettings(CONTOSO.tenantId);
      await f.settings.saveTenantSettings({ ...tenant, reminder: { ...tenant.reminder, skipIfCheckedInWithinDays: 7 } });
      try {
        assert.equal(await compose(queued('kenji', 'checkin-reminder')), null, 'a longer window set by the tenant');
      } finally {
        await f.settings.saveTenantSettings(tenant);
      }
    });

    it('goes out through the proactive sender into the stored personal chat, and submitting it records', async () => {
      const fatima = user('fatima');
      await f.deliver(installActivity(fatima, 'add'));
      const conversation = await f.conversations.get(CONTOSO.tenantId, 'personal', fatima.aadObjectId);
      assert.ok(conversation);
      const composed = await compose(queued('fatima', 'checkin-reminder'));
      assert.ok(composed);
      assert.deepEqual(cardOf(composed).refresh.userIds, [fatima.aadObjectId, `29:${fatima.aadObjectId}`], 'the MRI from her personal chat');
      f.adapter.drain();
      const sender = createCloudAdapterSender(f.adapter, '');
      const outcome = await sender.send(conversation, composed);
      assert.equal(outcome.ok, true);
      const [sent] = f.adapter.drain();
      assert.ok(outcome.ok && outcome.activityId === sent!.id);
      assert.equal(sent!.conversation!.id, personalConversationId(fatima));
      const card = cardOf(sent);
      const [kr] = await ownKeyResults('fatima');
      const response = await f.invoke(invoke(fatima, VERB.checkinSubmit, submitData(card, VERB.checkinSubmit, { value_0: '1', confidence_0: '8' })));
      assert.match(cardText(response.body.value), /check-in recorded/);
      const after = (await ownKeyResults('fatima')).find((k) => k.id === kr.id);
      assert.equal(after.current, 1);
      assert.equal(await compose(queued('fatima', 'checkin-reminder')), null, 'checked in since it was queued');
    });
  });

  describe('manager digest', () => {
    it('lists each direct report\'s participation this week, key results at risk, quiet ones, and links to the board', async () => {
      // Monday 11:30 in Kolkata, after everything the tests above did: nobody has checked in this week but arjun, now.
      f.t.clock.set('2026-11-30T06:00:00.000Z');
      const arjun = user('arjun');
      const card0 = cardOf((await f.deliver(message(arjun, 'checkin')))[0]);
      await f.invoke(invoke(arjun, VERB.checkinNoChange, submitData(card0, VERB.checkinNoChange)));

      const composed = await compose(queued('priya', 'manager-digest'));
      assert.ok(composed);
      assert.equal((composed as any).summary, 'Your team this week');
      const card = cardOf(composed);
      const text = cardText(card);
      for (const name of ['Arjun Mehta', 'Lena Fischer', 'Kenji Tanaka', 'Fatima Zahra']) assert.ok(text.includes(name), name);
      assert.doesNotMatch(text, /Ben Carter/, 'not priya\'s report');
      const participation = elements(card).find((e) => e.id === 'participation');
      const facts = Object.fromEntries(participation.items.find((e: any) => e.type === 'FactSet').facts.map((x: any) => [x.title, x.value]));
      const arjunCount = (await ownKeyResults('arjun')).length;
      assert.equal(facts['Arjun Mehta'], `${arjunCount} of ${arjunCount} key results checked in`);
      assert.match(text, /Check-ins: 1 of 4 checked in this week/);

      const atRisk = cardText({ body: [elements(card).find((e) => e.id === 'at_risk')] });
      const reports = ['arjun', 'lena', 'kenji', 'fatima'];
      const all = (await Promise.all(reports.map((k) => ownKeyResults(k)))).flat();
      const risky = all.filter((kr) => kr.confidence !== null && kr.confidence < 7);
      assert.match(atRisk, new RegExp(`At risk or off track: ${risky.length}`));
      for (const kr of risky.slice(0, 8)) assert.ok(atRisk.includes(kr.title), kr.title);
      assert.equal(card.actions[0].type, 'Action.OpenUrl');
      assert.equal(card.actions[0].url, `${f.t.url}/#/board`);
    });

    it('lists key results with no check-in for two weeks or more', async () => {
      f.t.clock.set('2026-12-05T06:00:00.000Z');
      const week = cardOf(await compose(queued('priya', 'manager-digest', '2026-W50')));
      const quiet = cardText({ body: [elements(week).find((e) => e.id === 'stale')] });
      // Lena last checked in with the seed (19 November); the others checked in during the tests above.
      assert.match(quiet, /No check-in for 14 days or more: 1\n/);
      assert.match(quiet, /\*\*Cut median deploy time from 45 to 10 minutes\*\* \(Lena Fischer\): last check-in Thu, 19 Nov, 2026/);
      f.t.clock.set('2026-12-21T06:00:00.000Z');
      const later = cardText({ body: [elements(cardOf(await compose(queued('priya', 'manager-digest', '2026-W52')))).find((e) => e.id === 'stale')] });
      assert.match(later, /No check-in for 14 days or more: 8\n/, 'all eight key results of her four reports');
    });

    it('is null for someone with no direct reports', async () => {
      assert.equal(await compose(queued('arjun', 'manager-digest')), null);
      assert.equal(await compose(queued('x', 'manager-digest', '2026-W47', CONTOSO, '00000000-0000-4000-8000-00000000abcd')), null);
    });
  });
});
