import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StoredConversation } from '../../../src/app/ports/conversation-references.js';
import { CosmosConversationReferences } from '../../../src/store/goals/cosmos-conversation-references.js';
import { CONTOSO, startTestTandem, type TestTandem } from '../../support/tandem-harness.js';

/**
 * The request card as npm start wires it: POST /feedback-requests -> the feedback notifier -> the
 * Azurite send queue -> a worker -> the bot's composer and CloudAdapter sender -> a loopback server
 * standing in for Teams' connector. Cards reach personal chats only; praise reaches the team channel.
 */
describe('feedback cards end to end: API, Azurite queue, worker, bot sender', function () {
  this.timeout(60_000);
  let t: TestTandem;
  let connector: Server;
  let connectorUrl: string;
  const delivered: { conversationId: string; body: any }[] = [];
  const CHANNEL = '19:platform-general@thread.tacv2';

  const reference = (ownerId: string, scope: StoredConversation['scope'], conversationId: string): StoredConversation => ({
    tenantId: CONTOSO.tenantId,
    ownerId,
    scope,
    conversationId,
    serviceUrl: connectorUrl,
    reference: {
      channelId: 'msteams',
      serviceUrl: connectorUrl,
      conversation: { id: conversationId, conversationType: scope === 'team' ? 'channel' : 'personal', tenantId: CONTOSO.tenantId },
      bot: { id: '28:tandem', name: 'Tandem' },
      ...(scope === 'personal' ? { user: { id: `29:${ownerId}`, aadObjectId: ownerId } } : {}),
    },
    updatedAt: t.clock.now().toISOString(),
    uninstalledAt: null,
  });

  const waitFor = async (predicate: () => boolean, what: string): Promise<void> => {
    const deadline = Date.now() + 30_000;
    while (!predicate() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    assert.ok(predicate(), `timed out waiting for ${what}`);
  };

  before(async () => {
    connector = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
        if (match) delivered.push({ conversationId: decodeURIComponent(match[1]!), body: JSON.parse(raw) });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `a${delivered.length}` }));
      });
    });
    await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
    connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
    t = await startTestTandem({ NOTIFICATIONS_ENABLED: 'true', SCHEDULER_TICK_SECONDS: '3600' });
    const conversations = new CosmosConversationReferences(t.directoryContainer());
    await conversations.save(reference(t.person('lena'), 'personal', 'a:lena-personal'));
    // Kenji has Tandem only in his team's channel (keyed by the team, as the praise posts find it).
    await conversations.save(reference(t.team('platform'), 'team', CHANNEL));
  });
  after(async () => {
    await t.close();
    connector.closeAllConnections();
    connector.close();
  });

  it('sends the request card to Lena’s personal chat once, and nothing to the channel Kenji is in', async () => {
    const created = await t.request('POST', '/feedback-requests', {
      as: 'arjun',
      body: { inviteeIds: [t.person('lena'), t.person('kenji')], questions: ['What should I keep doing?'] },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    await waitFor(() => delivered.some((d) => d.conversationId === 'a:lena-personal'), 'Lena’s card');
    await new Promise((r) => setTimeout(r, 1500));
    const toLena = delivered.filter((d) => d.conversationId === 'a:lena-personal');
    assert.equal(toLena.length, 1, 'exactly one card');
    const card = toLena[0]!.body.attachments?.[0];
    assert.equal(card?.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.match(JSON.stringify(card.content), /What should I keep doing\?/);
    assert.ok(JSON.stringify(card.content).includes(created.body.id));
    assert.deepEqual(delivered.filter((d) => d.conversationId === CHANNEL), [], 'the confidential card never reaches the channel');
  });

  it('offers the team channel for praise, and posts the praise there', async () => {
    const channels = await t.request('GET', `/praise/channels?for=${t.person('kenji')}`, { as: 'arjun' });
    assert.deepEqual(channels.body, { items: [{ teamId: t.team('platform'), name: 'Platform' }] });
    const given = await t.request('POST', '/feedback', { as: 'arjun', body: { recipientId: t.person('kenji'), visibility: 'praise', text: 'Kenji halved our pages.', teamId: t.team('platform') } });
    assert.equal(given.status, 201, JSON.stringify(given.body));
    await waitFor(() => delivered.some((d) => d.conversationId === CHANNEL), 'the praise post');
    assert.match(JSON.stringify(delivered.find((d) => d.conversationId === CHANNEL)!.body), /Kenji halved our pages\./);
  });
});
