import assert from 'node:assert/strict';
import { SETTINGS_INPUT } from '../../bot/cards/settings-card.js';
import { VERB } from '../../bot/verb-names.js';
import { CONTOSO, actionOf, cardOf, cardText, inputsOf, invoke, message, startBotFixture, user, type BotFixture } from './bot-test-kit.js';

describe('bot: pause, resume and reminder settings', function () {
  this.timeout(60_000);
  let f: BotFixture;
  const arjun = user('arjun'); // Asia/Kolkata
  const lena = user('lena'); // Europe/Berlin
  const prefs = (u = arjun) => f.settings.getPreferences(CONTOSO.tenantId, u.aadObjectId);
  const say = async (u: ReturnType<typeof user>, text: string) => (await f.deliver(message(u, text))).map((a) => a.text ?? '').join('\n');

  before(async () => {
    f = await startBotFixture();
  });
  after(() => f.close());

  it('pause 2w: no reminders for fourteen days from now', async () => {
    const reply = await say(arjun, 'pause 2w');
    const now = f.t.clock.now().getTime();
    assert.equal((await prefs()).pausedUntil, new Date(now + 14 * 24 * 3600_000).toISOString());
    assert.match(reply, /Reminders paused until .*2026/);
    assert.match(reply, /resume/);
  });

  it('pause with no argument pauses for the default two weeks; "pause for 10 days" and "pause 3 weeks" read too', async () => {
    const now = f.t.clock.now().getTime();
    await say(lena, 'pause');
    assert.equal((await prefs(lena)).pausedUntil, new Date(now + 14 * 24 * 3600_000).toISOString());
    await say(lena, 'pause for 10 days');
    assert.equal((await prefs(lena)).pausedUntil, new Date(now + 10 * 24 * 3600_000).toISOString());
    await say(lena, 'Pause 3 weeks');
    assert.equal((await prefs(lena)).pausedUntil, new Date(now + 21 * 24 * 3600_000).toISOString());
  });

  it('pause 2026-12-24: until the start of that day in my own time zone', async () => {
    await say(arjun, 'pause 2026-12-24');
    assert.equal((await prefs()).pausedUntil, '2026-12-23T18:30:00.000Z', 'midnight in Kolkata');
    await say(lena, 'pause until 2026-12-24');
    assert.equal((await prefs(lena)).pausedUntil, '2026-12-23T23:00:00.000Z', 'midnight in Berlin');
  });

  it('pause refuses dates in the past, impossible dates, lengths over a year and nonsense, and saves nothing', async () => {
    const before = (await prefs()).pausedUntil;
    assert.match(await say(arjun, 'pause 2020-01-01'), /has passed/);
    assert.match(await say(arjun, 'pause 2026-02-30'), /not a date/);
    assert.match(await say(arjun, 'pause 500d'), /up to 366 days/);
    assert.match(await say(arjun, 'pause 2029-01-01'), /at most 366 days/);
    assert.match(await say(arjun, 'pause forever'), /did not understand "forever"/);
    assert.equal((await prefs()).pausedUntil, before);
  });

  it('resume: reminders back on, and the settings card says so', async () => {
    assert.match(await say(arjun, 'resume'), /Welcome back: reminders are on again, Monday at 09:00/);
    assert.equal((await prefs()).pausedUntil, null);
    assert.match(await say(arjun, 'resume'), /were not paused/);
    assert.match(cardText(cardOf((await f.deliver(message(arjun, 'settings')))[0])), /Reminders\non/);
  });

  it('the settings card shows a pause in my time zone', async () => {
    await say(lena, 'pause 2026-12-24');
    const text = cardText(cardOf((await f.deliver(message(lena, 'settings')))[0]));
    assert.match(text, /paused until Do\., 24\. Dez\. 2026/, 'dates follow her locale (de-DE), as in the tab');
  });

  describe('settings save', () => {
    const save = async (u: ReturnType<typeof user>, inputs: Record<string, unknown>) => {
      const card = cardOf((await f.deliver(message(u, 'settings')))[0]);
      const action = actionOf(card, VERB.settingsSave);
      const defaults = Object.fromEntries(inputsOf(card).map((i) => [i.id, i.value]));
      return (await f.invoke(invoke(u, VERB.settingsSave, { ...defaults, ...inputs, ...action.data }))).body.value;
    };

    it('saves my own day and time and shows it', async () => {
      const card = await save(arjun, { [SETTINGS_INPUT.day]: 'wednesday', [SETTINGS_INPUT.time]: '14:30' });
      assert.match(cardText(card), /Saved: your reminder comes Wednesday at 14:30/);
      assert.match(cardText(card), /Weekly reminder\nWednesday at 14:30\n/);
      const saved = await prefs();
      assert.deepEqual(saved.reminderSlot, { day: 'wednesday', time: '14:30' });
      assert.equal(saved.updatedAt, f.t.clock.now().toISOString());
    });

    it('normalises a time without a leading zero', async () => {
      await save(arjun, { [SETTINGS_INPUT.day]: 'Friday', [SETTINGS_INPUT.time]: '8:05' });
      assert.deepEqual((await prefs()).reminderSlot, { day: 'friday', time: '08:05' });
    });

    it('refuses an unknown day or a bad time inside the card, and keeps the saved slot', async () => {
      const card = await save(arjun, { [SETTINGS_INPUT.day]: 'someday', [SETTINGS_INPUT.time]: '25:00' });
      const text = cardText(card);
      assert.match(text, /Choose a day of the week/);
      assert.match(text, /Enter a time like 09:30/);
      assert.equal(inputsOf(card).find((i) => i.id === SETTINGS_INPUT.time).value, '25:00', 'what was typed is kept');
      const missing = await save(arjun, { [SETTINGS_INPUT.day]: ['monday'], [SETTINGS_INPUT.time]: '' });
      assert.match(cardText(missing), /Choose a day of the week/);
      assert.deepEqual((await prefs()).reminderSlot, { day: 'friday', time: '08:05' });
    });

    it('"use my organisation\'s default" clears my own slot; a pause survives it', async () => {
      await say(arjun, 'pause 1w');
      const card = cardOf((await f.deliver(message(arjun, 'settings')))[0]);
      const reset = (await f.invoke(invoke(arjun, VERB.settingsReset, actionOf(card, VERB.settingsReset).data))).body.value;
      assert.match(cardText(reset), /organisation's default/);
      const saved = await prefs();
      assert.equal(saved.reminderSlot, null);
      assert.ok(saved.pausedUntil);
    });

    it('only touches the person who acted', async () => {
      await save(lena, { [SETTINGS_INPUT.day]: 'tuesday', [SETTINGS_INPUT.time]: '10:00' });
      assert.deepEqual((await prefs(lena)).reminderSlot, { day: 'tuesday', time: '10:00' });
      assert.equal((await prefs()).reminderSlot, null);
    });
  });
});
