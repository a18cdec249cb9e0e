/**
 * Azure mode's meeting roster against a loopback stand-in for the Teams meeting participant API that
 * replays the response shapes Teams documents (recorded/*.json): found, not found (404), forbidden
 * (403, app not in the meeting), throttled (429 with Retry-After), a server error, and no answer.
 * A real CloudAdapter makes the call, as in azure mode, without an app id (so no token is fetched).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { ServiceClientCredentialsFactory } from 'botframework-connector';
import { createTeamsMeetingParticipants, participantFrom } from '../../../bot/meetings/teams-meeting-participants.js';
import type { MeetingRef } from '../../../src/app/meetings/ports/meeting-participants.js';
import type { StoredConversation } from '../../../src/app/ports/conversation-references.js';

const TENANT = '6f1c2d3e-4f50-4617-8899-aabbccddeeff';
const PRIYA = '0b7f6f2e-5d3c-4a51-9e1d-3c2b1a0f9e8d';
const CHAT = '19:meeting_NDQxMzg1YjUtMGIzNC00Yjc1LWFmYWYtYzk1MGY2MTMwNjE0@thread.v2';
// Real meeting ids are BASE64: they can hold '/', '+' and '='.
const MEETING_ID = 'MCMxOTptZWV0aW5nX05EUXhNemcxWWpVdE1HSXpOQzAwWWpjMUxXRm1ZV1l0WXprMU1HWTJNVE13TmpFMEB0aHJlYWQudjIjMA+/=';

const recorded = (name: string, values: Record<string, string> = {}): string =>
  readFileSync(new URL(`./recorded/${name}.json`, import.meta.url), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

interface Seen {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly authorization: string | undefined;
}

/** Answers by participant id: priya is found, the others replay the failure their name says. */
async function startTeams(): Promise<{ url: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push({ path: url.pathname, query: url.searchParams, authorization: req.headers.authorization });
    const match = /^\/v1\/meetings\/([^/]+)\/participants\/([^/]+)$/.exec(url.pathname);
    const json = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(body);
    };
    if (!match) return json(404, recorded('participant-not-found'));
    const participant = decodeURIComponent(match[2]!);
    switch (participant) {
      case PRIYA:
        return json(200, recorded('participant-found', { personId: PRIYA, tenantId: url.searchParams.get('tenantId') ?? '', chatId: CHAT }));
      case 'someone-else':
        // Teams answering about a different person must never confirm the one asked about.
        return json(200, recorded('participant-found', { personId: PRIYA, tenantId: TENANT, chatId: CHAT }));
      case 'forbidden':
        return json(403, recorded('forbidden'));
      case 'throttled':
        return json(429, recorded('throttled'), { 'Retry-After': '3' });
      case 'broken':
        return json(500, '{"error":{"code":"InternalServerError","message":"Oops"}}');
      case 'silent':
        return; // never answers
      default:
        return json(404, recorded('participant-not-found'));
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const installedChat = (serviceUrl: string, overrides: Partial<StoredConversation> = {}): StoredConversation => ({
  tenantId: TENANT,
  ownerId: CHAT,
  scope: 'groupChat',
  conversationId: CHAT,
  serviceUrl,
  reference: { channelId: 'msteams', serviceUrl, conversation: { id: CHAT, conversationType: 'groupChat', tenantId: TENANT, isGroup: true }, bot: { id: '28:tandem-bot', name: 'Tandem' } },
  updatedAt: new Date().toISOString(),
  uninstalledAt: null,
  ...overrides,
});

describe('bot/meetings: the Teams meeting participant API behind MeetingParticipants', function () {
  this.timeout(30_000);
  let teams: Awaited<ReturnType<typeof startTeams>>;
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const meeting: MeetingRef = { tenantId: TENANT, meetingId: MEETING_ID, chatId: CHAT };
  let stored: StoredConversation | null;
  const lookups: unknown[][] = [];
  const roster = (timeoutMs?: number) =>
    createTeamsMeetingParticipants({
      adapter: () => adapter,
      botAppId: '',
      conversations: {
        get: async (...args) => {
          lookups.push(args);
          return stored;
        },
      },
      ...(timeoutMs ? { timeoutMs } : {}),
    });

  before(async () => {
    teams = await startTeams();
  });
  after(() => teams.close());
  beforeEach(() => {
    teams.seen.splice(0);
    lookups.splice(0);
    stored = installedChat(teams.url);
  });

  it('a participant: role, presence and chat from the answer, asked on the meeting chat\'s service URL with the tenant', async () => {
    const found = await roster().find(meeting, PRIYA);
    assert.deepEqual(found, { ok: true, value: { personId: PRIYA, role: 'organizer', inMeeting: true, chatId: CHAT, tenantId: TENANT } });
    assert.deepEqual(lookups, [[TENANT, 'groupChat', CHAT]], 'the meeting chat reference is read for the caller\'s tenant');
    assert.equal(teams.seen.length, 1);
    assert.equal(teams.seen[0]!.path, `/v1/meetings/${encodeURIComponent(MEETING_ID)}/participants/${PRIYA}`);
    assert.equal(teams.seen[0]!.query.get('tenantId'), TENANT);
  });

  it("azure-style: the request carries the bot's own credentials (the adapter's credentials factory signs it)", async () => {
    const created: { appId: string; audience: string | undefined }[] = [];
    class BotCredentials extends ServiceClientCredentialsFactory {
      async isValidAppId(appId: string) {
        return appId === 'tandem-bot-app';
      }
      async isAuthenticationDisabled() {
        return false;
      }
      async createCredentials(appId: string, audience: string | undefined) {
        created.push({ appId, audience });
        return {
          signRequest: async (request: { headers: { set(name: string, value: string): void } }) => {
            request.headers.set('authorization', `Bearer token-of-${appId}`);
            return request;
          },
        } as never;
      }
    }
    const signed = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: 'tandem-bot-app', MicrosoftAppType: 'MultiTenant' }, new BotCredentials()));
    const withBot = createTeamsMeetingParticipants({ adapter: () => signed, botAppId: 'tandem-bot-app', conversations: { get: async () => stored } });
    const found = await withBot.find(meeting, PRIYA);
    assert.ok(found.ok && found.value?.personId === PRIYA);
    assert.equal(teams.seen[0]!.authorization, 'Bearer token-of-tandem-bot-app');
    assert.ok(created.some((c) => c.appId === 'tandem-bot-app'));
  });

  it('404: not a participant (or the meeting expired) is ok(null), not an error', async () => {
    assert.deepEqual(await roster().find(meeting, 'c5a9e0a1-0000-4000-8000-000000000001'), { ok: true, value: null });
  });

  it('an answer about somebody else never confirms the person asked about', async () => {
    assert.deepEqual(await roster().find(meeting, 'someone-else'), { ok: true, value: null });
  });

  it('403: Teams refuses the bot (not in the meeting, no consent)', async () => {
    const found = await roster().find(meeting, 'forbidden');
    assert.equal(found.ok, false);
    assert.ok(!found.ok && found.code === 'MEETING.ROSTER_FORBIDDEN');
  });

  it('429: throttled at once with Retry-After, one request (no hidden retries while a person waits)', async () => {
    const started = performance.now();
    const found = await roster().find(meeting, 'throttled');
    assert.ok(!found.ok);
    assert.equal(found.code, 'MEETING.ROSTER_THROTTLED');
    assert.deepEqual(found.details, { retryAfterMs: 3000 });
    assert.equal(teams.seen.length, 1);
    assert.ok(performance.now() - started < 2000);
  });

  it('500 and silence: unavailable, within the timeout', async () => {
    const broken = await roster().find(meeting, 'broken');
    assert.ok(!broken.ok && broken.code === 'MEETING.ROSTER_UNAVAILABLE');
    const started = performance.now();
    const silent = await roster(500).find(meeting, 'silent');
    assert.ok(!silent.ok && silent.code === 'MEETING.ROSTER_UNAVAILABLE');
    assert.ok(performance.now() - started < 3000);
  });

  it('no meeting chat stored, or the app was removed from it: app not installed, and Teams is not called', async () => {
    stored = null;
    const none = await roster().find(meeting, PRIYA);
    assert.ok(!none.ok && none.code === 'MEETING.APP_NOT_INSTALLED');
    stored = installedChat(teams.url, { uninstalledAt: new Date().toISOString() });
    const removed = await roster().find(meeting, PRIYA);
    assert.ok(!removed.ok && removed.code === 'MEETING.APP_NOT_INSTALLED');
    assert.equal(teams.seen.length, 0);
  });

  it('participantFrom reads roles case-insensitively and refuses records without the person', () => {
    const base = { user: { aadObjectId: PRIYA.toUpperCase(), tenantId: TENANT }, meeting: { role: 'presenter', inMeeting: false }, conversation: { id: CHAT } };
    assert.deepEqual(participantFrom(base, PRIYA), { personId: PRIYA.toUpperCase(), role: 'presenter', inMeeting: false, chatId: CHAT, tenantId: TENANT });
    assert.equal(participantFrom({ ...base, meeting: { role: 'Attendee' } }, PRIYA)?.role, 'attendee');
    assert.equal(participantFrom({ ...base, meeting: { role: 'Producer' } }, PRIYA)?.role, 'unknown');
    assert.equal(participantFrom({}, PRIYA), null);
    assert.equal(participantFrom(null, PRIYA), null);
  });
});
