import assert from 'node:assert/strict';
import { BOT_COMMANDS } from '../../bot/bot-commands.js';
import { COMMAND_TABLE } from '../../bot/command-table.js';
import { FRIENDLY_ERROR, UNKNOWN_PERSON } from '../../bot/tandem-bot.js';
import {
  CONTOSO,
  FABRIKAM,
  cardOf,
  cardText,
  installActivity,
  membersAdded,
  mention,
  message,
  personalConversationId,
  startBotFixture,
  user,
  type BotFixture,
} from './bot-test-kit.js';

describe('bot: install, commands and team mentions', function () {
  this.timeout(60_000);
  let f: BotFixture;
  before(async () => {
    f = await startBotFixture();
  });
  after(() => f.close());

  describe('install and uninstall', () => {
    it('a personal install saves the reference for the person and sends the welcome card once', async () => {
      const lena = user('lena');
      const sent = await f.deliver(installActivity(lena, 'add'));
      assert.equal(sent.length, 1);
      const card = cardOf(sent[0]);
      const text = cardText(card);
      assert.match(text, /Welcome to Tandem, Lena/);
      for (const command of BOT_COMMANDS) assert.ok(text.includes(command.title) && text.includes(command.description), `welcome lists ${command.title}`);
      assert.equal(card.version, '1.5');

      const stored = await f.conversations.get(CONTOSO.tenantId, 'personal', lena.aadObjectId);
      assert.ok(stored);
      assert.equal(stored.conversationId, personalConversationId(lena));
      assert.equal(stored.uninstalledAt, null);
      assert.equal((stored.reference as any).conversation.id, personalConversationId(lena));
      assert.equal((stored.reference as any).activityId, undefined, 'the reference is the conversation, not one message');

      // Teams also sends conversationUpdate(membersAdded) for the same install: no second welcome.
      assert.deepEqual(await f.deliver(membersAdded(lena)), []);
    });

    it('uninstall marks the reference; a reinstall clears the mark and welcomes again', async () => {
      const kenji = user('kenji');
      await f.deliver(membersAdded(kenji));
      f.t.clock.advance(60_000);
      assert.deepEqual(await f.deliver(installActivity(kenji, 'remove')), []);
      const removed = await f.conversations.get(CONTOSO.tenantId, 'personal', kenji.aadObjectId);
      assert.ok(removed?.uninstalledAt, 'marked uninstalled');
      const again = await f.deliver(installActivity(kenji, 'add'));
      assert.match(cardText(cardOf(again[0])), /Welcome to Tandem, Kenji/);
      assert.equal((await f.conversations.get(CONTOSO.tenantId, 'personal', kenji.aadObjectId))?.uninstalledAt, null);
    });

    it('a team install stores the reference under the Teams team id and greets the channel', async () => {
      const priya = user('priya');
      const sent = await f.deliver(installActivity(priya, 'add', { scope: 'team', teamId: '19:platform-team@thread.tacv2', teamName: 'Platform' }));
      assert.match(cardText(cardOf(sent[0])), /Mention me/);
      const stored = await f.conversations.get(CONTOSO.tenantId, 'team', '19:platform-team@thread.tacv2');
      assert.ok(stored);
      assert.equal(stored.scope, 'team');
      await f.deliver(membersAdded(priya, { scope: 'team', teamId: '19:platform-team@thread.tacv2' }));
      f.t.clock.advance(1000);
      await f.deliver(activityRemovedFromTeam(priya));
      assert.ok((await f.conversations.get(CONTOSO.tenantId, 'team', '19:platform-team@thread.tacv2'))?.uninstalledAt);
    });

    it('a group chat install is stored under the chat id', async () => {
      const tom = user('tom');
      const sent = await f.deliver(installActivity(tom, 'add', { scope: 'groupChat', conversationId: '19:chat-42@thread.v2' }));
      assert.match(cardText(cardOf(sent[0])), /team name/);
      assert.ok(await f.conversations.get(CONTOSO.tenantId, 'groupChat', '19:chat-42@thread.v2'));
    });

    it('a personal message refreshes the stored reference (e.g. a new service URL)', async () => {
      const ben = user('ben');
      await f.deliver(installActivity(ben, 'add'));
      const moved = { ...message(ben, 'help'), serviceUrl: 'https://smba.trafficmanager.net/emea/' };
      await f.deliver(moved);
      const stored = await f.conversations.get(CONTOSO.tenantId, 'personal', ben.aadObjectId);
      assert.equal(stored?.serviceUrl, 'https://smba.trafficmanager.net/emea/');
    });
  });

  describe('personal commands', () => {
    const arjun = user('arjun');

    it('the command table has one handler per command of bot-commands.ts', () => {
      assert.deepEqual(Object.keys(COMMAND_TABLE).sort(), BOT_COMMANDS.map((c) => c.title).sort());
    });

    it('help lists every command', async () => {
      const sent = await f.deliver(message(arjun, 'help'));
      const text = cardText(cardOf(sent[0]));
      for (const command of BOT_COMMANDS) assert.ok(text.includes(command.description));
    });

    it('unknown text gets help, not silence', async () => {
      const sent = await f.deliver(message(arjun, 'what is the weather'));
      assert.equal(sent.length, 1);
      const text = cardText(cardOf(sent[0]));
      assert.match(text, /did not understand "what is the weather"/);
      assert.match(text, /What I can do/);
      const empty = await f.deliver(message(arjun, '   '));
      assert.match(cardText(cardOf(empty[0])), /What I can do/);
    });

    it('commands are case-insensitive and take aliases', async () => {
      assert.match(cardText(cardOf((await f.deliver(message(arjun, 'HELP')))[0])), /What I can do/);
      assert.match(cardText(cardOf((await f.deliver(message(arjun, 'check in')))[0])), /Weekly check-in/);
    });

    it('okrs: my objectives this quarter with progress and links into the tab', async () => {
      const sent = await f.deliver(message(arjun, 'okrs'));
      const card = cardOf(sent[0]);
      const text = cardText(card);
      assert.match(text, /Your OKRs/);
      assert.match(text, /Database failover becomes boring/);
      assert.match(text, /Run a platform nobody has to think about/, 'team objective where arjun owns a key result');
      assert.match(text, /\[Database failover becomes boring\]\(http:\/\/127\.0\.0\.1:\d+\/#\/objective\//);
      const open = card.actions.find((a: any) => a.type === 'Action.OpenUrl');
      assert.equal(open.url, `${f.t.url}/#/my`);
    });

    it('checkin: the check-in card now', async () => {
      const sent = await f.deliver(message(arjun, 'checkin'));
      assert.match(cardText(cardOf(sent[0])), /Weekly check-in/);
    });

    it('settings: the reminder settings card', async () => {
      const sent = await f.deliver(message(arjun, 'settings'));
      const text = cardText(cardOf(sent[0]));
      assert.match(text, /Reminder settings/);
      assert.match(text, /Monday at 09:00 \(your organisation's default\)/);
      assert.match(text, /Asia\/Kolkata/);
    });

    it('someone not in the directory is told so, and nothing else happens', async () => {
      const stranger = { key: 'stranger', tenant: CONTOSO, aadObjectId: '00000000-0000-4000-8000-000000000001' };
      const sent = await f.deliver(message(stranger, 'okrs'));
      assert.deepEqual(sent.map((a) => a.text), [UNKNOWN_PERSON]);
    });

    it('a person of one tenant is unknown when the activity names another tenant', async () => {
      const fab = user('fab-planner', FABRIKAM);
      const sent = await f.deliver(message(fab, 'okrs', { tenantId: CONTOSO.tenantId }));
      assert.deepEqual(sent.map((a) => a.text), [UNKNOWN_PERSON]);
    });

    it('an error in a turn is logged and answered with a friendly message', async () => {
      const original = f.t.tandem.okr.goals.listCycles;
      (f.t.tandem.okr.goals as any).listCycles = async () => {
        throw new Error('store down');
      };
      try {
        const sent = await f.deliver(message(arjun, 'okrs'));
        assert.deepEqual(sent.map((a) => a.text), [FRIENDLY_ERROR]);
      } finally {
        (f.t.tandem.okr.goals as any).listCycles = original;
      }
    });
  });

  describe('team channel mentions', () => {
    it('an @mention in a team channel posts the team OKR summary (team matched by name)', async () => {
      const kenji = user('kenji');
      const sent = await f.deliver(mention(kenji, '', { teamId: '19:platform@thread.tacv2', teamName: 'Platform' }));
      const card = cardOf(sent[0]);
      const text = cardText(card);
      assert.match(text, /Platform: OKRs for/);
      assert.match(text, /Run a platform nobody has to think about/);
      assert.match(text, /Ship changes to production in minutes/);
      assert.doesNotMatch(text, /The mobile app opens before you finish blinking/);
      assert.match(card.actions[0].url, /\?team=tm-platform#\/board$/);
    });

    it('a team name after the mention picks that team; an unknown name gets the list', async () => {
      const kenji = user('kenji');
      const mobile = cardText(cardOf((await f.deliver(mention(kenji, 'Mobile', { teamName: 'Some channel' })))[0]));
      assert.match(mobile, /Mobile: OKRs for/);
      assert.match(mobile, /The mobile app opens before you finish blinking/);
      const unknown = await f.deliver(mention(kenji, 'Astronauts'));
      assert.match(unknown[0]!.text!, /I do not know a team called "Astronauts"/);
      assert.match(unknown[0]!.text!, /Platform/);
    });

    it('without a name or a matching Teams team, the sender\'s own team', async () => {
      const chloe = user('chloe');
      const text = cardText(cardOf((await f.deliver(mention(chloe, '', { teamName: 'Random chatter' })))[0]));
      assert.match(text, /Mobile: OKRs for/);
    });
  });
});

function activityRemovedFromTeam(u: ReturnType<typeof user>) {
  return { ...installActivity(u, 'remove', { scope: 'team', teamId: '19:platform-team@thread.tacv2' }) };
}
