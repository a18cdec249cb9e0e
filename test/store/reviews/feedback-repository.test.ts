import assert from 'node:assert/strict';
import type { Container } from '@azure/cosmos';
import type { FeedbackItem } from '../../../src/domain/performance/feedback/feedback-item.js';
import type { FeedbackRequest } from '../../../src/domain/performance/feedback/feedback-request.js';
import type { FeedbackResponse } from '../../../src/domain/performance/feedback/feedback-response.js';
import { feedbackId, feedbackRequestId, feedbackResponseId, praiseId } from '../../../src/domain/performance/feedback/feedback-ids.js';
import { praisePartition, subjectPartition } from '../../../src/store/cosmos/partition-keys.js';
import { CosmosFeedbackRepository } from '../../../src/store/reviews/cosmos-feedback-repository.js';
import { REVIEW_CONTAINERS } from '../../../src/store/reviews/review-containers.js';
import { CONTOSO, FABRIKAM, startTestTandem, type TestTandem } from '../../support/tandem-harness.js';

const T = CONTOSO.tenantId;

describe('the feedback repository on the restricted feedback container', () => {
  let t: TestTandem;
  let container: Container;
  let repo: CosmosFeedbackRepository;
  let n = 0;
  const at = () => new Date(Date.UTC(2026, 10, 1, 0, n++)).toISOString();

  const item = (overrides: Partial<FeedbackItem> = {}): FeedbackItem => {
    const unique = `u${n}x`;
    const visibility = overrides.visibility ?? 'private';
    const subjectId = overrides.subjectId ?? 'subject-a';
    return { tenantId: T, id: visibility === 'praise' ? praiseId(unique) : feedbackId(subjectId, unique), subjectId, authorId: 'author-a', visibility, text: 'Good', createdAt: at(), channelTeamId: null, ...overrides };
  };
  const request = (overrides: Partial<FeedbackRequest> = {}): FeedbackRequest => ({
    tenantId: T,
    id: feedbackRequestId(overrides.subjectId ?? 'subject-r', `r${n}x`),
    subjectId: 'subject-r',
    requesterId: 'subject-r',
    inviteeIds: ['inv-1', 'inv-2'],
    questions: [{ id: 'q1', text: 'How?' }],
    status: 'open',
    createdAt: at(),
    closedAt: null,
    ...overrides,
  });
  const response = (req: FeedbackRequest, authorId: string, text = 'Fine'): FeedbackResponse => ({
    tenantId: req.tenantId,
    id: feedbackResponseId(req.id, authorId),
    requestId: req.id,
    subjectId: req.subjectId,
    requesterId: req.requesterId,
    authorId,
    answers: [{ questionId: 'q1', text }],
    submittedAt: at(),
    updatedAt: at(),
  });
  const created = async <T>(promise: Promise<{ ok: boolean; value?: T }>): Promise<T> => {
    const result = await promise;
    assert.ok(result.ok, JSON.stringify(result));
    return result.value as T;
  };
  const page = { limit: 50 };

  before(async () => {
    t = await startTestTandem();
    container = t.directoryContainer().database.container(REVIEW_CONTAINERS.feedback.id!);
    repo = new CosmosFeedbackRepository(container);
  });
  after(() => t.close());

  it('stores feedback in its subject’s partition and lists it newest first, by visibility, with no storage fields', async () => {
    const older = await created(repo.createFeedback(item({ subjectId: 'subject-a', visibility: 'private' })));
    const newer = await created(repo.createFeedback(item({ subjectId: 'subject-a', visibility: 'manager-only' })));
    await created(repo.createFeedback(item({ subjectId: 'subject-b' })));
    const stored = await container.item(older.id, subjectPartition(T, 'subject-a')).read();
    assert.equal(stored.resource?.type, 'continuous-feedback');
    const all = await repo.listFeedbackAbout(T, 'subject-a', {}, page);
    assert.ok(all.ok);
    assert.deepEqual(all.value.items.map((i) => i.id), [newer.id, older.id]);
    assert.deepEqual(all.value.items[1], older);
    assert.equal((all.value.items[0] as unknown as Record<string, unknown>).pk, undefined);
    const onlyPrivate = await repo.listFeedbackAbout(T, 'subject-a', { visibilities: ['private'] }, page);
    assert.ok(onlyPrivate.ok);
    assert.deepEqual(onlyPrivate.value.items.map((i) => i.id), [older.id]);
    const otherTenant = await repo.listFeedbackAbout(FABRIKAM.tenantId, 'subject-a', {}, page);
    assert.ok(otherTenant.ok);
    assert.deepEqual(otherTenant.value.items, []);
  });

  it('keeps praise in the tenant’s praise partition: the wall is one partition, filterable by person', async () => {
    const praise = await created(repo.createFeedback(item({ visibility: 'praise', subjectId: 'subject-p', channelTeamId: 'tm-1' })));
    await created(repo.createFeedback(item({ visibility: 'praise', subjectId: 'subject-q' })));
    const stored = await container.item(praise.id, praisePartition(T)).read();
    assert.equal(stored.resource?.type, 'praise');
    const wall = await repo.listPraise(T, {}, page);
    assert.ok(wall.ok && wall.value.items.length >= 2);
    const aboutP = await repo.listPraise(T, { subjectId: 'subject-p' }, page);
    assert.ok(aboutP.ok);
    assert.deepEqual(aboutP.value.items, [praise]);
    assert.deepEqual(await repo.getPraise(T, praise.id), praise);
    assert.equal(await repo.getPraise(FABRIKAM.tenantId, praise.id), null);
    assert.equal(await repo.getPraise(T, 'fbk.subject-a.zz'), null);
  });

  it('lists what someone gave through links in their own partition, and a link whose document never got written resolves to nothing', async () => {
    const given = await created(repo.createFeedback(item({ authorId: 'giver', subjectId: 'subject-g' })));
    const praise = await created(repo.createFeedback(item({ authorId: 'giver', subjectId: 'subject-h', visibility: 'praise' })));
    // A crash between the link and the document: the link is there, the document is not.
    const lost = item({ authorId: 'giver', subjectId: 'subject-g' });
    await container.items.create({ id: `lnk.given.${lost.id}`, pk: subjectPartition(T, 'giver'), type: 'feedback-link', tenantId: T, holderId: 'giver', role: 'given', target: { type: 'continuous-feedback', id: lost.id, subjectId: 'subject-g' }, at: at() });
    const list = await repo.listFeedbackGivenBy(T, 'giver', page);
    assert.ok(list.ok);
    assert.deepEqual(list.value.items.map((i) => i.id), [praise.id, given.id]);
    const pages = await repo.listFeedbackGivenBy(T, 'giver', { limit: 1 });
    assert.ok(pages.ok && pages.value.continuationToken, 'pages by links');
  });

  it('creates, reads and replaces a request with its ETag; lists it for the requester, each invitee and the subject', async () => {
    const req = request({ subjectId: 'subject-r', requesterId: 'manager-r', inviteeIds: ['inv-1', 'inv-2'] });
    const stored = await created(repo.createRequest(req));
    assert.deepEqual(stored.value, req);
    const read = await repo.getRequest(T, req.id);
    assert.ok(read);
    assert.deepEqual(read.value, req);
    for (const [list, holder] of [
      [repo.listRequestsBy.bind(repo), 'manager-r'],
      [repo.listRequestsFor.bind(repo), 'inv-1'],
      [repo.listRequestsFor.bind(repo), 'inv-2'],
      [repo.listRequestsAbout.bind(repo), 'subject-r'],
    ] as const) {
      const found = await list(T, holder, page);
      assert.ok(found.ok);
      assert.ok(found.value.items.some((r) => r.id === req.id), holder);
    }
    const notInvited = await repo.listRequestsFor(T, 'manager-r', page);
    assert.ok(notInvited.ok && !notInvited.value.items.some((r) => r.id === req.id));

    const closed = await created(repo.replaceRequest({ ...req, status: 'closed', closedAt: at() }, read.etag));
    assert.equal(closed.value.status, 'closed');
    const stale = await repo.replaceRequest({ ...req, status: 'closed', closedAt: at() }, read.etag);
    assert.equal(!stale.ok && stale.code, 'STORE.CONFLICT');
    assert.equal(await repo.getRequest(FABRIKAM.tenantId, req.id), null);
    for (const bad of ['nope', 'frq.subject-r', `${req.id}x/`, feedbackRequestId('subject-x', 'none')]) assert.equal(await repo.getRequest(T, bad), null, bad);
  });

  it('keeps one response per invitee: a second create is a duplicate, a replace needs the ETag; stubs carry no answers', async () => {
    const req = await created(repo.createRequest(request({ subjectId: 'subject-s', requesterId: 'subject-s', inviteeIds: ['inv-1', 'inv-2'] })));
    const first = await created(repo.createResponse(response(req.value, 'inv-1')));
    const duplicate = await repo.createResponse(response(req.value, 'inv-1', 'again'));
    assert.equal(!duplicate.ok && duplicate.code, 'STORE.DUPLICATE');
    const read = await repo.getResponse(T, req.value.id, 'inv-1');
    assert.ok(read);
    assert.deepEqual(read.value, first.value);
    await created(repo.replaceResponse({ ...read.value, answers: [{ questionId: 'q1', text: 'Changed' }] }, read.etag));
    const stale = await repo.replaceResponse({ ...read.value, answers: [{ questionId: 'q1', text: 'Lost update' }] }, read.etag);
    assert.equal(!stale.ok && stale.code, 'STORE.CONFLICT');
    await created(repo.createResponse(response(req.value, 'inv-2')));
    const all = await repo.listResponses(T, req.value.id);
    assert.deepEqual(all.map((r) => [r.authorId, r.answers[0]!.text]), [['inv-1', 'Changed'], ['inv-2', 'Fine']]);
    const stubs = await repo.listResponseStubs(T, 'subject-s', [req.value.id, 'frq.subject-s.other']);
    assert.deepEqual(stubs.map((s) => s.authorId).sort(), ['inv-1', 'inv-2']);
    assert.ok(stubs.every((s) => Object.keys(s).sort().join() === 'authorId,id,requestId'), 'no answer text in stubs');
    assert.deepEqual(await repo.listResponseStubs(T, 'subject-s', []), []);
    assert.equal(await repo.getResponse(FABRIKAM.tenantId, req.value.id, 'inv-1'), null);
    assert.deepEqual(await repo.listResponses(FABRIKAM.tenantId, req.value.id), []);
  });
});
