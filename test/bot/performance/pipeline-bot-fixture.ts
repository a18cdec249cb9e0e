import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { createBot, type Bot } from '../../../bot/create-bot.js';
import { createCloudAdapterSender } from '../../../bot/cloud-adapter-sender.js';
import { deliverMessage, type DeliveryDeps } from '../../../src/app/notifications/deliver-message.js';
import { DEFAULT_CLAIM_STALE_AFTER_MS } from '../../../src/app/notifications/enqueue-once.js';
import { silentLogger } from '../../../src/app/notifications/ports/pipeline-logger.js';
import { realSleep } from '../../../src/app/notifications/ports/sleep.js';
import { SendGate } from '../../../src/app/notifications/send-gate.js';
import { ThrottleMarkers } from '../../../src/app/notifications/throttle-markers.js';
import type { StoredConversation } from '../../../src/app/ports/conversation-references.js';
import type { Person } from '../../../src/domain/people/person.js';
import { createLogger } from '../../../src/logger.js';
import { CosmosConversationReferences } from '../../../src/store/goals/cosmos-conversation-references.js';
import { CosmosNotificationSettings } from '../../../src/store/goals/cosmos-notification-settings.js';
import { InMemoryLedger, InMemoryQueue } from '../../app/notifications/fakes.js';
import type { TestTandem } from '../../support/tandem-harness.js';
import { CONTOSO, ProactiveTestAdapter, user, type TeamsUser } from '../bot-test-kit.js';

export const SERVICE_URL = 'https://smba.trafficmanager.net/amer/';
export const PLATFORM_CHANNEL = '19:platform-general@thread.tacv2';

/** What the notifiers under test are built from: the same queue, ledger and references the delivery uses. */
export interface NotifierInputs {
  readonly queue: InMemoryQueue;
  readonly ledger: InMemoryLedger;
  readonly conversations: CosmosConversationReferences;
  readonly clock: TestTandem['clock'];
  readonly logger: typeof silentLogger;
  readonly claimStaleAfterMs: number;
}

/**
 * The performance bot behind the real send pipeline's delivery, with botbuilder's TestAdapter
 * standing in for Teams: Lena and Fatima chat with Tandem; Kenji has the bot only in the Platform
 * team's channel.
 */
export class PipelineBotFixture {
  readonly conversations: CosmosConversationReferences;
  readonly built: Bot;
  readonly adapter = new ProactiveTestAdapter();
  readonly queue: InMemoryQueue;
  readonly ledger = new InMemoryLedger();
  readonly delivery: DeliveryDeps;

  private constructor(readonly t: TestTandem) {
    this.conversations = new CosmosConversationReferences(t.directoryContainer());
    this.built = createBot({
      mode: 'local',
      botAppId: null,
      okr: t.tandem.okr,
      performance: t.tandem.performance,
      conversations: this.conversations,
      settings: new CosmosNotificationSettings(t.directoryContainer(), () => t.clock.now()),
      tabBaseUrl: `${t.url}/`,
      logger: createLogger('silent'),
    });
    this.queue = new InMemoryQueue(t.clock);
    const markers = new ThrottleMarkers(this.ledger, t.clock, 1000);
    this.delivery = {
      queue: this.queue,
      ledger: this.ledger,
      conversations: this.conversations,
      composer: this.built.composer,
      sender: createCloudAdapterSender(this.adapter, ''),
      gate: new SendGate({ ratePerTenant: 25, ratePerConversation: 7 }, t.clock, realSleep, markers),
      markers,
      clock: t.clock,
      sleep: realSleep,
      random: () => 0,
      logger: silentLogger,
      policy: { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 10_000 },
      visibilityTimeoutMs: 30_000,
      sendBudgetMs: 10_000,
    };
  }

  static async start(t: TestTandem): Promise<PipelineBotFixture> {
    const fixture = new PipelineBotFixture(t);
    await fixture.conversations.save(personalReference(user('lena')));
    await fixture.conversations.save(personalReference(user('fatima')));
    await fixture.conversations.save({
      tenantId: CONTOSO.tenantId,
      ownerId: t.team('platform'),
      scope: 'team',
      conversationId: PLATFORM_CHANNEL,
      serviceUrl: SERVICE_URL,
      reference: { channelId: 'msteams', serviceUrl: SERVICE_URL, conversation: { id: PLATFORM_CHANNEL, conversationType: 'channel', tenantId: CONTOSO.tenantId, isGroup: true }, bot: { id: '28:tandem-bot', name: 'Tandem' } },
      updatedAt: '2026-11-01T00:00:00.000Z',
      uninstalledAt: null,
    });
    return fixture;
  }

  get notifierInputs(): NotifierInputs {
    return { queue: this.queue, ledger: this.ledger, conversations: this.conversations, clock: this.t.clock, logger: silentLogger, claimStaleAfterMs: DEFAULT_CLAIM_STALE_AFTER_MS };
  }

  async personOf(key: string): Promise<Person> {
    return (await this.t.tandem.performance.directory.getPerson(CONTOSO.tenantId, this.t.person(key)))!;
  }

  /** Delivers every visible queued message; returns what reached Teams (the adapter's sends). */
  async deliverAll(): Promise<Partial<Activity>[]> {
    this.adapter.drain();
    for (;;) {
      const [message] = await this.queue.receive(1, this.delivery.visibilityTimeoutMs);
      if (!message) break;
      await deliverMessage(this.delivery, message, new AbortController().signal);
    }
    return this.adapter.drain();
  }

  /** Runs an invoke through the bot and returns the body of its 200 invoke response. */
  async invokeBot(activity: Partial<Activity>): Promise<any> {
    this.adapter.drain();
    await this.adapter.processActivity(activity, (context) => this.built.bot.run(context));
    const response = this.adapter.drain().find((a) => a.type === 'invokeResponse');
    assert.ok(response, 'an invoke response');
    const value = response.value as { status: number; body: any };
    assert.equal(value.status, 200);
    return value.body.value;
  }
}

export const personalReference = (u: TeamsUser): StoredConversation => ({
  tenantId: CONTOSO.tenantId,
  ownerId: u.aadObjectId,
  scope: 'personal',
  conversationId: `a:personal-${u.aadObjectId}`,
  serviceUrl: SERVICE_URL,
  reference: {
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    conversation: { id: `a:personal-${u.aadObjectId}`, conversationType: 'personal', tenantId: CONTOSO.tenantId },
    bot: { id: '28:tandem-bot', name: 'Tandem' },
    user: { id: `29:${u.aadObjectId}`, aadObjectId: u.aadObjectId, name: u.key },
  },
  updatedAt: '2026-11-01T00:00:00.000Z',
  uninstalledAt: null,
});
