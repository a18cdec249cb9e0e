/**
 * Self-test of the Agents Playground harness (test/support/agents-playground): the scenario runs in a
 * loopback-only network namespace (echo bot + Playground + client + headless Chromium) and reports
 * facts; this file, in the host namespace, starts it and checks them.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CONTOSO, demoPersonId } from '../../../src/app/demo/demo-org.js';
import { NamespaceUnavailableError, runInNetworkNamespace } from '../../support/agents-playground/in-network-namespace.js';
import { CURRENT_USER_KEY, OTHER_USER_KEYS, PLAYGROUND_CONFIG_PATH, REPO_ROOT, renderPlaygroundConfig } from '../../support/agents-playground/playground-config.js';
import { startPlayground } from '../../support/agents-playground/start-playground.js';

type Facts = Record<string, any>;

const person = (key: string) => demoPersonId(CONTOSO, key);

describe('Agents Playground harness', function () {
  this.timeout(120_000);

  describe('configuration and guard rails (host namespace)', () => {
    it('the committed .m365agentsplayground.yml is the one rendered from the seeded Contoso people', () => {
      assert.equal(readFileSync(PLAYGROUND_CONFIG_PATH, 'utf8'), renderPlaygroundConfig(), 'regenerate: node --import tsx test/support/agents-playground/playground-config.ts --write');
      assert.equal(OTHER_USER_KEYS.length, 5, 'the Playground wants exactly five users besides the current user');
    });

    it('refuses to start the Playground in the host namespace', async () => {
      await assert.rejects(startPlayground({ botEndpoint: 'http://127.0.0.1:9/api/messages' }), (e: unknown) => e instanceof NamespaceUnavailableError && /not in a loopback-only network namespace/.test(e.message));
    });
  });

  describe('inside a loopback-only network namespace', () => {
    let facts: Facts;
    let stderr: string;

    before(async function () {
      const run = await runInNetworkNamespace<Facts>('test/bot/playground/harness-selftest.scenario.ts', [], { timeoutMs: 110_000 });
      facts = run.result;
      stderr = run.stderr;
    });

    it('has no route out: the metadata address and public IPs are unreachable at once, DNS fails', () => {
      assert.deepEqual(facts.network.interfaces, ['lo']);
      assert.equal(facts.network.metadata.code, 'ENETUNREACH');
      assert.ok(facts.network.metadata.ms < 1000, `metadata probe took ${facts.network.metadata.ms} ms`);
      assert.equal(facts.network.publicIp.code, 'ENETUNREACH');
      assert.match(facts.network.dns.code, /^(EAI_AGAIN|ENOTFOUND|ECONNREFUSED)$/);
    });

    it('fails fast, with its log, when the Playground rejects its config', () => {
      assert.ok(facts.badConfigError, 'a four-user config should not start');
      assert.match(facts.badConfigError, /exited \(1\)/);
      assert.match(facts.badConfigError, /must NOT have fewer than 5 items/);
      assert.ok(facts.badConfigMs < 15_000);
    });

    it('loads the five seeded Contoso users plus the current user, in the Contoso tenant', () => {
      assert.equal(facts.world.tenantId, CONTOSO.tenantId);
      assert.deepEqual(
        facts.world.users.map((u: { aadObjectId: string }) => u.aadObjectId),
        [CURRENT_USER_KEY, ...OTHER_USER_KEYS].map(person),
      );
      assert.equal(facts.world.channelId, 'msteams');
    });

    it('a text message gets the echo, and the bot sees a Teams-shaped activity from the current user', () => {
      assert.equal(facts.echo.text, 'echo: hello playground');
      assert.equal(facts.echo.conversationId, facts.world.personalChatId);
      assert.equal(facts.echo.from.aadObjectId, person(CURRENT_USER_KEY));
      assert.equal(facts.echo.conversation.tenantId, CONTOSO.tenantId);
      assert.equal(facts.echo.conversation.conversationType, 'personal');
      assert.equal(facts.echo.channelData.tenant.id, CONTOSO.tenantId);
      assert.equal(facts.echo.channelId, 'msteams');
      assert.match(facts.echo.serviceUrl, /^http:\/\/localhost:\d+\/_connector$/);
    });

    it('an Adaptive Card arrives; Action.Execute reaches the bot as adaptiveCard/action and its card replaces the card', () => {
      assert.equal(facts.card.contentType, 'application/vnd.microsoft.card.adaptive');
      assert.deepEqual(facts.card.actions, ['Action.Execute:increment', 'Action.Submit:Reset']);
      assert.ok(facts.card.texts.includes('Count: 0'));
      assert.equal(facts.invoke.activity.name, 'adaptiveCard/action');
      assert.deepEqual(facts.invoke.activity.value.action, { type: 'Action.Execute', title: 'Add one', verb: 'increment', data: { count: 0 } });
      assert.equal(facts.invoke.activity.replyToId, facts.card.messageId);
      assert.equal(facts.invoke.activity.from.aadObjectId, person(CURRENT_USER_KEY));
      assert.equal(facts.invoke.type, 'application/vnd.microsoft.card.adaptive');
      assert.ok(facts.invoke.texts.includes('Count: 1'));
      assert.deepEqual(facts.invoke.latestTexts, facts.invoke.texts, 'the client shows the replaced card for the message');
    });

    it('Action.Submit reaches the bot as a message with value, and an updateActivity replaces the card in the stream', () => {
      assert.deepEqual(facts.submit.activity.value, { action: 'reset' });
      assert.equal(facts.submit.activity.replyToId, facts.card.messageId);
      assert.equal(facts.submit.updatedMessageId, facts.card.messageId);
      assert.ok(facts.submit.updatedTexts.includes('Harness counter (reset)'));
      assert.deepEqual(facts.submit.latestTexts, facts.submit.updatedTexts);
      assert.equal(facts.submit.reply, 'submitted: {"action":"reset"}');
    });

    it("a proactive message sent with continueConversationAsync through the stored reference's serviceUrl (/_connector) arrives", () => {
      assert.match(facts.proactive.serviceUrl, /^http:\/\/localhost:\d+\/_connector$/);
      assert.equal(facts.proactive.text, 'A proactive nudge');
      assert.equal(facts.proactive.conversationId, facts.world.personalChatId);
      assert.equal(facts.proactive.status, 201);
      assert.ok(facts.proactive.id);
    });

    it('install sends installationUpdate (add) and conversationUpdate (membersAdded)', () => {
      assert.equal(facts.install.reply, 'Thanks for installing the harness bot');
      const types = facts.install.activities.map((a: { type: string }) => a.type);
      assert.ok(types.includes('installationUpdate') && types.includes('conversationUpdate'));
      const install = facts.install.activities.find((a: { type: string }) => a.type === 'installationUpdate');
      assert.equal(install.action, 'add');
      assert.equal(install.from.aadObjectId, person(CURRENT_USER_KEY));
    });

    it('sends as another user (custom activity) and @mentions the bot in the group chat', () => {
      assert.equal(facts.asArjun.from.aadObjectId, person('arjun'));
      assert.equal(facts.asArjun.from.name, 'Arjun Mehta');
      assert.equal(facts.group.conversationId, facts.world.groupChatId);
      assert.equal(facts.group.text, '<at>Tandem</at> hello team');
      assert.equal(facts.group.entities[0].mentioned.id, '28:tandem-local-bot');
    });

    it('the web UI renders the card in headless Chromium, a click on Action.Execute replaces it, and a screenshot is saved', () => {
      assert.match(facts.ui.before, /Count: 0/);
      assert.match(facts.ui.after, /Count: 1/);
      assert.equal(facts.ui.invokeValue.action.verb, 'increment');
      const path = join(REPO_ROOT, facts.ui.screenshot);
      assert.ok(existsSync(path) && statSync(path).size > 10_000, `${path} should be a real screenshot`);
      assert.ok(
        facts.ui.failedRequests.every((u: string) => !u.startsWith('http://127.0.0.1') && !u.startsWith('http://localhost')),
        `only off-box requests may fail: ${facts.ui.failedRequests.join(', ')}\n${stderr}`,
      );
    });
  });
});
