import { requestFacts, responseFacts, type FeedbackFacts } from '../../../domain/performance/feedback/feedback-facts.js';
import type { FeedbackRequest } from '../../../domain/performance/feedback/feedback-request.js';
import type { AccessGuard } from '../access-guard.js';
import type { ResponseStub } from '../ports/feedback-repository.js';
import type { FeedbackRequestView } from './feedback-views.js';

/**
 * The answers of a request as a whole, with no author: only those who may read anyone's answer (the
 * requester, the subject's manager chain, HR) may read it. It tells "nobody answered yet" apart from
 * "you may not know who answered".
 */
const allAnswersFacts = (request: FeedbackRequest): FeedbackFacts => ({
  id: `${request.id}.answers`,
  tenantId: request.tenantId,
  subjectId: request.subjectId,
  requesterId: request.requesterId,
  inviteeIds: request.inviteeIds,
});

/**
 * A request as the guard's actor may see it. The caller has already been allowed to read the request;
 * every response stub is checked on its own, and only the allowed ones say who answered.
 */
export async function projectFeedbackRequest(guard: AccessGuard, request: FeedbackRequest, stubs: readonly ResponseStub[]): Promise<FeedbackRequestView> {
  const me = guard.actor.id;
  const invited = request.inviteeIds.includes(me);
  const open = request.status === 'open';
  const seesAnswers = await guard.allows('read', 'feedback-response', allAnswersFacts(request));
  const visibleAuthors: string[] = [];
  for (const stub of stubs.filter((s) => s.requestId === request.id && request.inviteeIds.includes(s.authorId))) {
    const facts = responseFacts({ ...stub, tenantId: request.tenantId, subjectId: request.subjectId, requesterId: request.requesterId }, request);
    if (await guard.allows('read', 'feedback-response', facts)) visibleAuthors.push(stub.authorId);
  }
  const canClose = open && request.requesterId === me && (await guard.allows('write', 'feedback-request', requestFacts(request)));
  return {
    id: request.id,
    subjectId: request.subjectId,
    requesterId: request.requesterId,
    questions: request.questions,
    status: request.status,
    createdAt: request.createdAt,
    closedAt: request.closedAt,
    inviteeIds: seesAnswers ? request.inviteeIds : invited ? [me] : [],
    answeredInviteeIds: seesAnswers ? visibleAuthors : null,
    answeredByMe: invited ? visibleAuthors.includes(me) : null,
    // The policy's rule for writing a response is exactly "invited"; the use case asks it again on submit.
    canAnswer: open && invited,
    canClose,
  };
}

/** Who answered a page of requests: one stub query per subject partition the page touches. */
export async function stubsFor(
  listStubs: (tenantId: string, subjectId: string, requestIds: readonly string[]) => Promise<ResponseStub[]>,
  tenantId: string,
  requests: readonly FeedbackRequest[],
): Promise<ResponseStub[]> {
  const bySubject = new Map<string, string[]>();
  for (const r of requests) bySubject.set(r.subjectId, [...(bySubject.get(r.subjectId) ?? []), r.id]);
  const found = await Promise.all([...bySubject].map(([subjectId, ids]) => listStubs(tenantId, subjectId, ids)));
  return found.flat();
}
