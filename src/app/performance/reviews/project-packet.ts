import type { DocumentKind } from '../../../domain/performance/document-kinds.js';
import { projectPeerFeedback, type PeerFeedbackProjection } from '../../../domain/performance/reviews/anonymity-projection.js';
import { approvedNominationFor } from '../../../domain/performance/reviews/nominations.js';
import { responsePolicyFacts, type PeerResponse } from '../../../domain/performance/reviews/peer-response.js';
import { labelOf } from '../../../domain/performance/reviews/rating-scale.js';
import { draftStatus, finalRating, packetPhase } from '../../../domain/performance/reviews/review-packet.js';
import type { AccessGuard } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { mayWrite, type PacketContext } from './packet-access.js';
import { loadPeopleRefs, type PeopleRefs } from './people-refs.js';
import { templateView } from './review-cycle-views.js';
import type { NominationsView, OkrContextView, PacketCapabilitiesView, PeerFeedbackView, ReviewPacketSummaryView, ReviewPacketView } from './review-views.js';

/** Sections of a packet other than peer feedback: seeing any of them means the viewer may know the packet exists. */
const PACKET_SECTIONS = ['self-review', 'nomination', 'manager-review', 'manager-private-notes', 'calibration', 'compensation', 'okr-context', 'release', 'acknowledgement'] as const;
type PacketSection = (typeof PACKET_SECTIONS)[number];

async function visibleSections(guard: AccessGuard, ctx: PacketContext): Promise<Set<DocumentKind>> {
  const visible = new Set<DocumentKind>();
  for (const kind of PACKET_SECTIONS) if (await guard.allows('read', kind, ctx.facts, ctx.state)) visible.add(kind);
  // Peer feedback is shown to readers of the packet only (its own authors see their response elsewhere).
  if (visible.size > 0 && (await guard.allows('read', 'peer-response', ctx.facts, ctx.state))) visible.add('peer-response');
  return visible;
}

/** Submitted responses of approved nominations that the viewer may read, each asked of the policy. */
async function readableResponses(deps: PerformanceDeps, guard: AccessGuard, ctx: PacketContext): Promise<PeerResponse[]> {
  const all = await deps.reviews.listPeerResponses(ctx.packet.tenantId, ctx.packet.id);
  const live = all.filter((r) => r.submittedAt !== null && approvedNominationFor(ctx.packet, r.id) !== null);
  const readable: PeerResponse[] = [];
  for (const response of live) if (await guard.allows('read', 'peer-response', responsePolicyFacts(response, ctx.packet), ctx.state)) readable.push(response);
  return readable;
}

function peerFeedbackView(projection: PeerFeedbackProjection, refs: PeopleRefs): PeerFeedbackView {
  if (projection.mode === 'attributed') {
    return { mode: 'attributed', responses: projection.responses.map((r) => ({ author: refs(r.authorId), relation: r.relation, answers: r.answers, ratings: r.ratings, submittedAt: r.submittedAt })) };
  }
  return projection;
}

const okrContextView = (ctx: PacketContext): OkrContextView => ({ label: 'context-not-score', ...ctx.packet.okrContext });

/** Nominee identities are hidden in anonymous and aggregated cycles once nominating has closed. */
const nomineesHidden = (ctx: PacketContext): boolean => ctx.cycle.anonymity.mode !== 'attributed' && !['self', 'peer'].includes(packetPhase(ctx.cycle.phase, ctx.packet));

function nominationsView(ctx: PacketContext, refs: PeopleRefs, submittedResponseIds: ReadonlySet<string> | null): NominationsView {
  const approvedCount = ctx.packet.nominations.filter((n) => n.status === 'approved').length;
  if (nomineesHidden(ctx)) return { identitiesHidden: true, items: [], approvedCount };
  const attributed = ctx.cycle.anonymity.mode === 'attributed';
  return {
    identitiesHidden: false,
    approvedCount,
    items: ctx.packet.nominations.map((n) => ({
      id: n.id,
      nominee: refs(n.nomineeId),
      relation: n.relation,
      status: n.status,
      proposedAt: n.proposedAt,
      decidedAt: n.decidedAt,
      decisionReason: n.decisionReason,
      ...(attributed && n.status === 'approved' && submittedResponseIds ? { responseStatus: submittedResponseIds.has(n.responseId) ? ('submitted' as const) : ('pending' as const) } : {}),
    })),
  };
}

async function capabilities(guard: AccessGuard, ctx: PacketContext): Promise<PacketCapabilitiesView> {
  const { packet, facts, state, cycle } = ctx;
  const may = (kind: PacketSection) => mayWrite(guard, kind, facts, state);
  const isSubject = guard.actor.id === packet.subjectId;
  const isCycleManager = guard.actor.id === packet.snapshot.cycleManagerId;
  return {
    editSelfReview: (await may('self-review')) && !packet.selfReview?.submittedAt,
    nominate: isSubject && (await may('nomination')),
    decideNominations: isCycleManager && (await may('nomination')),
    editManagerReview: (await may('manager-review')) && !packet.managerReview?.submittedAt,
    editPrivateNotes: await may('manager-private-notes'),
    editCompensation: cycle.compensation.enabled && (await may('compensation')),
    calibrate: await may('calibration'),
    release: (await may('release')) && !packet.release && Boolean(packet.managerReview?.submittedAt),
    acknowledge: (await may('acknowledgement')) && !packet.acknowledgement,
  };
}

/**
 * One packet as this viewer may see it: each section asked of the policy; a denied section is
 * absent. Null when the viewer may see nothing of it (the caller answers 404).
 */
export async function projectPacket(deps: PerformanceDeps, guard: AccessGuard, ctx: PacketContext): Promise<ReviewPacketView | null> {
  const { packet, cycle } = ctx;
  const visible = await visibleSections(guard, ctx);
  if (visible.size === 0) return null;

  const needResponses = visible.has('peer-response') || (visible.has('nomination') && cycle.anonymity.mode === 'attributed' && !nomineesHidden(ctx));
  const responses = needResponses ? await readableResponses(deps, guard, ctx) : [];
  const projection = visible.has('peer-response') ? projectPeerFeedback(responses, cycle.anonymity, packet.id) : null;

  const refIds = [packet.subjectId, packet.snapshot.cycleManagerId, packet.managerReview?.authorId, packet.calibration?.by, packet.compensation?.by];
  if (visible.has('nomination') && !nomineesHidden(ctx)) refIds.push(...packet.nominations.map((n) => n.nomineeId));
  if (projection?.mode === 'attributed') refIds.push(...projection.responses.map((r) => r.authorId));
  const refs = await loadPeopleRefs(deps, packet.tenantId, refIds);

  const isSubject = guard.actor.id === packet.subjectId;
  const released = packet.release !== null;
  const scale = cycle.template.overallScale;
  const final = finalRating(packet);

  return {
    id: packet.id,
    cycleId: cycle.id,
    cycleName: cycle.name,
    cycleType: cycle.type,
    periodStart: cycle.periodStart,
    periodEnd: cycle.periodEnd,
    phase: packetPhase(cycle.phase, packet),
    deadlines: { ...cycle.deadlines },
    subject: refs(packet.subjectId),
    cycleManager: packet.snapshot.cycleManagerId ? refs(packet.snapshot.cycleManagerId) : null,
    template: templateView(cycle.template),
    anonymity: { ...cycle.anonymity },
    compensationEnabled: cycle.compensation.enabled,
    revision: packet.revision,
    can: await capabilities(guard, ctx),
    ...(visible.has('self-review')
      ? { selfReview: { answers: packet.selfReview?.answers ?? {}, ratings: packet.selfReview?.ratings ?? {}, status: draftStatus(packet.selfReview), updatedAt: packet.selfReview?.updatedAt ?? null, submittedAt: packet.selfReview?.submittedAt ?? null } }
      : {}),
    ...(visible.has('nomination') ? { nominations: nominationsView(ctx, refs, needResponses ? new Set(responses.map((r) => r.id)) : null) } : {}),
    ...(projection ? { peerFeedback: peerFeedbackView(projection, refs) } : {}),
    ...(visible.has('manager-review')
      ? {
          managerReview: {
            author: packet.managerReview ? refs(packet.managerReview.authorId) : null,
            ratings: packet.managerReview?.ratings ?? {},
            comments: packet.managerReview?.comments ?? {},
            summary: packet.managerReview?.summary ?? '',
            // The subject sees the final rating in `release`, not the proposal HR may have changed.
            ...(isSubject ? {} : { proposedOverallRating: packet.managerReview?.overallRating ?? null }),
            status: draftStatus(packet.managerReview),
            updatedAt: packet.managerReview?.updatedAt ?? null,
            submittedAt: packet.managerReview?.submittedAt ?? null,
          },
        }
      : {}),
    ...(visible.has('manager-private-notes') ? { privateNotes: { text: packet.privateNotes?.text ?? '', updatedAt: packet.privateNotes?.updatedAt ?? null } } : {}),
    ...(visible.has('calibration')
      ? {
          calibration: {
            proposedRating: packet.managerReview?.overallRating ?? null,
            adjustedRating: packet.calibration?.adjustedRating ?? null,
            reason: packet.calibration?.reason ?? null,
            finalRating: final,
            performance: packet.calibration?.performance ?? null,
            potential: packet.calibration?.potential ?? null,
            calibratedBy: packet.calibration ? refs(packet.calibration.by) : null,
            calibratedAt: packet.calibration?.at ?? null,
          },
        }
      : {}),
    ...(visible.has('compensation') && cycle.compensation.enabled
      ? {
          compensation: {
            meritPercent: packet.compensation?.meritPercent ?? null,
            promotion: packet.compensation?.promotion ?? null,
            note: packet.compensation?.note ?? '',
            updatedBy: packet.compensation ? refs(packet.compensation.by) : null,
            updatedAt: packet.compensation?.at ?? null,
          },
        }
      : {}),
    ...(visible.has('okr-context') ? { okrContext: okrContextView(ctx) } : {}),
    ...(visible.has('release')
      ? {
          release: {
            released,
            releasedAt: packet.release?.releasedAt ?? null,
            finalRating: released ? final : null,
            finalRatingLabel: released ? labelOf(scale, final) : null,
          },
        }
      : {}),
    ...(visible.has('acknowledgement')
      ? { acknowledgement: { acknowledged: packet.acknowledgement !== null, acknowledgedAt: packet.acknowledgement?.at ?? null, comment: packet.acknowledgement?.comment ?? null } }
      : {}),
  };
}

/** A packet in a list: the status of each part the viewer may read. Null when nothing is visible. */
export async function summarisePacket(guard: AccessGuard, ctx: PacketContext, refs: PeopleRefs): Promise<ReviewPacketSummaryView | null> {
  const { packet, cycle, facts, state } = ctx;
  const can = async (kind: DocumentKind) => guard.allows('read', kind, facts, state);
  const [self, nominations, manager, release, ack] = [await can('self-review'), await can('nomination'), await can('manager-review'), await can('release'), await can('acknowledgement')];
  if (!self && !nominations && !manager && !release && !ack) return null;
  return {
    id: packet.id,
    cycleId: cycle.id,
    cycleName: cycle.name,
    phase: packetPhase(cycle.phase, packet),
    deadlines: { ...cycle.deadlines },
    subject: refs(packet.subjectId),
    cycleManager: packet.snapshot.cycleManagerId ? refs(packet.snapshot.cycleManagerId) : null,
    ...(self ? { selfReview: draftStatus(packet.selfReview) } : {}),
    ...(manager ? { managerReview: draftStatus(packet.managerReview) } : {}),
    ...(nominations
      ? { nominations: { proposed: packet.nominations.filter((n) => n.status === 'proposed').length, approved: packet.nominations.filter((n) => n.status === 'approved').length } }
      : {}),
    ...(release ? { released: packet.release !== null } : {}),
    ...(ack ? { acknowledged: packet.acknowledgement !== null } : {}),
  };
}
