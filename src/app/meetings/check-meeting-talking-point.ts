import type { TalkingPoint } from '../../domain/performance/one-on-ones/talking-point.js';
import type { Result } from '../../domain/shared/result.js';
import { updateTalkingPoint } from '../performance/one-on-ones/update-talking-point.js';
import type { RequestContext } from '../request-context.js';
import type { SidePanelDeps } from './meeting-deps.js';
import { openMeetingPair } from './open-meeting-pair.js';
import type { MeetingSessionRequest } from './verify-meeting-session.js';

/** Checks a talking point off (or reopens it) on the verified pair's agenda, through the 1:1 use case. */
export async function checkMeetingTalkingPoint(
  deps: SidePanelDeps,
  ctx: RequestContext,
  request: MeetingSessionRequest,
  pointId: string,
  done: boolean,
  expectedRevision?: number,
): Promise<Result<TalkingPoint, string>> {
  const opened = await openMeetingPair(deps, ctx, request);
  if (!opened.ok) return opened;
  return updateTalkingPoint(deps.performance, ctx, opened.value.pair.report.id, pointId, { done }, expectedRevision);
}
