import { feedbackOfErasedAuthor, requestWithoutPerson, responseWithoutRequester } from '../../../domain/performance/personal-data/feedback-erasure.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { readAllPages } from './read-all-pages.js';
import { rewriteStored } from './rewrite-stored.js';
import type { ErasureTarget } from './erase-review-records.js';

export interface FeedbackErasureTally {
  readonly feedbackAboutThemDeleted: number;
  readonly requestsAboutThemDeleted: number;
  readonly feedbackByThemAnonymised: number;
  readonly requestsByThemAnonymised: number;
  readonly answersByThemDeleted: number;
  readonly linksDeleted: number;
}

/**
 * Continuous feedback's part of an erasure: feedback, praise and requests about them are deleted
 * (with every answer); what they gave others stays without its words and author; requests they made
 * lose their questions and requester; their own answers are deleted. Their links go last: they are
 * how this step finds what they gave, asked and answered when it runs again after an interruption.
 */
export async function eraseFeedbackRecords(deps: PerformanceDeps, target: ErasureTarget): Promise<FeedbackErasureTally> {
  const { tenantId, personId } = target;
  const { feedback } = deps;
  let feedbackAboutThemDeleted = 0;
  let requestsAboutThemDeleted = 0;
  let feedbackByThemAnonymised = 0;
  let requestsByThemAnonymised = 0;
  let answersByThemDeleted = 0;

  const about = [
    ...(await readAllPages((page) => feedback.listFeedbackAbout(tenantId, personId, {}, page))),
    ...(await readAllPages((page) => feedback.listPraise(tenantId, { subjectId: personId }, page))),
  ];
  for (const item of about) {
    await feedback.deleteFeedback(item);
    feedbackAboutThemDeleted += 1;
  }
  for (const request of await readAllPages((page) => feedback.listRequestsAbout(tenantId, personId, page))) {
    for (const response of await feedback.listResponses(tenantId, request.id)) await feedback.deleteResponse(tenantId, request.id, response.authorId);
    await feedback.deleteRequest(request);
    requestsAboutThemDeleted += 1;
  }

  // Given: the list resolves only items still authored by them, so a finished item is not seen twice.
  for (const item of await readAllPages((page) => feedback.listFeedbackGivenBy(tenantId, personId, page))) {
    const anonymised = feedbackOfErasedAuthor(item);
    if (!anonymised) continue;
    await feedback.replaceFeedback(anonymised);
    feedbackByThemAnonymised += 1;
  }

  // Asked by them: the answers first (the request stops naming them last, and with it this list).
  for (const request of await readAllPages((page) => feedback.listRequestsBy(tenantId, personId, page))) {
    for (const response of await feedback.listResponses(tenantId, request.id)) {
      await rewriteStored(() => feedback.getResponse(tenantId, request.id, response.authorId), (r) => responseWithoutRequester(r, personId), (r, etag) => feedback.replaceResponse(r, etag));
    }
    if (await rewriteStored(() => feedback.getRequest(tenantId, request.id), (r) => requestWithoutPerson(r, personId), (r, etag) => feedback.replaceRequest(r, etag))) requestsByThemAnonymised += 1;
  }

  // Asked of them: their answer goes, and they leave the invitee list.
  for (const request of await readAllPages((page) => feedback.listRequestsFor(tenantId, personId, page))) {
    if (await feedback.getResponse(tenantId, request.id, personId)) {
      await feedback.deleteResponse(tenantId, request.id, personId);
      answersByThemDeleted += 1;
    }
    await rewriteStored(() => feedback.getRequest(tenantId, request.id), (r) => requestWithoutPerson(r, personId), (r, etag) => feedback.replaceRequest(r, etag));
  }

  const linksDeleted = await feedback.deleteLinksOf(tenantId, personId);
  return { feedbackAboutThemDeleted, requestsAboutThemDeleted, feedbackByThemAnonymised, requestsByThemAnonymised, answersByThemDeleted, linksDeleted };
}
