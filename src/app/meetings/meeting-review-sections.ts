import type { Result } from '../../domain/shared/result.js';
import { ok } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import type { PerformanceDeps } from '../performance/performance-deps.js';
import { getReviewPacket } from '../performance/reviews/get-review-packet.js';
import { listMyReviews } from '../performance/reviews/list-my-reviews.js';
import { listReviewsToWrite } from '../performance/reviews/list-reviews-to-write.js';
import type { ReviewPacketView } from '../performance/reviews/review-views.js';
import type { ReviewScaleLabels, SidePanelManagerReview, SidePanelSelfReview } from './side-panel-view.js';

const labels = (packet: ReviewPacketView): ReviewScaleLabels => ({
  competencies: packet.template.competencies.map((c) => ({ id: c.id, name: c.name, scale: c.scale })),
  overallScale: packet.template.overallScale,
});

/**
 * The manager's draft review of the report while the cycle is in the manager phase, through review
 * management's own use cases (which ask the policy and audit): null when there is none to show.
 */
export async function managerReviewFor(deps: PerformanceDeps, ctx: RequestContext, reportId: string): Promise<Result<SidePanelManagerReview | null, string>> {
  const toWrite = await listReviewsToWrite(deps, ctx);
  if (!toWrite.ok) return toWrite;
  const summary = toWrite.value.items.find((item) => item.subject.id === reportId && item.phase === 'manager');
  if (!summary) return ok(null);
  const packet = await getReviewPacket(deps, ctx, summary.id);
  if (!packet.ok) return packet.code === 'PERF.NOT_FOUND' ? ok(null) : packet;
  const review = packet.value.managerReview;
  if (!review || packet.value.phase !== 'manager' || packet.value.cycleManager?.id !== ctx.actor.id) return ok(null);
  return ok({
    packetId: packet.value.id,
    cycleName: packet.value.cycleName,
    phase: packet.value.phase,
    ...labels(packet.value),
    ratings: review.ratings,
    comments: review.comments,
    summary: review.summary,
    proposedOverallRating: review.proposedOverallRating ?? null,
    status: review.status,
    updatedAt: review.updatedAt,
  });
}

/** The caller's own self review while that phase is open (self and peer): null otherwise. */
export async function selfReviewOf(deps: PerformanceDeps, ctx: RequestContext): Promise<Result<SidePanelSelfReview | null, string>> {
  const mine = await listMyReviews(deps, ctx);
  if (!mine.ok) return mine;
  const open = mine.value.items.find((p) => (p.phase === 'self' || p.phase === 'peer') && p.subject.id === ctx.actor.id && p.selfReview);
  if (!open?.selfReview) return ok(null);
  return ok({
    packetId: open.id,
    cycleName: open.cycleName,
    phase: open.phase,
    ...labels(open),
    questions: open.template.questions.map((q) => ({ id: q.id, text: q.text })),
    answers: open.selfReview.answers,
    ratings: open.selfReview.ratings,
    status: open.selfReview.status,
  });
}
