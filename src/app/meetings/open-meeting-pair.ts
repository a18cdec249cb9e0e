import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import type { SidePanelDeps } from './meeting-deps.js';
import type { MeetingErrorCode } from './meeting-error-codes.js';
import type { MeetingPair, MeetingSession } from './meeting-session.js';
import { verifyMeetingSession, type MeetingSessionRequest } from './verify-meeting-session.js';

export const sessionDeps = (deps: Pick<SidePanelDeps, 'okr' | 'participants'>) => ({ directory: deps.okr.directory, participants: deps.participants });

/**
 * For 1:1 actions from a meeting: the verified session and its manager-report pair. The report the
 * action is about comes from here (the directory and the roster), never from the request.
 */
export async function openMeetingPair(deps: SidePanelDeps, ctx: RequestContext, request: MeetingSessionRequest): Promise<Result<{ session: MeetingSession; pair: MeetingPair }, MeetingErrorCode>> {
  const session = await verifyMeetingSession(sessionDeps(deps), ctx, request);
  if (!session.ok) return session;
  if (!session.value.pair) return fail('MEETING.NOT_A_ONE_ON_ONE', 'This is not a 1:1 between you and your manager or one of your reports');
  return ok({ session: session.value, pair: session.value.pair });
}
