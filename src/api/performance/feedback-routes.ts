import { z } from 'zod';
import { answerFeedbackRequest } from '../../app/performance/feedback/answer-feedback-request.js';
import { closeFeedbackRequest } from '../../app/performance/feedback/close-feedback-request.js';
import { createFeedbackRequest } from '../../app/performance/feedback/create-feedback-request.js';
import { NO_FEEDBACK_NOTIFICATIONS, type FeedbackNotifier } from '../../app/performance/feedback/feedback-notifier.js';
import { getFeedbackRequest } from '../../app/performance/feedback/get-feedback-request.js';
import { giveFeedback } from '../../app/performance/feedback/give-feedback.js';
import { listFeedbackAboutPerson } from '../../app/performance/feedback/list-feedback-about-person.js';
import { listFeedbackRequests } from '../../app/performance/feedback/list-feedback-requests.js';
import { listGivenFeedback } from '../../app/performance/feedback/list-given-feedback.js';
import { listPraise } from '../../app/performance/feedback/list-praise.js';
import { listPraiseChannels } from '../../app/performance/feedback/list-praise-channels.js';
import { listReceivedFeedback } from '../../app/performance/feedback/list-received-feedback.js';
import type { PerformanceDeps } from '../../app/performance/performance-deps.js';
import type { PageRequest } from '../../app/ports/goals-repository.js';
import { FEEDBACK_VISIBILITIES } from '../../domain/performance/feedback/feedback-item.js';
import { MAX_INVITEES, MAX_QUESTIONS } from '../../domain/performance/feedback/feedback-request.js';
import { FEEDBACK_TEXT_MAX, QUESTION_TEXT_MAX } from '../../domain/performance/feedback/feedback-text.js';
import { respond, type ApiRequest, type ApiResult, type Route } from '../http/api-types.js';
import { validate } from '../http/validate.js';

/**
 * Shapes of continuous-feedback requests. Objects are strict (an unknown field is an error). Text
 * limits here only bound the transport (twice the stored limit); the domain judges the trimmed text.
 */
const id = z.string().min(1).max(200).regex(/^[A-Za-z0-9._-]+$/, 'not a valid id');
const page = { limit: z.coerce.number().int().min(1).max(100).default(20), continuation: z.string().max(20_000).optional() };
const pageQuery = z.strictObject(page);

const giveFeedbackSchema = z.strictObject({
  recipientId: id,
  visibility: z.enum(FEEDBACK_VISIBILITIES),
  text: z.string().max(FEEDBACK_TEXT_MAX * 2),
  teamId: id.nullable().optional(),
});
const createRequestSchema = z.strictObject({
  subjectId: id.optional(),
  inviteeIds: z.array(id).max(MAX_INVITEES * 2),
  questions: z.array(z.string().max(QUESTION_TEXT_MAX * 2)).max(MAX_QUESTIONS * 2),
});
const answerSchema = z.strictObject({
  answers: z.record(z.string().regex(/^q\d{1,2}$/, 'not a question id'), z.string().max(FEEDBACK_TEXT_MAX * 2)),
});
const praiseQuery = z.strictObject({ ...page, about: id.optional() });
const channelsQuery = z.strictObject({ for: id });
const requestListQuery = z.strictObject({ ...page, scope: z.enum(['made', 'asked-of-me']) });

const pageOf = (q: { limit: number; continuation?: string | undefined }): PageRequest => ({ limit: q.limit, ...(q.continuation ? { continuationToken: q.continuation } : {}) });

/** Validates the query, then runs the handler with it. */
const withQuery =
  <S extends z.ZodType>(schema: S, run: (request: ApiRequest, query: z.infer<S>) => Promise<ApiResult>) =>
  async (request: ApiRequest): Promise<ApiResult> => {
    const q = validate(schema, request.query);
    return q.ok ? run(request, q.value) : q;
  };

/** Continuous feedback: give, praise, request and answer. Every handler goes through the feedback use cases and their guard. */
export function feedbackRoutes(deps: PerformanceDeps, notifier: FeedbackNotifier = NO_FEEDBACK_NOTIFICATIONS): Route[] {
  return [
    {
      method: 'post',
      path: '/feedback',
      handler: async ({ ctx, body }) => {
        const input = validate(giveFeedbackSchema, body);
        if (!input.ok) return input;
        const { teamId, ...rest } = input.value;
        return respond(await giveFeedback(deps, notifier, ctx, { ...rest, teamId: teamId ?? null }), 201);
      },
    },
    { method: 'get', path: '/feedback/received', handler: withQuery(pageQuery, async ({ ctx }, q) => respond(await listReceivedFeedback(deps, ctx, pageOf(q)))) },
    { method: 'get', path: '/feedback/given', handler: withQuery(pageQuery, async ({ ctx }, q) => respond(await listGivenFeedback(deps, ctx, pageOf(q)))) },
    {
      method: 'get',
      path: '/praise',
      handler: withQuery(praiseQuery, async ({ ctx }, q) => respond(await listPraise(deps, ctx, q.about !== undefined ? { aboutId: q.about } : {}, pageOf(q)))),
    },
    { method: 'get', path: '/praise/channels', handler: withQuery(channelsQuery, async ({ ctx }, q) => respond(await listPraiseChannels(deps, notifier, ctx, q.for))) },
    {
      method: 'get',
      path: '/people/:personId/feedback',
      handler: withQuery(pageQuery, async ({ ctx, params }, q) => respond(await listFeedbackAboutPerson(deps, ctx, params.personId!, pageOf(q)))),
    },
    {
      method: 'get',
      path: '/people/:personId/feedback-requests',
      handler: withQuery(pageQuery, async ({ ctx, params }, q) => respond(await listFeedbackRequests(deps, ctx, { aboutId: params.personId! }, pageOf(q)))),
    },
    {
      method: 'post',
      path: '/feedback-requests',
      handler: async ({ ctx, body }) => {
        const input = validate(createRequestSchema, body);
        return input.ok ? respond(await createFeedbackRequest(deps, notifier, ctx, input.value), 201) : input;
      },
    },
    {
      method: 'get',
      path: '/feedback-requests',
      handler: withQuery(requestListQuery, async ({ ctx }, q) =>
        respond(await listFeedbackRequests(deps, ctx, q.scope === 'made' ? { made: true } : { askedOfMe: true }, pageOf(q))),
      ),
    },
    { method: 'get', path: '/feedback-requests/:requestId', handler: async ({ ctx, params }) => respond(await getFeedbackRequest(deps, ctx, params.requestId!)) },
    {
      method: 'post',
      path: '/feedback-requests/:requestId/responses',
      handler: async ({ ctx, params, body }) => {
        const input = validate(answerSchema, body);
        if (!input.ok) return input;
        const answered = await answerFeedbackRequest(deps, ctx, params.requestId!, input.value.answers);
        return answered.ok ? respond(answered, answered.value.updated ? 200 : 201) : answered;
      },
    },
    { method: 'post', path: '/feedback-requests/:requestId/close', handler: async ({ ctx, params }) => respond(await closeFeedbackRequest(deps, ctx, params.requestId!)) },
  ];
}
