import { ok, type Result } from '../../domain/shared/result.js';
import type { OkrDeps } from '../okr/okr-deps.js';
import type { RequestContext } from '../request-context.js';
import type { MeetingErrorCode } from './meeting-error-codes.js';
import type { MeetingParticipants } from './ports/meeting-participants.js';
import { loadPublicBoard, type BoardSubject, type PublicOkrBoard } from './public-okr-board.js';
import { verifyMeetingSession } from './verify-meeting-session.js';

/**
 * All the stage may use: the shared goal store and the meeting roster. It is never handed the
 * performance-management deps, so no request, however it is worded, can bring review data to the stage.
 */
export interface StageDeps {
  readonly okr: OkrDeps;
  readonly participants: MeetingParticipants;
}

export interface StageRequest {
  readonly meetingId: string;
  readonly chatId: string;
  /** What the side panel shared; without it the stage shows the pair's report, else the company board. */
  readonly subject?: BoardSubject | null;
}

export interface StageView {
  readonly meetingId: string;
  readonly board: PublicOkrBoard;
}

/** The public OKR board on a meeting's stage, for a caller the roster confirms is in the meeting. */
export async function getStageBoard(deps: StageDeps, ctx: RequestContext, request: StageRequest): Promise<Result<StageView, MeetingErrorCode>> {
  const session = await verifyMeetingSession({ directory: deps.okr.directory, participants: deps.participants }, ctx, {
    meetingId: request.meetingId,
    chatId: request.chatId,
    findCounterpart: !request.subject,
  });
  if (!session.ok) return session;
  const subject: BoardSubject = request.subject ?? (session.value.pair ? { kind: 'person', id: session.value.pair.report.id } : { kind: 'company' });
  const board = await loadPublicBoard(deps.okr, ctx, subject, { withNotes: subject.kind === 'person' });
  if (!board.ok) return board;
  return ok({ meetingId: request.meetingId, board: board.value });
}
