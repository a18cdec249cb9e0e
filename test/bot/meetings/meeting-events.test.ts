/**
 * Meeting start and end events through botbuilder's TestAdapter (a subclass that continues
 * conversations): the bot posts the shared agenda in a 1:1's meeting chat and nothing private, and
 * asks the manager, in personal chat only, to record notes and action items.
 */
import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { createBot, type Bot } from '../../../bot/create-bot.js';
import { sharedTalkingPointsFor } from '../../../src/app/meetings/shared-talking-points.js';
import { createLogger } from '../../../src/logger.js';
import { CosmosConversationReferences } from '../../../src/store/goals/cosmos-conversation-references.js';
import { CosmosNotificationSettings } from '../../../src/store/goals/cosmos-notification-settings.js';
import { ARJUN_PRIVATE, PRIYA_PRIVATE_ON_ARJUN, PRIYA_REVIEW_NOTES } from '../../api/meetings/confidential.js';
import { startTestTandem, type TestTandem } from '../../support/tandem-harness.js';
import { activityFrom, cardOf, CONTOSO, cardText, installActivity, personalConversationId, ProactiveTestAdapter, user } from '../bot-test-kit.js';

const MEETING_CHAT = '19:meeting_MjdhNjM4YzUtYzExZi00OTFkLTkzZTAtNTVlNmZmMDhkNGU4@thread.v2';
const MEETING_ID = 'MCMxOTptZWV0aW5nX01qZGhOak00WXpVdFl6RXhaaTAwT1RGa0xUa3paVEF0TlRWbE5tWm1NRGhrTkdVNEB0aHJlYWQudjIjMA==';

const meetingEvent = (name: 'meetingStart' | 'meetingEnd', value: Record<string, unknown> | null = null): Partial<Activity> =>
  activityFrom(
    user('priya'),
    {
      type: 'event',
      name: `application/vnd.microsoft.${name}`,
      value: value ?? {
        Id: MEETING_ID,
        JoinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0',
        Title: '1:1 Priya / Arjun',
        MeetingType: 'Scheduled',
        ...(name === 'meetingStart' ? { StartTime: '2026-11-23T09:00:00Z' } : { EndTime: '2026-11-23T09:30:00Z' }),
      },
    },
    { scope: 'groupChat', conversationId: MEETING_CHAT },
  );

describe('bot/meetings: meeting start and end events (TestAdapter)', function () {
  this.timeout(60_000);
  let t: TestTandem;
  let built: Bot;
  let members: string[] = [];
  const adapter = new ProactiveTestAdapter();
  const deliver = async (activity: Partial<Activity>) => {
    adapter.drain();
    await adapter.processActivity(activity, (context) => built.bot.run(context));
    return adapter.drain();
  };

  before(async () => {
    t = await startTestTandem();
    const container = t.directoryContainer();
    built = createBot({
      mode: 'local',
      botAppId: null,
      okr: t.tandem.okr,
      conversations: new CosmosConversationReferences(container),
      settings: new CosmosNotificationSettings(container, () => t.clock.now()),
      tabBaseUrl: `${t.url}/`,
      logger: createLogger('silent'),
      meetings: { talkingPoints: (manager, reportId) => sharedTalkingPointsFor(t.tandem.performance, manager, reportId), chatMembers: async () => members },
    });
  });
  after(() => t?.close());

  it('start of a 1:1: the shared talking points and open action items in the meeting chat, nothing private', async () => {
    members = [t.person('priya'), t.person('arjun')];
    const sent = await deliver(meetingEvent('meetingStart'));
    const messages = sent.filter((a) => a.type === 'message');
    assert.equal(messages.length, 1, JSON.stringify(sent));
    assert.equal(messages[0]!.conversation?.id, MEETING_CHAT);
    const card = cardOf(messages[0]);
    const shown = cardText(card);
    assert.match(shown, /1:1 agenda: Priya Nair and Arjun Mehta/);
    assert.match(shown, /Conference talk proposal: can I submit\?/);
    assert.match(shown, /Interest in leading the Q3 reliability push .*carried over/);
    assert.match(shown, /Write up the back-pressure options/);
    // Nothing private: not the private notes, not the shared notes of the last meeting, not the review.
    for (const secret of [PRIYA_PRIVATE_ON_ARJUN, ARJUN_PRIVATE, PRIYA_REVIEW_NOTES, 'Design review went well']) assert.ok(!JSON.stringify(card).includes(secret), secret);
    assert.doesNotMatch(shown, /Ingestion service design review/, 'points checked off last time are not on this agenda');
  });

  it('the meeting chat is remembered at start, so the tab can ask Teams about this meeting', async () => {
    const stored = await new CosmosConversationReferences(t.directoryContainer()).get(CONTOSO.tenantId, 'groupChat', MEETING_CHAT);
    assert.ok(stored);
    assert.equal(stored.conversationId, MEETING_CHAT);
  });

  it('no card where the chat is not exactly a manager and their report', async () => {
    for (const keys of [['priya', 'arjun', 'lena'], ['priya', 'tom'], ['priya'], ['arjun', 'lena']]) {
      members = keys.map((k) => t.person(k));
      const sent = await deliver(meetingEvent('meetingStart'));
      assert.deepEqual(sent.filter((a) => a.type === 'message'), [], keys.join(','));
    }
    members = [t.person('priya'), t.person('arjun')];
    const personal = await deliver(activityFrom(user('priya'), { type: 'event', name: 'application/vnd.microsoft.meetingStart', value: meetingEvent('meetingStart').value }));
    assert.deepEqual(personal.filter((a) => a.type === 'message'), [], 'not outside a meeting chat');
  });

  it('end of a 1:1: the manager alone is asked, in personal chat, to record notes and action items, with a link to the 1:1', async () => {
    await deliver(installActivity(user('priya'), 'add'));
    members = [t.person('arjun'), t.person('priya')];
    const sent = await deliver(meetingEvent('meetingEnd'));
    const messages = sent.filter((a) => a.type === 'message');
    assert.equal(messages.length, 1, JSON.stringify(sent));
    assert.equal(messages[0]!.conversation?.id, personalConversationId(user('priya')), 'personal chat, not the meeting chat');
    const card = cardOf(messages[0]);
    assert.match(cardText(card), /Your 1:1 with Arjun Mehta has ended/);
    assert.match(cardText(card), /Record your notes and the action items/);
    const link = card.actions.find((a: any) => a.type === 'Action.OpenUrl');
    assert.equal(link.url, `${t.url}/#/reviews/team/${t.person('arjun')}/one-on-one`);
    for (const secret of [PRIYA_PRIVATE_ON_ARJUN, ARJUN_PRIVATE, PRIYA_REVIEW_NOTES]) assert.ok(!JSON.stringify(card).includes(secret), secret);
  });

  it('end: nothing when the manager has no personal chat with Tandem, or the chat is not a 1:1', async () => {
    members = [t.person('tom'), t.person('ben')];
    assert.deepEqual((await deliver(meetingEvent('meetingEnd'))).filter((a) => a.type === 'message'), [], 'Tom never installed Tandem');
    members = [t.person('priya'), t.person('arjun'), t.person('lena')];
    assert.deepEqual((await deliver(meetingEvent('meetingEnd'))).filter((a) => a.type === 'message'), []);
  });

  it('a malformed meeting event is ignored without a reply or an error reaching Teams', async () => {
    members = [t.person('priya'), t.person('arjun')];
    const sent = await deliver(meetingEvent('meetingStart', { Title: 'no id' }));
    assert.deepEqual(sent.filter((a) => a.type === 'message'), []);
  });
});
