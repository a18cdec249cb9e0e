import assert from 'node:assert/strict';
import { actionItemOfErasedAuthor, meetingWithoutMentions, talkingPointOfErasedAuthor } from '../../../../src/domain/performance/personal-data/conversation-erasure.js';
import { confirmsErasure, ERASED_PERSON_ID, isTombstone, mentionsOf, REMOVED_TEXT, TOMBSTONE_NAME, tombstoneOf } from '../../../../src/domain/performance/personal-data/erasure-markers.js';
import { feedbackOfErasedAuthor, requestWithoutPerson, responseWithoutRequester } from '../../../../src/domain/performance/personal-data/feedback-erasure.js';
import { cutMentions } from '../../../../src/domain/performance/personal-data/mentions.js';
import type { FeedbackRequest } from '../../../../src/domain/performance/feedback/feedback-request.js';
import { meeting, PAIR, point } from '../one-on-ones/builders.js';
import { person } from '../reviews/review-builders.js';

const NOW = '2026-11-22T12:00:00.000Z';

describe('erasure markers', () => {
  it('a tombstone keeps the id and nothing that says who it was', () => {
    const lena = person('lena', 'priya', ['priya', 'david'], { displayName: 'Lena Fischer', email: 'lena@contoso.example', roles: ['hr-admin'] });
    const tomb = tombstoneOf(lena, NOW);
    assert.deepEqual([tomb.id, tomb.tenantId, tomb.displayName, tomb.email, tomb.jobTitle, tomb.department, tomb.managerId, tomb.managerChain, tomb.teamIds, tomb.roles], ['lena', lena.tenantId, TOMBSTONE_NAME, '', '', null, null, [], [], []]);
    assert.ok(isTombstone(tomb) && !isTombstone(lena));
    assert.deepEqual(mentionsOf(lena), ['Lena Fischer', 'lena@contoso.example']);
    assert.deepEqual(mentionsOf(tomb), []);
  });

  it('the confirmation must name the person: display name or id, spaces and case aside', () => {
    const lena = { id: 'lena-id', displayName: 'Lena Fischer' };
    assert.ok(confirmsErasure(lena, '  lena fischer '));
    assert.ok(confirmsErasure(lena, 'LENA-ID'));
    for (const wrong of ['', '   ', 'Lena', 'Lena Fischer!', 'someone-else']) assert.ok(!confirmsErasure(lena, wrong), wrong);
  });

  it('cuts mentions in any case, leaves short terms and other words alone', () => {
    assert.equal(cutMentions('Ask LENA FISCHER or lena fischer', ['Lena Fischer'], 'X'), 'Ask X or X');
    assert.equal(cutMentions('Ask Al about it', ['Al'], 'X'), 'Ask Al about it');
    assert.equal(cutMentions('a+b (c)', ['+b (c'], 'X'), 'aX)');
  });
});

describe('erasing a person from feedback and 1:1s', () => {
  it('feedback they gave stays without words or author', () => {
    const item = { tenantId: 't', id: 'fbk.ann.1', subjectId: 'ann', authorId: 'lena', visibility: 'private' as const, text: 'Nice work', createdAt: NOW, channelTeamId: null };
    const erased = feedbackOfErasedAuthor(item)!;
    assert.deepEqual([erased.authorId, erased.text, erased.subjectId, erased.createdAt], [ERASED_PERSON_ID, REMOVED_TEXT, 'ann', NOW]);
    assert.equal(feedbackOfErasedAuthor(erased), null);
  });

  it('a request they asked loses its questions and requester; one they were asked loses them as invitee', () => {
    const request: FeedbackRequest = { tenantId: 't', id: 'frq.ann.1', subjectId: 'ann', requesterId: 'lena', inviteeIds: ['bo', 'cy'], questions: [{ id: 'q1', text: 'How is Ann doing?' }], status: 'open', createdAt: NOW, closedAt: null };
    const asked = requestWithoutPerson(request, 'lena')!;
    assert.deepEqual([asked.requesterId, asked.questions, asked.inviteeIds], [ERASED_PERSON_ID, [{ id: 'q1', text: REMOVED_TEXT }], ['bo', 'cy']]);
    const invited = requestWithoutPerson(request, 'bo')!;
    assert.deepEqual([invited.requesterId, invited.questions[0]!.text, invited.inviteeIds], ['lena', 'How is Ann doing?', ['cy']]);
    assert.equal(requestWithoutPerson(asked, 'lena'), null);
    const answer = { tenantId: 't', id: 'frq.ann.1.bo', requestId: 'frq.ann.1', subjectId: 'ann', requesterId: 'lena', authorId: 'bo', answers: [{ questionId: 'q1', text: 'Well' }], submittedAt: NOW, updatedAt: NOW };
    assert.equal(responseWithoutRequester(answer, 'lena')!.requesterId, ERASED_PERSON_ID);
    assert.equal(responseWithoutRequester(answer, 'bo'), null);
  });

  it('a former report keeps their 1:1s: points and items the erased manager wrote lose their words, shared notes their name', () => {
    const p = point('p1', 'm1', { authorId: 'boss', text: 'Discuss promotion' });
    const erased = talkingPointOfErasedAuthor(p, 'boss')!;
    assert.deepEqual([erased.text, erased.authorId, erased.revision], [REMOVED_TEXT, 'boss', p.revision + 1]);
    assert.equal(talkingPointOfErasedAuthor(erased, 'boss'), null);
    assert.equal(talkingPointOfErasedAuthor(point('p2', 'm1', { authorId: 'report', text: 'Mine' }), 'boss'), null);
    const m = meeting('m1', '2026-11-15', 'done', { sharedNotes: { text: 'Boss Person will check', revision: 2, updatedBy: 'boss', updatedAt: NOW } });
    assert.equal(meetingWithoutMentions(m, ['Boss Person'], TOMBSTONE_NAME)!.sharedNotes.text, `${TOMBSTONE_NAME} will check`);
    assert.equal(meetingWithoutMentions(m, ['Nobody Here'], TOMBSTONE_NAME), null);
    const item = { ...PAIR, id: 'a1', meetingId: 'm1', text: 'Send the doc', ownerId: 'manager', dueDate: null, done: false, doneAt: null, doneBy: null, createdBy: 'boss', createdAt: NOW, updatedAt: NOW, revision: 1 };
    assert.equal(actionItemOfErasedAuthor(item, 'boss')!.text, REMOVED_TEXT);
  });
});
