import type { PerformanceDeps } from '../../app/performance/performance-deps.js';
import { acknowledgeReview } from '../../app/performance/reviews/acknowledge-review.js';
import { advanceReviewCycle } from '../../app/performance/reviews/advance-review-cycle.js';
import { calibrateReview } from '../../app/performance/reviews/calibrate-review.js';
import { createReviewCycle } from '../../app/performance/reviews/create-review-cycle.js';
import { updateReviewCycle } from '../../app/performance/reviews/update-review-cycle.js';
import { decideNomination } from '../../app/performance/reviews/decide-nomination.js';
import type { ReviewNotifier } from '../../app/performance/reviews/review-notifier.js';
import { exportCompensation } from '../../app/performance/reviews/export-compensation.js';
import { getCalibration } from '../../app/performance/reviews/get-calibration.js';
import { getCycleProgress } from '../../app/performance/reviews/get-cycle-progress.js';
import { getPeerRequest } from '../../app/performance/reviews/get-peer-request.js';
import { getReviewCycle } from '../../app/performance/reviews/get-review-cycle.js';
import { getReviewPacket } from '../../app/performance/reviews/get-review-packet.js';
import { launchReviewCycle } from '../../app/performance/reviews/launch-review-cycle.js';
import { listMyReviews, listPersonReviews } from '../../app/performance/reviews/list-my-reviews.js';
import { listPeerRequests } from '../../app/performance/reviews/list-peer-requests.js';
import { listReviewCycles } from '../../app/performance/reviews/list-review-cycles.js';
import { listReviewsToWrite } from '../../app/performance/reviews/list-reviews-to-write.js';
import { saveManagerReview, submitManagerReview } from '../../app/performance/reviews/manager-review-commands.js';
import { nominateReviewer } from '../../app/performance/reviews/nominate-reviewer.js';
import { savePeerResponse, submitPeerResponse } from '../../app/performance/reviews/peer-response-commands.js';
import { recommendCompensation } from '../../app/performance/reviews/recommend-compensation.js';
import { releaseAllReviews } from '../../app/performance/reviews/release-all-reviews.js';
import { releaseReview } from '../../app/performance/reviews/release-review.js';
import { savePrivateNotes } from '../../app/performance/reviews/save-private-notes.js';
import { saveSelfReview, submitSelfReview } from '../../app/performance/reviews/self-review-commands.js';
import { withdrawNomination } from '../../app/performance/reviews/withdraw-nomination.js';
import { respond, type ApiRequest, type ApiResult, type Route } from '../http/api-types.js';
import { validate } from '../http/validate.js';
import {
  acknowledgeSchema,
  advanceCycleSchema,
  answersSchema,
  calibrationSchema,
  compensationSchema,
  createReviewCycleSchema,
  emptyBodySchema,
  managerReviewSchema,
  nominateSchema,
  nominationDecisionSchema,
  privateNotesSchema,
  updateReviewCycleSchema,
} from './review-schemas.js';
import type { z } from 'zod';

const revision = (v: { revision: number }): number => v.revision;

/** Validates the body with `schema`, then runs the handler with the parsed value. */
const withBody =
  <S extends z.ZodType>(schema: S, run: (request: ApiRequest, body: z.infer<S>) => Promise<ApiResult>) =>
  async (request: ApiRequest): Promise<ApiResult> => {
    const body = validate(schema, request.body);
    return body.ok ? run(request, body.value) : body;
  };

/** The review-cycle API; the contract is src/app/performance/reviews/review-views.ts. */
export function reviewRoutes(deps: PerformanceDeps, notifier?: ReviewNotifier): Route[] {
  return [
    // Cycles
    { method: 'get', path: '/review-cycles', handler: async ({ ctx }) => respond(await listReviewCycles(deps, ctx)) },
    {
      method: 'post',
      path: '/review-cycles',
      handler: withBody(createReviewCycleSchema, async ({ ctx }, body) => respond(await createReviewCycle(deps, ctx, body), 201, revision)),
    },
    { method: 'get', path: '/review-cycles/:cycleId', handler: async ({ ctx, params }) => respond(await getReviewCycle(deps, ctx, params.cycleId!), 200, revision) },
    {
      method: 'patch',
      path: '/review-cycles/:cycleId',
      handler: withBody(updateReviewCycleSchema, async ({ ctx, params, ifMatch }, body) => respond(await updateReviewCycle(deps, ctx, params.cycleId!, body, ifMatch), 200, revision)),
    },
    {
      method: 'post',
      path: '/review-cycles/:cycleId/launch',
      handler: withBody(emptyBodySchema, async ({ ctx, params }) => respond(await launchReviewCycle(deps, ctx, params.cycleId!))),
    },
    {
      method: 'post',
      path: '/review-cycles/:cycleId/advance',
      handler: withBody(advanceCycleSchema, async ({ ctx, params }, body) => respond(await advanceReviewCycle(deps, ctx, params.cycleId!, body.to), 200, revision)),
    },
    { method: 'get', path: '/review-cycles/:cycleId/packets', handler: async ({ ctx, params }) => respond(await getCycleProgress(deps, ctx, params.cycleId!)) },
    { method: 'get', path: '/review-cycles/:cycleId/calibration', handler: async ({ ctx, params }) => respond(await getCalibration(deps, ctx, params.cycleId!)) },
    {
      method: 'post',
      path: '/review-cycles/:cycleId/release-all',
      handler: withBody(emptyBodySchema, async ({ ctx, params }) => respond(await releaseAllReviews(deps, ctx, params.cycleId!))),
    },
    {
      method: 'get',
      path: '/review-cycles/:cycleId/compensation-export',
      handler: async ({ ctx, params }) => respond(await exportCompensation(deps, ctx, params.cycleId!)),
    },

    // Lists for the person acting
    { method: 'get', path: '/reviews/mine', handler: async ({ ctx }) => respond(await listMyReviews(deps, ctx)) },
    { method: 'get', path: '/people/:personId/reviews', handler: async ({ ctx, params }) => respond(await listPersonReviews(deps, ctx, params.personId!)) },
    { method: 'get', path: '/reviews/to-write', handler: async ({ ctx }) => respond(await listReviewsToWrite(deps, ctx)) },
    { method: 'get', path: '/reviews/peer-requests', handler: async ({ ctx }) => respond(await listPeerRequests(deps, ctx)) },

    // Packets
    { method: 'get', path: '/review-packets/:packetId', handler: async ({ ctx, params }) => respond(await getReviewPacket(deps, ctx, params.packetId!), 200, revision) },
    {
      method: 'patch',
      path: '/review-packets/:packetId/self-review',
      handler: withBody(answersSchema, async ({ ctx, params, ifMatch }, body) => respond(await saveSelfReview(deps, ctx, params.packetId!, body, ifMatch), 200, revision)),
    },
    {
      method: 'post',
      path: '/review-packets/:packetId/self-review/submit',
      handler: withBody(answersSchema, async ({ ctx, params, ifMatch }, body) => respond(await submitSelfReview(deps, ctx, params.packetId!, body, ifMatch), 200, revision)),
    },
    {
      method: 'post',
      path: '/review-packets/:packetId/nominations',
      handler: withBody(nominateSchema, async ({ ctx, params }, body) => respond(await nominateReviewer(deps, ctx, params.packetId!, body), 201, revision)),
    },
    {
      method: 'delete',
      path: '/review-packets/:packetId/nominations/:nominationId',
      handler: async ({ ctx, params }) => respond(await withdrawNomination(deps, ctx, params.packetId!, params.nominationId!), 200, revision),
    },
    {
      method: 'post',
      path: '/review-packets/:packetId/nominations/:nominationId/decision',
      handler: withBody(nominationDecisionSchema, async ({ ctx, params }, body) =>
        respond(await decideNomination(deps, ctx, params.packetId!, params.nominationId!, { approve: body.decision === 'approve', reason: body.reason }, notifier), 200, revision),
      ),
    },
    {
      method: 'patch',
      path: '/review-packets/:packetId/manager-review',
      handler: withBody(managerReviewSchema, async ({ ctx, params, ifMatch }, body) => respond(await saveManagerReview(deps, ctx, params.packetId!, body, ifMatch), 200, revision)),
    },
    {
      method: 'post',
      path: '/review-packets/:packetId/manager-review/submit',
      handler: withBody(managerReviewSchema, async ({ ctx, params, ifMatch }, body) => respond(await submitManagerReview(deps, ctx, params.packetId!, body, ifMatch), 200, revision)),
    },
    {
      method: 'patch',
      path: '/review-packets/:packetId/private-notes',
      handler: withBody(privateNotesSchema, async ({ ctx, params, ifMatch }, body) => respond(await savePrivateNotes(deps, ctx, params.packetId!, body.text, ifMatch), 200, revision)),
    },
    {
      method: 'patch',
      path: '/review-packets/:packetId/compensation',
      handler: withBody(compensationSchema, async ({ ctx, params, ifMatch }, body) => respond(await recommendCompensation(deps, ctx, params.packetId!, body, ifMatch), 200, revision)),
    },
    {
      method: 'patch',
      path: '/review-packets/:packetId/calibration',
      handler: withBody(calibrationSchema, async ({ ctx, params, ifMatch }, body) => respond(await calibrateReview(deps, ctx, params.packetId!, body, ifMatch), 200, revision)),
    },
    {
      method: 'post',
      path: '/review-packets/:packetId/release',
      handler: withBody(emptyBodySchema, async ({ ctx, params }) => respond(await releaseReview(deps, ctx, params.packetId!), 200, revision)),
    },
    {
      method: 'post',
      path: '/review-packets/:packetId/acknowledge',
      handler: withBody(acknowledgeSchema, async ({ ctx, params }, body) => respond(await acknowledgeReview(deps, ctx, params.packetId!, body.comment), 200, revision)),
    },

    // Peer and upward feedback, the reviewer's side
    { method: 'get', path: '/peer-responses/:responseId', handler: async ({ ctx, params }) => respond(await getPeerRequest(deps, ctx, params.responseId!)) },
    {
      method: 'patch',
      path: '/peer-responses/:responseId',
      handler: withBody(answersSchema, async ({ ctx, params }, body) => respond(await savePeerResponse(deps, ctx, params.responseId!, body))),
    },
    {
      method: 'post',
      path: '/peer-responses/:responseId/submit',
      handler: withBody(answersSchema, async ({ ctx, params }, body) => respond(await submitPeerResponse(deps, ctx, params.responseId!, body))),
    },
  ];
}
