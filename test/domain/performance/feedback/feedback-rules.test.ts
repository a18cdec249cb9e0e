import assert from 'node:assert/strict';
import { periodStartDate } from '../../../../src/domain/notifications/period-keys.js';
import { decide } from '../../../../src/domain/performance/access-policy.js';
import { deliveryPeriod, itemIdOfPeriod } from '../../../../src/domain/performance/feedback/feedback-delivery-period.js';
import { itemFacts, requestFacts, responseFacts } from '../../../../src/domain/performance/feedback/feedback-facts.js';
import { feedbackId, feedbackRequestId, feedbackResponseId, isPraiseId, parseFeedbackRequestId, praiseId } from '../../../../src/domain/performance/feedback/feedback-ids.js';
import { createFeedbackItem, KIND_OF, type FeedbackVisibility } from '../../../../src/domain/performance/feedback/feedback-item.js';
import { closeFeedbackRequest, createFeedbackRequest, type FeedbackRequest } from '../../../../src/domain/performance/feedback/feedback-request.js';
import { answerFeedbackRequest } from '../../../../src/domain/performance/feedback/feedback-response.js';
import type { PolicyActor, PolicySubject } from '../../../../src/domain/performance/relationships.js';
import type { Failure, Result } from '../../../../src/domain/shared/result.js';

const T = 'tenant-a';
const AT = '2026-11-22T12:00:00.000Z';
const ruleOf = (result: Result<unknown>): string | undefined => (result.ok ? undefined : ((result as Failure).details?.rule as string | undefined));

const newItem = (overrides: Partial<Parameters<typeof createFeedbackItem>[0]> = {}) =>
  createFeedbackItem({ tenantId: T, id: 'fbk.ann.1', subjectId: 'ann', authorId: 'bob', visibility: 'private', text: 'Nice work', createdAt: AT, ...overrides });

const newRequest = (overrides: Partial<Parameters<typeof createFeedbackRequest>[0]> = {}) =>
  createFeedbackRequest({ tenantId: T, id: 'frq.ann.1', subjectId: 'ann', requesterId: 'ann', inviteeIds: ['bob', 'cat'], questions: ['Keep doing?', 'Change?'], createdAt: AT, ...overrides });

const openRequest = (): FeedbackRequest => {
  const r = newRequest();
  assert.ok(r.ok);
  return r.value;
};

describe('continuous feedback: domain rules', () => {
  describe('feedback and praise', () => {
    it('trims the text and keeps who gave it to whom', () => {
      const item = newItem({ text: '  Nice work\r\n  ' });
      assert.ok(item.ok);
      assert.equal(item.value.text, 'Nice work');
      assert.equal(item.value.channelTeamId, null);
    });

    it('refuses feedback to yourself, empty or over-long text, and a channel post for anything but praise', () => {
      assert.equal(ruleOf(newItem({ authorId: 'ann' })), 'feedback.to-self');
      assert.equal(ruleOf(newItem({ text: ' \n ' })), 'feedback.empty');
      assert.equal(ruleOf(newItem({ text: 'x'.repeat(4001) })), 'feedback.too-long');
      assert.ok(newItem({ text: 'x'.repeat(4000) }).ok);
      assert.equal(ruleOf(newItem({ visibility: 'manager-only', channelTeamId: 'tm-1' })), 'feedback.channel-not-praise');
      assert.ok(newItem({ visibility: 'praise', channelTeamId: 'tm-1' }).ok);
      const failed = newItem({ authorId: 'ann' });
      assert.equal(!failed.ok && failed.code, 'PERF.VALIDATION');
    });

    it('maps each visibility to its policy kind', () => {
      assert.deepEqual(KIND_OF, { private: 'feedback-private', 'manager-only': 'feedback-manager-only', praise: 'praise' });
    });
  });

  describe('feedback requests', () => {
    it('numbers the questions, drops repeated invitees, and starts open', () => {
      const r = newRequest({ inviteeIds: ['bob', 'bob', 'cat'], questions: [' One ', 'Two'] });
      assert.ok(r.ok);
      assert.deepEqual(r.value.questions, [
        { id: 'q1', text: 'One' },
        { id: 'q2', text: 'Two' },
      ]);
      assert.deepEqual(r.value.inviteeIds, ['bob', 'cat']);
      assert.equal(r.value.status, 'open');
    });

    it('asks one to five questions of one to twenty people, never the subject or the requester', () => {
      assert.equal(ruleOf(newRequest({ questions: [] })), 'request.question-count');
      assert.equal(ruleOf(newRequest({ questions: ['1', '2', '3', '4', '5', '6'] })), 'request.question-count');
      assert.ok(newRequest({ questions: ['1', '2', '3', '4', '5'] }).ok);
      assert.equal(ruleOf(newRequest({ questions: ['ok', ' '] })), 'request.question-empty');
      assert.equal(ruleOf(newRequest({ questions: ['x'.repeat(301)] })), 'request.question-too-long');
      assert.equal(ruleOf(newRequest({ inviteeIds: [] })), 'request.no-invitees');
      assert.equal(ruleOf(newRequest({ inviteeIds: Array.from({ length: 21 }, (_, i) => `p${i}`) })), 'request.too-many-invitees');
      assert.equal(ruleOf(newRequest({ inviteeIds: ['bob', 'ann'] })), 'request.subject-invited');
      assert.equal(ruleOf(newRequest({ subjectId: 'ann', requesterId: 'boss', inviteeIds: ['boss'] })), 'request.requester-invited');
    });

    it('closes once', () => {
      const closed = closeFeedbackRequest(openRequest(), AT);
      assert.ok(closed.ok);
      assert.equal(closed.value.status, 'closed');
      assert.equal(closed.value.closedAt, AT);
      const again = closeFeedbackRequest(closed.value, AT);
      assert.equal(!again.ok && again.code, 'PERF.REQUEST_CLOSED');
    });
  });

  describe('responses', () => {
    it('keeps the answered questions in order, drops blank ones, and keeps the first submission time on an edit', () => {
      const request = openRequest();
      const first = answerFeedbackRequest(request, 'bob', { q2: ' Less meetings ', q1: '' }, AT, null);
      assert.ok(first.ok);
      assert.deepEqual(first.value.answers, [{ questionId: 'q2', text: 'Less meetings' }]);
      assert.equal(first.value.id, feedbackResponseId(request.id, 'bob'));
      const edited = answerFeedbackRequest(request, 'bob', { q1: 'Docs', q2: 'Less meetings' }, '2026-11-23T00:00:00.000Z', first.value);
      assert.ok(edited.ok);
      assert.equal(edited.value.submittedAt, AT);
      assert.equal(edited.value.updatedAt, '2026-11-23T00:00:00.000Z');
      assert.deepEqual(edited.value.answers.map((a) => a.questionId), ['q1', 'q2']);
    });

    it('refuses answers to a closed request, from someone not invited, to unknown questions, empty or over-long', () => {
      const request = openRequest();
      const closed = closeFeedbackRequest(request, AT);
      assert.ok(closed.ok);
      const late = answerFeedbackRequest(closed.value, 'bob', { q1: 'Hi' }, AT, null);
      assert.equal(!late.ok && late.code, 'PERF.REQUEST_CLOSED');
      const stranger = answerFeedbackRequest(request, 'zed', { q1: 'Hi' }, AT, null);
      assert.equal(!stranger.ok && stranger.code, 'PERF.FORBIDDEN');
      assert.equal(ruleOf(answerFeedbackRequest(request, 'bob', { q3: 'Hi' }, AT, null)), 'response.unknown-question');
      assert.equal(ruleOf(answerFeedbackRequest(request, 'bob', { q1: ' ', q2: '' }, AT, null)), 'response.empty');
      assert.equal(ruleOf(answerFeedbackRequest(request, 'bob', {}, AT, null)), 'response.empty');
      assert.equal(ruleOf(answerFeedbackRequest(request, 'bob', { q1: 'x'.repeat(4001) }, AT, null)), 'response.too-long');
    });
  });

  describe('ids and delivery periods', () => {
    it('request ids name their subject; anything else parses to nothing', () => {
      const id = feedbackRequestId('0b5e-guid', 'abc123');
      assert.deepEqual(parseFeedbackRequestId(id), { subjectId: '0b5e-guid' });
      for (const bad of ['', 'frq', 'frq.x', 'frq..abc', 'fbk.x.abc', 'frq.x.abc.extra', 'frq.a/b.abc', 'frq.x.ABC', feedbackId('x', 'abc')]) assert.equal(parseFeedbackRequestId(bad), null, bad);
      assert.ok(isPraiseId(praiseId('abc')));
      assert.ok(!isPraiseId('prs.abc.def') && !isPraiseId('fbk.abc') && !isPraiseId('prs.'));
    });

    it('a delivery period is the day and the item, and places the delivery by that day', () => {
      const period = deliveryPeriod(AT, 'frq.ann.1');
      assert.equal(period, '2026-11-22~frq.ann.1');
      assert.equal(itemIdOfPeriod(period), 'frq.ann.1');
      assert.equal(itemIdOfPeriod('2026-W48'), null);
      assert.equal(periodStartDate(period), '2026-11-22');
      assert.equal(periodStartDate('2026-13-01~x'), null);
      assert.equal(periodStartDate('2026-11-22~'), null);
    });
  });

  describe('what the policy makes of these documents', () => {
    const subject: PolicySubject = { tenantId: T, id: 'ann', managerId: 'boss', managerChain: ['boss', 'vp'] };
    const actor = (id: string, roles: PolicyActor['roles'] = ['member'], tenantId = T): PolicyActor => ({ tenantId, id, roles });
    const readers = (visibility: FeedbackVisibility): string[] => {
      const item = newItem({ visibility });
      assert.ok(item.ok);
      return ['ann', 'bob', 'boss', 'vp', 'hr', 'peer']
        .filter((id) => decide(actor(id, id === 'hr' ? ['member', 'hr-admin'] : ['member']), 'read', KIND_OF[visibility], subject, itemFacts(item.value), { phase: null }).allow);
    };

    it('private: recipient, author, manager chain, HR; manager-only: never the recipient; praise: everyone in the tenant', () => {
      assert.deepEqual(readers('private'), ['ann', 'bob', 'boss', 'vp', 'hr']);
      assert.deepEqual(readers('manager-only'), ['bob', 'boss', 'vp', 'hr']);
      assert.deepEqual(readers('praise'), ['ann', 'bob', 'boss', 'vp', 'hr', 'peer']);
      const item = newItem({ visibility: 'praise' });
      assert.ok(item.ok);
      assert.equal(decide(actor('x', ['member'], 'tenant-b'), 'read', 'praise', subject, itemFacts(item.value), { phase: null }).allow, false);
    });

    it('responses: the author, the requester, the manager chain and HR; not the other invitees', () => {
      const request = openRequest();
      const response = answerFeedbackRequest(request, 'bob', { q1: 'Hi' }, AT, null);
      assert.ok(response.ok);
      const facts = responseFacts(response.value, request);
      const canRead = (id: string) => decide(actor(id), 'read', 'feedback-response', subject, facts, { phase: null }).allow;
      assert.deepEqual(['bob', 'ann', 'boss', 'vp', 'cat', 'peer'].filter(canRead), ['bob', 'ann', 'boss', 'vp']);
      assert.equal(decide(actor('cat'), 'write', 'feedback-response', subject, responseFacts({ ...response.value, authorId: 'cat' }, request), { phase: null }).allow, true);
      assert.equal(decide(actor('peer'), 'write', 'feedback-response', subject, responseFacts({ ...response.value, authorId: 'peer' }, request), { phase: null }).allow, false);
      assert.equal(decide(actor('cat'), 'read', 'feedback-request', subject, requestFacts(request), { phase: null }).allow, true, 'invitees read the request');
    });
  });
});
