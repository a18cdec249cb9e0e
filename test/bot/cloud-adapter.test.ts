import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import express from 'express';
import { createCloudAdapterSender, mapSendError, parseRetryAfter } from '../../bot/cloud-adapter-sender.js';
import { createBot } from '../../bot/create-bot.js';
import { VERB } from '../../bot/verb-names.js';
import type { StoredConversation } from '../../src/app/ports/conversation-references.js';
import { createLogger } from '../../src/logger.js';
import { CosmosConversationReferences } from '../../src/store/goals/cosmos-conversation-references.js';
import { CosmosNotificationSettings } from '../../src/store/goals/cosmos-notification-settings.js';
import { startTestTandem, type TestTandem } from '../support/tandem-harness.js';
import { CONTOSO, FABRIKAM, cardText, invoke, message, user } from './bot-test-kit.js';

interface Received {
  readonly method: string;
  readonly path: string;
  readonly body: any;
}

/** A loopback stand-in for the Bot Connector: answers by conversation id, records what it got. */
async function startConnector(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => resolve(body));
    });
  const server: Server = createServer(async (req, res) => {
    const body = await read(req);
    const path = req.url ?? '';
    received.push({ method: req.method ?? '', path, body: body ? JSON.parse(body) : null });
    const conversation = decodeURIComponent(/\/v3\/conversations\/([^/]+)/.exec(path)?.[1] ?? '');
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(value));
    };
    switch (conversation) {
      case 'throttled':
        return json(429, { error: { code: 'TooManyRequests', message: 'Slow down' } }, { 'Retry-After': '7' });
      case 'busy':
        return json(503, { error: { code: 'ServiceUnavailable', message: 'Busy' } }, { 'Retry-After': new Date(Date.now() + 5000).toUTCString() });
      case 'forbidden':
        return json(403, { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } });
      case 'gone':
        return json(404, { error: { code: 'ConversationNotFound', message: 'Conversation not found.' } });
      case 'broken':
        return json(500, { error: { code: 'InternalServerError', message: 'Oops' } });
      default:
        return json(200, { id: `activity-${received.length}` });
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const stored = (serviceUrl: string, conversationId: string): StoredConversation => ({
  tenantId: CONTOSO.tenantId,
  ownerId: 'someone',
  scope: 'personal',
  conversationId,
  serviceUrl,
  reference: {
    channelId: 'msteams',
    serviceUrl,
    conversation: { id: conversationId, conversationType: 'personal', tenantId: CONTOSO.tenantId },
    bot: { id: '28:tandem-bot', name: 'Tandem' },
    user: { id: '29:someone', name: 'Someone' },
  },
  updatedAt: new Date().toISOString(),
  uninstalledAt: null,
});

describe('bot: CloudAdapter proactive sender against a loopback connector', function () {
  this.timeout(60_000);
  let connector: Awaited<ReturnType<typeof startConnector>>;
  // A real CloudAdapter in local mode: no app id, so no token is fetched for outbound calls.
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const sender = createCloudAdapterSender(adapter, '');
  const hello = { type: 'message', text: 'Hello from Tandem' };

  before(async () => {
    connector = await startConnector();
  });
  after(() => connector.close());
  beforeEach(() => connector.received.splice(0));

  it('a delivered message answers ok with the connector\'s activity id', async () => {
    const outcome = await sender.send(stored(connector.url, 'a:personal-1'), hello);
    assert.deepEqual(outcome, { ok: true, activityId: 'activity-1' });
    assert.equal(connector.received.length, 1);
    assert.match(connector.received[0]!.path, /^\/v3\/conversations\/a%3Apersonal-1\/activities/);
    assert.equal(connector.received[0]!.body.text, 'Hello from Tandem');
    assert.equal(connector.received[0]!.body.conversation.id, 'a:personal-1');
  });

  it('429 with Retry-After: status and delay at once, one request (the send pipeline does the retrying)', async () => {
    const started = performance.now();
    const outcome = await sender.send(stored(connector.url, 'throttled'), hello);
    assert.equal(outcome.ok, false);
    assert.ok(!outcome.ok);
    assert.equal(outcome.status, 429);
    assert.equal(outcome.retryAfterMs, 7000);
    assert.match(outcome.message, /Slow down/);
    assert.equal(connector.received.length, 1, 'no hidden client retries');
    assert.ok(performance.now() - started < 2000);
  });

  it('503 with an HTTP-date Retry-After', async () => {
    const outcome = await sender.send(stored(connector.url, 'busy'), hello);
    assert.ok(!outcome.ok);
    assert.equal(outcome.status, 503);
    assert.ok(outcome.retryAfterMs !== null && outcome.retryAfterMs > 2000 && outcome.retryAfterMs <= 5000, String(outcome.retryAfterMs));
    assert.equal(connector.received.length, 1);
  });

  it('403 (app removed / not in roster) and 404 (conversation gone)', async () => {
    const forbidden = await sender.send(stored(connector.url, 'forbidden'), hello);
    assert.deepEqual({ ...forbidden, message: undefined }, { ok: false, status: 403, retryAfterMs: null, message: undefined });
    assert.ok(!forbidden.ok && /roster/.test(forbidden.message));
    const gone = await sender.send(stored(connector.url, 'gone'), hello);
    assert.ok(!gone.ok);
    assert.equal(gone.status, 404);
    assert.equal(gone.retryAfterMs, null);
  });

  it('500 without Retry-After', async () => {
    const outcome = await sender.send(stored(connector.url, 'broken'), hello);
    assert.ok(!outcome.ok);
    assert.equal(outcome.status, 500);
    assert.equal(outcome.retryAfterMs, null);
    assert.equal(connector.received.length, 1);
  });

  it('a network error is status 0', async () => {
    const closed = await startConnector();
    const url = closed.url;
    await closed.close();
    const started = performance.now();
    const outcome = await sender.send(stored(url, 'a:personal-1'), hello);
    assert.ok(!outcome.ok);
    assert.equal(outcome.status, 0);
    assert.equal(outcome.retryAfterMs, null);
    assert.match(outcome.message, /ECONNREFUSED|connect/i);
    assert.ok(performance.now() - started < 2000, 'no client-side backoff');
  });

  it('a reference without a service URL is refused without a request', async () => {
    const broken = { ...stored(connector.url, 'x'), reference: { conversation: { id: 'x' } } };
    const outcome = await sender.send(broken, hello);
    assert.ok(!outcome.ok);
    assert.equal(outcome.status, 400);
    assert.equal(connector.received.length, 0);
  });

  it('a connector that never answers is reported as status 0 after the timeout', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const quick = createCloudAdapterSender(adapter, '', { timeoutMs: 300 });
      const outcome = await quick.send(stored(`http://127.0.0.1:${(silent.address() as AddressInfo).port}/`, 'a:personal-1'), hello);
      assert.ok(!outcome.ok);
      assert.equal(outcome.status, 0);
      assert.match(outcome.message, /within 300 ms/);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it('maps error shapes and Retry-After forms', () => {
    assert.equal(parseRetryAfter('3'), 3000);
    assert.equal(parseRetryAfter('1.5'), 1500);
    assert.equal(parseRetryAfter(' '), null);
    assert.equal(parseRetryAfter('soon'), null);
    assert.equal(parseRetryAfter(new Date(1_000_000 + 4000).toUTCString(), 1_000_000), 4000);
    assert.deepEqual(mapSendError({ statusCode: 429, message: 'x', response: { headers: { 'Retry-After': '2' } } }), { ok: false, status: 429, retryAfterMs: 2000, message: 'x' });
    assert.deepEqual(mapSendError({ response: { status: 502, headers: new Headers({ 'retry-after': '1' }) }, message: 'bad gateway' }), { ok: false, status: 502, retryAfterMs: 1000, message: 'bad gateway' });
    assert.deepEqual(mapSendError(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })), { ok: false, status: 0, retryAfterMs: null, message: 'getaddrinfo ENOTFOUND' });
    assert.equal(mapSendError(undefined).status, 0);
  });
});

describe('bot: POST /api/messages through createBot', function () {
  this.timeout(60_000);
  let t: TestTandem;
  let connector: Awaited<ReturnType<typeof startConnector>>;
  let server: Server;
  let url: string;

  const post = (activity: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof activity === 'string' ? activity : JSON.stringify(activity) });

  before(async () => {
    t = await startTestTandem();
    connector = await startConnector();
    const container = t.directoryContainer();
    const bot = createBot({
      mode: 'local',
      botAppId: null,
      allowedTenantIds: [CONTOSO.tenantId],
      okr: t.tandem.okr,
      conversations: new CosmosConversationReferences(container),
      settings: new CosmosNotificationSettings(container, () => t.clock.now()),
      tabBaseUrl: t.url,
      logger: createLogger('silent'),
    });
    const app = express();
    // No body parser on purpose: the handler reads the body itself.
    app.all('/api/messages', (req, res) => void bot.handle(req, res));
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    server.close();
    await connector.close();
    await t.close();
  });
  beforeEach(() => connector.received.splice(0));

  it('a message from an allowed tenant is answered through the connector', async () => {
    const res = await post({ ...message(user('arjun'), 'help'), serviceUrl: connector.url });
    assert.equal(res.status, 200);
    assert.equal(connector.received.length, 1);
    const reply = connector.received[0]!.body;
    assert.equal(reply.attachments[0].contentType, 'application/vnd.microsoft.card.adaptive');
    assert.match(cardText(reply.attachments[0].content), /What I can do/);
  });

  it('an invoke gets its card in the HTTP response', async () => {
    const res = await post({ ...invoke(user('arjun'), VERB.checkinRefresh, { cardId: 'abcdefgh', keyResultIds: ['x'] }), serviceUrl: connector.url });
    assert.equal(res.status, 200);
    const body = (await res.json()) as any;
    assert.equal(body.statusCode, 200);
    assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
    assert.match(cardText(body.value), /Weekly check-in/);
  });

  it('an activity from a tenant that is not allowed is refused before any handler runs', async () => {
    const fab = user('fab-planner', FABRIKAM);
    const res = await post({ ...message(fab, 'help'), serviceUrl: connector.url });
    assert.equal(res.status, 403);
    const noTenant = message(user('arjun'), 'help');
    delete (noTenant.conversation as any).tenantId;
    delete (noTenant as any).channelData;
    assert.equal((await post({ ...noTenant, serviceUrl: connector.url })).status, 403);
    assert.equal(connector.received.length, 0);
  });

  it('bad requests: not JSON, not an activity, not POST', async () => {
    assert.equal((await post('{nope')).status, 400);
    assert.equal((await post('[1,2]')).status, 400);
    assert.equal((await fetch(`${url}/api/messages`)).status, 405);
  });

  it('azure mode refuses to build without app id, tenant, allow-list or outbound identity; unauthenticated requests get 401', async () => {
    const base = {
      mode: 'azure' as const,
      okr: t.tandem.okr,
      conversations: new CosmosConversationReferences(t.directoryContainer()),
      settings: new CosmosNotificationSettings(t.directoryContainer(), () => t.clock.now()),
      tabBaseUrl: 'https://tandem.example.com/',
      logger: createLogger('silent'),
    };
    const full = { ...base, botAppId: '11111111-1111-4111-8111-111111111111', botTenantId: CONTOSO.tenantId, allowedTenantIds: [CONTOSO.tenantId], botIdentityClientId: '22222222-2222-4222-8222-222222222222' };
    assert.throws(() => createBot({ ...full, botAppId: null }), /app id/);
    assert.throws(() => createBot({ ...full, botAppId: '' }), /app id/);
    assert.throws(() => createBot({ ...full, botTenantId: undefined }), /tenant id/);
    assert.throws(() => createBot({ ...full, allowedTenantIds: [] }), /allow-list/);
    assert.throws(() => createBot({ ...full, botIdentityClientId: undefined }), /botIdentityClientId/);

    const azure = createBot(full);
    const app = express();
    app.post('/api/messages', (req, res) => void azure.handle(req, res));
    const s = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    // CloudAdapter.process prints every rejected token with console.error; keep the test output clean.
    const consoleError = console.error;
    console.error = () => undefined;
    try {
      const at = `http://127.0.0.1:${(s.address() as AddressInfo).port}/api/messages`;
      const unauthenticated = await fetch(at, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...message(user('arjun'), 'help'), serviceUrl: connector.url }) });
      assert.equal(unauthenticated.status, 401);
      const forged = await fetch(at, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
        body: JSON.stringify({ ...message(user('arjun'), 'help'), serviceUrl: connector.url }),
      });
      assert.equal(forged.status, 401);
      assert.equal(connector.received.length, 0, 'no handler ran');
    } finally {
      console.error = consoleError;
      s.closeAllConnections();
      s.close();
    }
  });
});
