import { itemFacts, requestFacts, responseFacts } from '../../../domain/performance/feedback/feedback-facts.js';
import { KIND_OF, type FeedbackItem } from '../../../domain/performance/feedback/feedback-item.js';
import type { FeedbackRequest } from '../../../domain/performance/feedback/feedback-request.js';
import type { AccessGuard } from '../access-guard.js';
import { toFeedbackView, toResponseView, type FeedbackResponseView, type FeedbackView } from '../feedback/feedback-views.js';
import type { PerformanceDeps } from '../performance-deps.js';
import type { PersonalDataExport, RequestWithAnswers } from './personal-data-export.js';
import { readAllPages } from './read-all-pages.js';

async function readableItems(guard: AccessGuard, items: readonly FeedbackItem[]): Promise<FeedbackView[]> {
  const kept: FeedbackView[] = [];
  for (const item of items) if (await guard.allows('read', KIND_OF[item.visibility], itemFacts(item))) kept.push(toFeedbackView(item));
  return kept;
}

async function readableRequests(guard: AccessGuard, requests: readonly FeedbackRequest[]): Promise<FeedbackRequest[]> {
  const kept: FeedbackRequest[] = [];
  for (const request of requests) if (await guard.allows('read', 'feedback-request', requestFacts(request))) kept.push(request);
  return kept;
}

/** Continuous feedback about and by the person, and the feedback requests they are part of, as HR may read them. */
export async function exportFeedbackRecords(deps: PerformanceDeps, guard: AccessGuard, personId: string): Promise<Pick<PersonalDataExport['performance'], 'feedbackReceived' | 'feedbackGiven' | 'feedbackRequests'>> {
  const tenantId = guard.actor.tenantId;
  const { feedback } = deps;
  const [about, praise, given, requestsAbout, made, asked] = await Promise.all([
    readAllPages((page) => feedback.listFeedbackAbout(tenantId, personId, {}, page)),
    readAllPages((page) => feedback.listPraise(tenantId, { subjectId: personId }, page)),
    readAllPages((page) => feedback.listFeedbackGivenBy(tenantId, personId, page)),
    readAllPages((page) => feedback.listRequestsAbout(tenantId, personId, page)),
    readAllPages((page) => feedback.listRequestsBy(tenantId, personId, page)),
    readAllPages((page) => feedback.listRequestsFor(tenantId, personId, page)),
  ]);

  const aboutWithAnswers: RequestWithAnswers[] = [];
  for (const request of await readableRequests(guard, requestsAbout)) {
    const responses: FeedbackResponseView[] = [];
    for (const response of await feedback.listResponses(tenantId, request.id)) {
      if (await guard.allows('read', 'feedback-response', responseFacts(response, request))) responses.push(toResponseView(response));
    }
    aboutWithAnswers.push({ request, responses });
  }

  const askedToAnswer = await readableRequests(guard, asked);
  const answersWritten: FeedbackResponseView[] = [];
  for (const request of askedToAnswer) {
    const response = await feedback.getResponse(tenantId, request.id, personId);
    if (response && (await guard.allows('read', 'feedback-response', responseFacts(response.value, request)))) answersWritten.push(toResponseView(response.value));
  }

  return {
    feedbackReceived: [...(await readableItems(guard, about)), ...(await readableItems(guard, praise))].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)),
    feedbackGiven: await readableItems(guard, given),
    feedbackRequests: { about: aboutWithAnswers, made: await readableRequests(guard, made), askedToAnswer, answersWritten },
  };
}
