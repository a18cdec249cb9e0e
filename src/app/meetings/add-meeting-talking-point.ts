import type { TalkingPoint } from '../../domain/performance/one-on-ones/talking-point.js';
import type { Result } from '../../domain/shared/result.js';
import { addTalkingPoint } from '../performance/one-on-ones/add-talking-point.js';
import type { RequestContext } from '../request-context.js';
import type { SidePanelDeps } from './meeting-deps.js';
import { openMeetingPair } from './open-meeting-pair.js';
import type { MeetingSessionRequest } from './verify-meeting-session.js';

/** Adds a point to the shared agenda of the verified pair's next 1:1, through the 1:1 use case. */
export async function addMeetingTalkingPoint(deps: SidePanelDeps, ctx: RequestContext, request: MeetingSessionRequest, input: { text: string }): Promise<Result<TalkingPoint, string>> {
  const opened = await openMeetingPair(deps, ctx, request);
  if (!opened.ok) return opened;
  return addTalkingPoint(deps.performance, ctx, opened.value.pair.report.id, { text: input.text });
}
