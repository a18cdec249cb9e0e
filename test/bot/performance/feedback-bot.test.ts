import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import type { Bot } from '../../../bot/create-bot.js';
import { VERB } from '../../../bot/verb-names.js';
import type { DeliveryDeps } from '../../../src/app/notifications/deliver-message.js';
import { notificationKey } from '../../../src/app/notifications/queued-notification.js';
import { encodeEnvelope, newEnvelope } from '../../../src/app/notifications/send-envelope.js';
import { createFeedbackRequest } from '../../../src/app/performance/feedback/create-feedback-request.js';
import { getFeedbackRequest } from '../../../src/app/performance/feedback/get-feedback-request.js';
import { giveFeedback } from '../../../src/app/performance/feedback/give-feedback.js';
import { createQueuedFeedbackNotifier } from '../../../src/app/performance/feedback/queued-feedback-notifier.js';
import type { FeedbackNotifier } from '../../../src/app/performance/feedback/feedback-notifier.js';
import type { Person } from '../../../src/domain/people/person.js';
import type { CosmosConversationReferences } from '../../../src/store/goals/cosmos-conversation-references.js';
import type { InMemoryLedger, InMemoryQueue } from '../../app/notifications/fakes.js';
import { PLATFORM_CHANNEL as CHANNEL, PipelineBotFixture } from './pipeline-bot-fixture.js';
import { startTestTandem, type TestTandem } from '../../support/tandem-harness.js';
import { CONTOSO, type ProactiveTestAdapter, cardOf, cardText, inputsOf, invoke, submitData, user } from '../bot-test-kit.js';

/**
 * Feedback request cards through the send pipeline and the `feedback.respond` verb, with botbuilder's
 * TestAdapter standing in for Teams: cards only ever reach a personal chat, the verb records through
 * the use case, a second submit updates, and forged or misplaced submissions write nothing.
 */
describe('bot: feedback request cards and the feedback.respond verb', function () {
  this.timeout(60_000);
  let t: TestTandem;
  let built: Bot;
  let adapter: ProactiveTestAdapter;
  let conversations: CosmosConversationReferences;
  let queue: InMemoryQueue;
  let ledger: InMemoryLedger;
  let notifier: FeedbackNotifier;
  let delivery: DeliveryDeps;

  const lena = user('lena');
  const fatima = user('fatima');
  const ben = user('ben');

  let fixture: PipelineBotFixture;
  const personOf = (key: string): Promise<Person> => fixture.personOf(key);
  const deliverAll = (): Promise<Partial<Activity>[]> => fixture.deliverAll();
  const invokeBot = (activity: Partial<Activity>): Promise<any> => fixture.invokeBot(activity);

  const detailAs = async (key: string, requestId: string) => {
    const found = await getFeedbackRequest(t.tandem.performance, { actor: await personOf(key) }, requestId);
    assert.ok(found.ok, JSON.stringify(found));
    return found.value;
  };

  before(async () => {
    t = await startTestTandem();
    fixture = await PipelineBotFixture.start(t);
    ({ built, adapter, conversations, queue, ledger, delivery } = fixture);
    notifier = createQueuedFeedbackNotifier(fixture.notifierInputs);
  });
  after(() => t.close());

  let requestId: string;
  let lenasCard: any;

  it('sends the request card to each invitee’s personal chat only; someone whose only reference is a channel gets nothing there', async () => {
    const created = await createFeedbackRequest(t.tandem.performance, notifier, { actor: await personOf('arjun') }, {
      inviteeIds: [t.person('lena'), t.person('kenji'), t.person('fatima')],
      questions: ['What should I keep doing?', 'What should I change?'],
    });
    assert.ok(created.ok, JSON.stringify(created));
    requestId = created.value.id;
    const sent = await deliverAll();
    const targets = sent.map((a) => a.conversation?.id).sort();
    assert.deepEqual(targets, [`a:personal-${fatima.aadObjectId}`, `a:personal-${lena.aadObjectId}`]);
    assert.ok(!sent.some((a) => a.conversation?.id === CHANNEL), 'nothing in the channel');

    lenasCard = cardOf(sent.find((a) => a.conversation?.id === `a:personal-${lena.aadObjectId}`));
    assert.equal(lenasCard.version, '1.5');
    assert.match(cardText(lenasCard), /Arjun Mehta asked for your feedback/);
    assert.deepEqual(inputsOf(lenasCard).map((i) => [i.type, i.id, i.isMultiline]), [
      ['Input.Text', 'answer_q1', true],
      ['Input.Text', 'answer_q2', true],
    ]);
    const action = lenasCard.actions.find((a: any) => a.verb === VERB.feedbackRespond);
    assert.equal(action.type, 'Action.Execute');
    assert.deepEqual(action.data, { requestId, verb: VERB.feedbackRespond }, 'opaque ids only');
    assert.equal(lenasCard.refresh.action.verb, VERB.feedbackRefresh);
    assert.ok(lenasCard.refresh.userIds.includes(lena.aadObjectId));

    // Queued again (a retried request, a second scheduler): never sent twice.
    await notifier.requestCreated((await detailAs('arjun', requestId)).request as never);
    assert.deepEqual(await deliverAll(), []);
  });

  it('never posts a confidential card outside a personal chat, even when one is queued for someone without one', async () => {
    const period = `2026-11-22~${requestId}`;
    const n = { tenantId: CONTOSO.tenantId, recipientId: t.person('kenji'), kind: 'feedback-request' as const, period };
    await queue.enqueue(encodeEnvelope(newEnvelope({ ...n, key: notificationKey(n), enqueuedAt: t.clock.now().toISOString() })));
    assert.deepEqual(await deliverAll(), []);
    assert.equal(ledger.deadLetters.get(notificationKey(n))?.reason, 'no-conversation');
  });

  it('feedback.respond records the answers from the card and answers with a confirmation', async () => {
    const data = submitData(lenasCard, VERB.feedbackRespond, { answer_q1: 'Your design docs.', answer_q2: '' });
    const reply = await invokeBot(invoke(lena, VERB.feedbackRespond, data));
    assert.match(cardText(reply), /Thank you: your feedback is saved/);
    assert.match(cardText(reply), /Your design docs\./);
    const detail = await detailAs('lena', requestId);
    assert.deepEqual(detail.myResponse?.answers, [{ questionId: 'q1', text: 'Your design docs.' }]);
    assert.ok(reply.actions.some((a: any) => a.verb === VERB.feedbackRefresh && a.data.mode === 'edit'), 'a way to change the answers');
  });

  it('a second submit updates the same response', async () => {
    const data = submitData(lenasCard, VERB.feedbackRespond, { answer_q1: 'Your design docs.', answer_q2: 'Delegate more.' });
    const reply = await invokeBot(invoke(lena, VERB.feedbackRespond, data));
    assert.match(cardText(reply), /Your feedback is updated/);
    const asArjun = await detailAs('arjun', requestId);
    assert.equal(asArjun.responses.filter((r) => r.authorId === t.person('lena')).length, 1, 'still one response');
    assert.deepEqual(asArjun.responses[0]!.answers.map((a) => a.text), ['Your design docs.', 'Delegate more.']);
    // A double click sends the same thing twice: still one response, same answers.
    await invokeBot(invoke(lena, VERB.feedbackRespond, data));
    assert.equal((await detailAs('arjun', requestId)).responses.length, 1);
  });

  it('refresh shows the invitee their answers, and the form again to change them', async () => {
    const answers = await invokeBot(invoke(lena, VERB.feedbackRefresh, { requestId }));
    assert.match(cardText(answers), /Delegate more\./);
    const form = await invokeBot(invoke(lena, VERB.feedbackRefresh, { requestId, mode: 'edit' }));
    assert.deepEqual(inputsOf(form).map((i) => i.value), ['Your design docs.', 'Delegate more.']);
  });

  it('a forged card (someone else’s request id) gets an error card and writes nothing', async () => {
    const before = JSON.stringify((await detailAs('arjun', requestId)).responses);
    const forged = await invokeBot(invoke(ben, VERB.feedbackRespond, { requestId, answer_q1: 'Forged' }));
    assert.match(cardText(forged), /not found/i);
    assert.match(cardText(forged), /PERF\.NOT_FOUND/);
    assert.match(cardText(forged), /Nothing was saved/);
    // The manager may read the request, but was not asked to answer it.
    const byManager = await invokeBot(invoke(user('priya'), VERB.feedbackRespond, { requestId, answer_q1: 'Forged' }));
    assert.match(cardText(byManager), /PERF\.FORBIDDEN/);
    for (const bad of [{}, { requestId: 'frq.x/y.z' }, { requestId, answer_q1: 42 }, { requestId: 'frq.nobody.abc', answer_q1: 'x' }]) {
      const reply = await invokeBot(invoke(lena, VERB.feedbackRespond, bad));
      assert.match(cardText(reply), /Nothing was saved/, JSON.stringify(bad));
      assert.match(cardText(reply), /\(PERF\.[A-Z_]+\)/);
    }
    assert.equal(JSON.stringify((await detailAs('arjun', requestId)).responses), before, 'nothing written');
  });

  it('answers are taken in the personal chat only, and bad answers come back on the form with a code', async () => {
    const before = JSON.stringify((await detailAs('arjun', requestId)).responses);
    const inChannel = await invokeBot(invoke(fatima, VERB.feedbackRespond, { requestId, answer_q1: 'In a channel' }, { scope: 'team', teamId: '19:team@thread.tacv2' }));
    assert.match(cardText(inChannel), /PERF\.PERSONAL_CHAT_ONLY/);
    const empty = await invokeBot(invoke(fatima, VERB.feedbackRespond, { requestId, answer_q1: '  ', answer_q2: '' }));
    assert.match(cardText(empty), /Answer at least one question \(PERF\.VALIDATION\)/);
    assert.equal(inputsOf(empty).length, 2, 'the form again');
    const tooLong = await invokeBot(invoke(fatima, VERB.feedbackRespond, { requestId, answer_q1: 'x'.repeat(4001) }));
    assert.match(cardText(tooLong), /PERF\.VALIDATION/);
    assert.equal(inputsOf(tooLong)[0].value.length, 4001, 'what was typed is kept');
    assert.equal(JSON.stringify((await detailAs('arjun', requestId)).responses), before, 'nothing written');
  });

  it('reminds, days later, only those who have not answered, and never names who did', async () => {
    t.clock.advance(3 * 24 * 3600_000 + 60_000);
    const sent = await deliverAll();
    assert.deepEqual(sent.map((a) => a.conversation?.id), [`a:personal-${fatima.aadObjectId}`], 'Lena answered: her reminder is dropped');
    const reminder = cardOf(sent[0]);
    assert.match(cardText(reminder), /^Reminder: feedback for Arjun Mehta/);
    assert.doesNotMatch(JSON.stringify(reminder), /Lena|Fischer/);
  });

  it('a closed request takes no more answers from the card', async () => {
    const closed = await t.request('POST', `/feedback-requests/${requestId}/close`, { as: 'arjun' });
    assert.equal(closed.status, 200);
    const late = await invokeBot(invoke(fatima, VERB.feedbackRespond, { requestId, answer_q1: 'Late' }));
    assert.match(cardText(late), /closed/);
    assert.equal((await detailAs('fatima', requestId)).myResponse, null);
  });

  it('posts praise to the chosen team’s channel, and only there', async () => {
    const given = await giveFeedback(t.tandem.performance, notifier, { actor: await personOf('arjun') }, {
      recipientId: t.person('kenji'),
      visibility: 'praise',
      text: 'Kenji halved our pages.',
      teamId: t.team('platform'),
    });
    assert.ok(given.ok, JSON.stringify(given));
    const sent = await deliverAll();
    assert.deepEqual(sent.map((a) => a.conversation?.id), [CHANNEL]);
    const post = cardOf(sent[0]);
    assert.match(cardText(post), /Praise for Kenji Tanaka/);
    assert.match(cardText(post), /Kenji halved our pages\./);
    // Private feedback never becomes a channel post.
    const privateOne = await giveFeedback(t.tandem.performance, notifier, { actor: await personOf('arjun') }, { recipientId: t.person('kenji'), visibility: 'private', text: 'x', teamId: t.team('platform') });
    assert.equal(!privateOne.ok && privateOne.code, 'PERF.VALIDATION');
    assert.deepEqual(await deliverAll(), []);
  });
});
