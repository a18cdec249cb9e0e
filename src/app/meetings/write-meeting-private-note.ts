import type { PrivateNote } from '../../domain/performance/one-on-ones/private-note.js';
import type { Result } from '../../domain/shared/result.js';
import { writeOneOnOnePrivateNote } from '../performance/one-on-ones/write-private-note.js';
import type { RequestContext } from '../request-context.js';
import type { SidePanelDeps } from './meeting-deps.js';
import { openMeetingPair } from './open-meeting-pair.js';
import type { MeetingSessionRequest } from './verify-meeting-session.js';

/**
 * Saves the caller's own private note on a 1:1 meeting of the verified pair. The 1:1 use case names
 * the note after the verified caller, so it is theirs alone whatever the request says.
 */
export async function writeMeetingPrivateNote(
  deps: SidePanelDeps,
  ctx: RequestContext,
  request: MeetingSessionRequest,
  input: { oneOnOneMeetingId: string; text: string },
  expectedRevision?: number,
): Promise<Result<PrivateNote, string>> {
  const opened = await openMeetingPair(deps, ctx, request);
  if (!opened.ok) return opened;
  return writeOneOnOnePrivateNote(deps.performance, ctx, opened.value.pair.report.id, input.oneOnOneMeetingId, { text: input.text }, expectedRevision);
}
