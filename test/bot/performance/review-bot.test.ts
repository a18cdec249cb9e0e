import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import type { Bot } from '../../../bot/create-bot.js';
import { VERB } from '../../../bot/verb-names.js';
import type { DeliveryDeps } from '../../../src/app/notifications/deliver-message.js';
import { silentLogger } from '../../../src/app/notifications/ports/pipeline-logger.js';
import { notificationKey, type QueuedNotification } from '../../../src/app/notifications/queued-notification.js';
import { scheduleTick } from '../../../src/app/notifications/schedule-tick.js';
import { encodeEnvelope, newEnvelope } from '../../../src/app/notifications/send-envelope.js';
import { decideNomination } from '../../../src/app/performance/reviews/decide-nomination.js';
import { getPeerRequest } from '../../../src/app/performance/reviews/get-peer-request.js';
import { createQueuedReviewNotifier } from '../../../src/app/performance/reviews/queued-review-notifier.js';
import { createReviewReminderPlanner } from '../../../src/app/performance/reviews/review-reminders.js';
import type { ReviewNotifier } from '../../../src/app/performance/reviews/review-notifier.js';
import type { ReviewPacketView } from '../../../src/app/performance/reviews/review-views.js';
import type { Person } from '../../../src/domain/people/person.js';
import type { CosmosConversationReferences } from '../../../src/store/goals/cosmos-conversation-references.js';
import { DEFAULT_CLAIM_STALE_AFTER_MS } from '../../../src/app/notifications/enqueue-once.js';
import { CosmosNotificationSettings } from '../../../src/store/goals/cosmos-notification-settings.js';
import type { InMemoryLedger, InMemoryQueue } from '../../app/notifications/fakes.js';
import { PLATFORM_CHANNEL as CHANNEL, PipelineBotFixture } from './pipeline-bot-fixture.js';
import { expectStatus, ReviewDriver } from '../../api/performance/reviews/review-http-kit.js';
import { startTestTandem, type TestTandem } from '../../support/tandem-harness.js';
import { CONTOSO, type ProactiveTestAdapter, cardOf, cardText, inputsOf, invoke, submitData, user } from '../bot-test-kit.js';

/**
 * Peer request cards and review reminders through the send pipeline, and the `review.respond` /
 * `review.save` / `review.refresh` verbs, with botbuilder's TestAdapter standing in for Teams.
 * Arjun's review (Platform team, anonymous cycle); Lena and Fatima chat with Tandem, Kenji has the
 * bot only in his team's channel.
 */
describe('bot: peer request cards, review reminders and the review.respond verb', function () {
  this.timeout(120_000);
  let t: TestTandem;
  let reviews: ReviewDriver;
  let built: Bot;
  let adapter: ProactiveTestAdapter;
  let conversations: CosmosConversationReferences;
  let queue: InMemoryQueue;
  let ledger: InMemoryLedger;
  let notifier: ReviewNotifier;
  let delivery: DeliveryDeps;
  let cycleId: string;

  const lena = user('lena');
  const fatima = user('fatima');
  const ben = user('ben');

  let fixture: PipelineBotFixture;
  const personOf = (key: string): Promise<Person> => fixture.personOf(key);
  const deliverAll = (): Promise<Partial<Activity>[]> => fixture.deliverAll();
  const invokeBot = (activity: Partial<Activity>): Promise<any> => fixture.invokeBot(activity);

  const requestAs = async (key: string, responseId: string) => {
    const found = await getPeerRequest(t.tandem.performance, { actor: await personOf(key) }, responseId);
    assert.ok(found.ok, JSON.stringify(found));
    return found.value;
  };

  /** Arjun nominates over HTTP; Priya approves through the use case with the test's notifier. */
  async function nominateAndApprove(nominees: string[]): Promise<void> {
    const path = `/review-packets/${reviews.packetId(cycleId, 'arjun')}`;
    for (const nominee of nominees) {
      const view = expectStatus(await t.request<ReviewPacketView>('POST', `${path}/nominations`, { as: 'arjun', body: { nomineeId: t.person(nominee), relation: 'peer' } }), 201, `nominate ${nominee}`);
      const nomination = view.nominations!.items.find((n) => n.nominee.id === t.person(nominee))!;
      const decided = await decideNomination(t.tandem.performance, { actor: await personOf('priya') }, reviews.packetId(cycleId, 'arjun'), nomination.id, { approve: true }, notifier);
      assert.ok(decided.ok, JSON.stringify(decided));
    }
  }

  before(async () => {
    t = await startTestTandem();
    reviews = new ReviewDriver(t);
    fixture = await PipelineBotFixture.start(t);
    ({ built, adapter, conversations, queue, ledger, delivery } = fixture);
    notifier = createQueuedReviewNotifier(fixture.notifierInputs);
    cycleId = await reviews.launched({ anonymity: { mode: 'anonymous', threshold: 3 } });
  });
  after(() => t.close());

  let lenaRequest: string;
  let fatimaRequest: string;
  let lenasCard: any;

  it('queues nothing for approvals in the self phase (peers cannot answer yet)', async () => {
    await nominateAndApprove(['lena']);
    assert.deepEqual(await deliverAll(), []);
    lenaRequest = await reviews.requestFor('lena', cycleId, 'arjun');
  });

  it('in the peer phase, sends each approved nominee a card in their personal chat only, once', async () => {
    await reviews.advance(cycleId, 'peer');
    await nominateAndApprove(['fatima', 'kenji']);
    fatimaRequest = await reviews.requestFor('fatima', cycleId, 'arjun');
    const sent = await deliverAll();
    assert.deepEqual(sent.map((a) => a.conversation?.id), [`a:personal-${fatima.aadObjectId}`], 'Kenji has no personal chat: nothing, and never the channel');

    const card = cardOf(sent[0]);
    assert.equal(card.version, '1.5');
    const text = cardText(card);
    assert.match(text, /Feedback for Arjun Mehta/);
    assert.match(text, /Peer feedback/);
    assert.match(text, /Arjun will not see your name/);
    assert.match(text, /at least 3 people/);
    assert.match(text, /7 Dec 2026/, 'the peer deadline');
    const inputs = inputsOf(card);
    assert.deepEqual(inputs.filter((i) => i.type === 'Input.ChoiceSet').map((i) => i.id), ['rating_delivery', 'rating_collaboration', 'rating_craft', 'rating_ownership']);
    assert.ok(inputs[0].choices.some((c: any) => c.value === '5' && /Exceptional|\w+/.test(c.title)), 'scale labels on the choices');
    assert.deepEqual(inputs.filter((i) => i.type === 'Input.Text').map((i) => [i.id, i.isMultiline]), [['answer_went-well', true], ['answer_improve', true], ['answer_next', true]]);
    const submit = card.actions.find((a: any) => a.verb === VERB.reviewRespond);
    assert.equal(submit.type, 'Action.Execute');
    assert.deepEqual(submit.data, { responseId: fatimaRequest, verb: VERB.reviewRespond }, 'the response id only');
    assert.ok(card.refresh.userIds.includes(fatima.aadObjectId));

    // The same approval notified again (a retry, another instance): never a second card.
    const slot = (await t.tandem.performance.reviews.getPeerResponse(CONTOSO.tenantId, fatimaRequest))!.value;
    await notifier.peerRequestOpened(slot, 'peer');
    assert.deepEqual(await deliverAll(), []);
  });

  it('the scheduler sends the card of an approval made in the self phase, once, with the same key', async () => {
    const planner = createReviewReminderPlanner({ reviews: t.tandem.performance.reviews, directory: t.tandem.performance.directory, audit: t.tandem.performance.audit, ids: t.tandem.performance.ids, minIntervalMs: 0 });
    const tick = () =>
      scheduleTick(
        {
          tenants: async () => [CONTOSO.tenantId],
          settings: new CosmosNotificationSettings(t.directoryContainer(), () => t.clock.now()),
          goals: t.tandem.okr.goals,
          directory: t.tandem.okr.directory,
          conversations,
          ledger,
          queue,
          logger: silentLogger,
          claimStaleAfterMs: DEFAULT_CLAIM_STALE_AFTER_MS,
          planners: [planner],
        },
        t.clock.now(),
      );
    await tick();
    const sent = (await deliverAll()).filter((a) => /Feedback for/.test(JSON.stringify(a)));
    assert.deepEqual(sent.map((a) => a.conversation?.id), [`a:personal-${lena.aadObjectId}`], 'Fatima’s card went out already');
    lenasCard = cardOf(sent[0]);
    assert.ok(JSON.stringify(lenasCard).includes(lenaRequest));
    await tick();
    assert.deepEqual((await deliverAll()).filter((a) => /Feedback for/.test(JSON.stringify(a))), [], 'once');
  });

  it('review.respond submits the answers from the card as the verified user and confirms', async () => {
    const data = submitData(lenasCard, VERB.reviewRespond, { rating_delivery: '4', rating_craft: '', 'answer_went-well': 'The build pipeline.', answer_improve: 'Write docs earlier.' });
    const reply = await invokeBot(invoke(lena, VERB.reviewRespond, data));
    assert.match(cardText(reply), /Thank you: your feedback for Arjun Mehta is submitted/);
    assert.match(cardText(reply), /The build pipeline\./);
    const stored = await requestAs('lena', lenaRequest);
    assert.equal(stored.status, 'submitted');
    assert.deepEqual(stored.ratings, { delivery: 4 });
    assert.deepEqual(stored.answers, { 'went-well': 'The build pipeline.', improve: 'Write docs earlier.' });
  });

  it('a second submit is refused as already submitted, and changes nothing', async () => {
    const reply = await invokeBot(invoke(lena, VERB.reviewRespond, submitData(lenasCard, VERB.reviewRespond, { 'answer_went-well': 'Changed my mind', answer_improve: 'x' })));
    assert.match(cardText(reply), /PERF\.ALREADY_SUBMITTED/);
    assert.equal((await requestAs('lena', lenaRequest)).answers['went-well'], 'The build pipeline.');
  });

  it('a forged card (someone else’s response id) gets an error card with a code and writes nothing', async () => {
    const before = JSON.stringify(await requestAs('fatima', fatimaRequest));
    const forged = await invokeBot(invoke(ben, VERB.reviewRespond, { responseId: fatimaRequest, 'answer_went-well': 'Forged', answer_improve: 'Forged' }));
    assert.match(cardText(forged), /not found/i);
    assert.match(cardText(forged), /PERF\.NOT_FOUND/);
    // The subject may not know it exists; the manager may read it but not answer in the reviewer's place.
    const bySubject = await invokeBot(invoke(user('arjun'), VERB.reviewRespond, { responseId: fatimaRequest, 'answer_went-well': 'Forged', answer_improve: 'Forged' }));
    assert.match(cardText(bySubject), /PERF\.NOT_FOUND/);
    const byManager = await invokeBot(invoke(user('priya'), VERB.reviewRespond, { responseId: fatimaRequest, 'answer_went-well': 'Forged', answer_improve: 'Forged' }));
    assert.match(cardText(byManager), /PERF\.FORBIDDEN/);
    for (const bad of [{}, { responseId: 'x/y' }, { responseId: `${cycleId}.nobody.prabc`, 'answer_went-well': 'x' }, { responseId: 42 }]) {
      const reply = await invokeBot(invoke(fatima, VERB.reviewRespond, bad));
      assert.match(cardText(reply), /Nothing was saved/, JSON.stringify(bad));
      assert.match(cardText(reply), /\(PERF\.[A-Z_]+\)/);
    }
    assert.equal(JSON.stringify(await requestAs('fatima', fatimaRequest)), before, 'nothing written');
  });

  it('takes answers in the personal chat only', async () => {
    const before = JSON.stringify(await requestAs('fatima', fatimaRequest));
    const inChannel = await invokeBot(invoke(fatima, VERB.reviewRespond, { responseId: fatimaRequest, 'answer_went-well': 'In a channel', answer_improve: 'x' }, { scope: 'team', teamId: '19:team@thread.tacv2' }));
    assert.match(cardText(inChannel), /PERF\.PERSONAL_CHAT_ONLY/);
    const inGroup = await invokeBot(invoke(fatima, VERB.reviewSave, { responseId: fatimaRequest, 'answer_went-well': 'In a group' }, { scope: 'groupChat' }));
    assert.match(cardText(inGroup), /PERF\.PERSONAL_CHAT_ONLY/);
    assert.equal(JSON.stringify(await requestAs('fatima', fatimaRequest)), before, 'nothing written');
  });

  it('bad ratings and missing answers come back on the form with field errors and codes, and nothing is written', async () => {
    const before = JSON.stringify(await requestAs('fatima', fatimaRequest));
    const base = { responseId: fatimaRequest, 'answer_went-well': 'Careful reviews', answer_improve: 'Speak up more' };
    const notANumber = await invokeBot(invoke(fatima, VERB.reviewRespond, { ...base, rating_delivery: 'great' }));
    assert.match(cardText(notANumber), /Choose a point on the scale \(PERF\.VALIDATION\)/);
    assert.equal(inputsOf(notANumber).find((i) => i.id === 'answer_improve').value, 'Speak up more', 'what was typed is kept');
    const offScale = await invokeBot(invoke(fatima, VERB.reviewRespond, { ...base, rating_delivery: '9' }));
    assert.match(cardText(offScale), /Not a point on the scale of Delivery \(PERF\.VALIDATION\)/);
    const unknown = await invokeBot(invoke(fatima, VERB.reviewRespond, { ...base, rating_charisma: '3' }));
    assert.match(cardText(unknown), /Not a competency of this review \(PERF\.VALIDATION\)/);
    const notText = await invokeBot(invoke(fatima, VERB.reviewRespond, { ...base, answer_improve: { text: 'x' } }));
    assert.match(cardText(notText), /PERF\.VALIDATION/);
    const missing = await invokeBot(invoke(fatima, VERB.reviewRespond, { responseId: fatimaRequest, 'answer_went-well': 'Only one', answer_improve: '  ' }));
    assert.match(cardText(missing), /This question needs an answer \(PERF\.VALIDATION\)/);
    assert.equal(JSON.stringify(await requestAs('fatima', fatimaRequest)), before, 'nothing written');
  });

  it('review.save keeps a draft only the reviewer sees; refresh shows the form with it', async () => {
    const saved = await invokeBot(invoke(fatima, VERB.reviewSave, { responseId: fatimaRequest, rating_collaboration: '5', 'answer_went-well': 'Careful reviews', answer_improve: '' }));
    assert.match(cardText(saved), /Draft saved/);
    assert.equal((await requestAs('fatima', fatimaRequest)).status, 'pending');
    const refreshed = await invokeBot(invoke(fatima, VERB.reviewRefresh, { responseId: fatimaRequest }));
    assert.equal(inputsOf(refreshed).find((i) => i.id === 'rating_collaboration').value, '5');
    assert.equal(inputsOf(refreshed).find((i) => i.id === 'answer_went-well').value, 'Careful reviews');
  });

  it('drops cards and reminders whose work is done, and never tells the subject about responses', async () => {
    const compose = (recipient: string, kind: QueuedNotification['kind'], period: string) => {
      const parts = { tenantId: CONTOSO.tenantId, recipientId: t.person(recipient), kind, period };
      return built.composer.compose({ ...parts, key: notificationKey(parts), enqueuedAt: t.clock.now().toISOString() });
    };
    const slot = (await t.tandem.performance.reviews.getPeerResponse(CONTOSO.tenantId, lenaRequest))!.value;
    const period = `${slot.createdAt.slice(0, 10)}~${lenaRequest}`;
    assert.equal(await compose('lena', 'review-peer-request', period), null, 'Lena submitted: no card');
    assert.equal(await compose('ben', 'review-peer-request', period), null, 'not Ben’s request');
    assert.equal(await compose('lena', 'review-reminder', `2026-12-05~${cycleId}.peer`), null, 'nothing pending for Lena');
    const reminder = await compose('fatima', 'review-reminder', `2026-12-05~${cycleId}.peer`);
    assert.ok(reminder);
    const card = cardOf(reminder as never);
    assert.match(cardText(card), /^Reminder: feedback for Arjun Mehta/);
    assert.doesNotMatch(JSON.stringify(card), /Lena|Fischer/);
    assert.equal(await compose('arjun', 'review-reminder', `2026-12-05~${cycleId}.peer`), null, 'the subject gets no peer reminder');
    assert.equal(await compose('arjun', 'review-peer-request', period), null);
    // A reminder queued for someone without a personal chat never goes anywhere else.
    const parts = { tenantId: CONTOSO.tenantId, recipientId: t.person('kenji'), kind: 'review-reminder' as const, period: `2026-12-05~${cycleId}.peer` };
    await queue.enqueue(encodeEnvelope(newEnvelope({ ...parts, key: notificationKey(parts), enqueuedAt: t.clock.now().toISOString() })));
    assert.deepEqual(await deliverAll(), []);
    assert.equal(ledger.deadLetters.get(notificationKey(parts))?.reason, 'no-conversation');
  });

  it('composes self and manager reminders as their recipients, and drops them once done', async () => {
    const compose = (recipient: string, period: string) => {
      const parts = { tenantId: CONTOSO.tenantId, recipientId: t.person(recipient), kind: 'review-reminder' as const, period };
      return built.composer.compose({ ...parts, key: notificationKey(parts), enqueuedAt: t.clock.now().toISOString() });
    };
    const self = await compose('fatima', `2026-11-28~${cycleId}.self`);
    assert.match(cardText(cardOf(self as never)), /Reminder: your self review is due 30 Nov 2026/);
    assert.equal(await compose('priya', `2026-12-12~${cycleId}.manager`), null, 'not the manager phase yet');
    await reviews.advance(cycleId, 'manager');
    assert.equal(await compose('fatima', `2026-11-30~${cycleId}.self`), null, 'the self review is closed');
    const manager = cardOf((await compose('priya', `2026-12-12~${cycleId}.manager`)) as never);
    assert.match(cardText(manager), /reviews to write by 14 Dec 2026/);
    assert.match(cardText(manager), /Arjun Mehta/);
    assert.equal(await compose('lena', `2026-12-12~${cycleId}.manager`), null, 'Lena writes no reviews');
  });
});
