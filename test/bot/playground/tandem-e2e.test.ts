/**
 * Tandem end to end in the Agents Playground: the real server (demo world, notifications on, a
 * controllable clock) behind the Playground, in a loopback-only network namespace. The scenario
 * (tandem-e2e.scenario.ts) drives install, check-in, submit, resubmit, help, a scheduled reminder and
 * the web UI, and reports facts; this file asserts on them.
 */
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CONTOSO, demoPersonId } from '../../../src/app/demo/demo-org.js';
import { runInNetworkNamespace } from '../../support/agents-playground/in-network-namespace.js';
import { REPO_ROOT } from '../../support/agents-playground/playground-config.js';

type Facts = Record<string, any>;

describe('Tandem in the Agents Playground (end to end, loopback-only namespace)', function () {
  this.timeout(180_000);

  it('install, check-in, submit once, help, a scheduled reminder through /_connector, and the web UI', async () => {
    const { result: f, stderr } = await runInNetworkNamespace<Facts>('test/bot/playground/tandem-e2e.scenario.ts', [], { timeoutMs: 150_000 });
    const priya = demoPersonId(CONTOSO, 'priya');
    const context = () => `\n${JSON.stringify(f, null, 1).slice(0, 4000)}\n${stderr.slice(-2000)}`;

    // 1. Install: welcome card in the personal chat; the conversation reference is stored.
    assert.equal(f.install.referenceBefore, false);
    assert.ok(f.install.welcomeTexts.includes('Welcome to Tandem, Priya'), context());
    assert.deepEqual([...f.install.installActivities].sort(), ['conversationUpdate', 'installationUpdate']);
    // Both install activities arrive back to back; the reference store decides atomically which one
    // is the new install, so Priya is welcomed exactly once.
    assert.equal(f.install.welcomeCount, 1);
    assert.ok(f.install.reference, 'the personal conversation reference is stored');
    assert.equal(f.install.reference.conversationId, f.world.personalChatId);
    assert.match(f.install.reference.serviceUrl, /^http:\/\/localhost:\d+\/_connector$/);
    assert.equal(f.install.reference.uninstalledAt, null);

    // 2. checkin: one section per key result Priya owns on active objectives of the active cycle.
    assert.ok(f.checkin.apiOwnedActive.length >= 1, context());
    assert.deepEqual([...f.checkin.cardKeyResultIds].sort(), [...f.checkin.apiOwnedActive].sort());
    for (const kr of f.checkin.apiOwned.filter((k: any) => k.objectiveState === 'active')) assert.ok(f.checkin.texts.includes(kr.title), `section for ${kr.title}`);
    assert.equal(f.checkin.inputIds.filter((id: string) => id.includes('value_')).length, f.checkin.cardKeyResultIds.length);
    assert.ok(f.checkin.texts[0] === 'Weekly check-in');
    assert.ok(f.checkin.actions.includes('Action.Execute:checkin.submit'));

    // 3. checkin.submit: the card is replaced by the summary; the API has the new check-in.
    assert.equal(f.submit.type, 'application/vnd.microsoft.card.adaptive');
    assert.equal(f.submit.texts[0], 'Thanks, Priya: check-in recorded', context());
    assert.ok(f.submit.texts.includes(f.submit.target.title));
    assert.deepEqual(f.submit.replacedTexts, f.submit.texts, 'the Playground swapped the summary into the message');
    assert.equal(f.submit.newest.value, f.submit.newValue);
    assert.equal(f.submit.newest.confidence, 7);
    assert.equal(f.submit.newest.note, 'Playground e2e');
    assert.equal(f.submit.newest.authorId, priya);
    assert.equal(f.submit.countAfterFirst, f.submit.countBefore + 1);

    // 4. Submitting the same card again records nothing new.
    assert.equal(f.resubmit.type, 'application/vnd.microsoft.card.adaptive');
    assert.ok(f.resubmit.texts.includes('This card was already submitted; nothing new was recorded.'), context());
    assert.equal(f.resubmit.countAfterSecond, f.submit.countAfterFirst);
    assert.equal(f.resubmit.totalAfter, f.resubmit.totalBefore + 1, 'one check-in in total over both submits');

    // 5. help and an unknown text both answer with help.
    assert.ok(f.help.texts.includes('What I can do'));
    assert.ok(f.unknown.texts.includes('What I can do'));
    assert.ok(f.unknown.texts.includes('I did not understand "what is the weather like".'));

    // 6. The scheduler's reminder on Priya's Monday 09:05 IST arrives through the Playground's connector.
    assert.equal(f.reminder.early.enqueued, 0);
    assert.ok(f.reminder.due.enqueued >= 1, JSON.stringify(f.reminder.due));
    assert.equal(f.reminder.again.enqueued, 0, 'the same period is never enqueued twice');
    assert.equal(f.reminder.conversationId, f.world.personalChatId);
    assert.equal(f.reminder.kind, 'created');
    assert.equal(f.reminder.texts[0], 'Weekly check-in');
    assert.deepEqual([...f.reminder.keyResultIds].sort(), [...f.checkin.apiOwnedActive].sort());
    assert.equal(f.reminder.exchangeStatus, 201);
    assert.equal(f.reminder.remindersToPriya, 1);
    assert.equal(f.reminder.duplicateReminders, 0);

    // 7. Screenshots of the web UI: the check-in card and, after Submit, the summary.
    assert.match(f.ui.before, /Weekly check-in/);
    assert.match(f.ui.after, /check-in recorded/);
    for (const shot of [f.ui.checkinShot, f.ui.summaryShot]) {
      const path = join(REPO_ROOT, shot);
      assert.ok(existsSync(path) && statSync(path).size > 10_000, `${path} should be a real screenshot`);
    }
    assert.deepEqual(f.ui.failedRequests, [], 'no loopback request of the UI failed');
  });
});
