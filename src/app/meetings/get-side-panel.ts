import { ok, type Result } from '../../domain/shared/result.js';
import { getOneOnOneWith } from '../performance/one-on-ones/get-one-on-one-with.js';
import type { OneOnOneView } from '../performance/one-on-ones/one-on-one-view.js';
import type { RequestContext } from '../request-context.js';
import { managerReviewFor, selfReviewOf } from './meeting-review-sections.js';
import type { SidePanelDeps } from './meeting-deps.js';
import type { MeetingErrorCode } from './meeting-error-codes.js';
import { meetingPerson, type MeetingPair, type MeetingSession } from './meeting-session.js';
import { sessionDeps } from './open-meeting-pair.js';
import { loadPublicBoard } from './public-okr-board.js';
import type { SidePanelOneOnOne, SidePanelView } from './side-panel-view.js';
import { verifyMeetingSession, type MeetingSessionRequest } from './verify-meeting-session.js';

/** Only what the side panel shows of a 1:1: the shared agenda, open action items, OKRs and the viewer's own note. */
function oneOnOneSection(view: OneOnOneView): SidePanelOneOnOne {
  const meeting = view.meeting;
  return {
    report: view.report,
    manager: view.manager,
    meeting: meeting ? { id: meeting.id, date: meeting.date, status: meeting.status } : null,
    agenda: (meeting?.agenda ?? []).map((item) => ({
      id: item.id,
      text: item.text,
      authorId: item.authorId,
      done: item.done,
      state: item.state,
      carriedFromDate: item.carriedFrom?.date ?? null,
      revision: item.revision,
    })),
    actionItems: view.actionItems.filter((a) => !a.done).map((a) => ({ id: a.id, text: a.text, ownerId: a.ownerId, dueDate: a.dueDate, revision: a.revision })),
    okrs: view.okrContext,
    myPrivateNote: meeting ? { text: meeting.myPrivateNote.text, revision: meeting.myPrivateNote.revision, updatedAt: meeting.myPrivateNote.updatedAt } : null,
  };
}

function baseView(session: MeetingSession): Omit<SidePanelView, 'kind'> {
  return {
    meetingId: session.meeting.meetingId,
    viewer: { id: session.viewer.id, meetingRole: session.viewerRole, pairRole: session.pair?.viewerIs ?? null },
    counterpart: session.counterpart ? meetingPerson(session.counterpart) : null,
    candidates: session.candidates.map(meetingPerson),
  };
}

/**
 * The side panel of one participant. The server verifies the meeting (the caller from the token, the
 * roster from Teams or the local host), then: for a manager-report pair, the 1:1 through performance
 * management's use cases (policy-checked and audited), plus the draft review for the manager in the
 * manager phase or the open self review for the report; for anyone else, public OKR content only.
 */
export async function getSidePanel(deps: SidePanelDeps, ctx: RequestContext, request: MeetingSessionRequest & { oneOnOneMeetingId?: string }): Promise<Result<SidePanelView, MeetingErrorCode | string>> {
  const session = await verifyMeetingSession(sessionDeps(deps), ctx, request);
  if (!session.ok) return session;
  const { pair, counterpart } = session.value;
  const base = baseView(session.value);

  if (!pair) {
    const board = await loadPublicBoard(deps.okr, ctx, counterpart ? { kind: 'person', id: counterpart.id } : { kind: 'company' }, { withNotes: Boolean(counterpart) });
    if (!board.ok) return board;
    return ok({ ...base, kind: 'group', publicBoard: board.value });
  }

  const reviewPart: Promise<Result<Pick<SidePanelView, 'managerReview' | 'selfReview'>, string>> =
    pair.viewerIs === 'manager'
      ? managerReviewFor(deps.performance, ctx, pair.report.id).then((r) => (r.ok ? ok(r.value ? { managerReview: r.value } : {}) : r))
      : selfReviewOf(deps.performance, ctx).then((r) => (r.ok ? ok(r.value ? { selfReview: r.value } : {}) : r));
  const [oneOnOne, review] = await Promise.all([getOneOnOneWith(deps.performance, ctx, counterpartIdOf(pair), request.oneOnOneMeetingId), reviewPart]);
  if (!oneOnOne.ok) return oneOnOne;
  if (!review.ok) return review;
  return ok({ ...base, kind: 'one-on-one', oneOnOne: oneOnOneSection(oneOnOne.value), ...review.value });
}

const counterpartIdOf = (pair: MeetingPair): string => (pair.viewerIs === 'manager' ? pair.report.id : pair.manager.id);
