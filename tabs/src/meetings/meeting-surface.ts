import type { HostInfo } from '../host/teams-host.js';

/** Which meeting view the tab shows, for which meeting; null outside a meeting. */
export interface MeetingSurface {
  readonly kind: 'side-panel' | 'stage';
  readonly meetingId: string;
  readonly chatId: string;
  /** The side panel in the ~320 px meeting pane, or the wider meeting chat / details tab. */
  readonly compact: boolean;
  /** What the side panel shared to the stage (`person:<id>`, `team:<id>`, `company`). */
  readonly subject: string | null;
}

/**
 * The side panel and the stage need the meeting Teams names in the context. The meeting chat and
 * details tabs (frame context `content`) show the side panel too, unless the tab was configured for
 * a team board (`?team=`), which then shows as before.
 */
export function meetingSurfaceOf(host: HostInfo, params: URLSearchParams): MeetingSurface | null {
  if (!host.inTeams || !host.meetingId || !host.chatId) return null;
  const base = { meetingId: host.meetingId, chatId: host.chatId, subject: params.get('subject') };
  if (host.frameContext === 'meetingStage' || params.get('view') === 'stage') return { ...base, kind: 'stage', compact: false };
  if (host.frameContext === 'sidePanel') return { ...base, kind: 'side-panel', compact: true };
  if (host.frameContext === 'content' && !params.get('team') && params.get('view') !== 'config') return { ...base, kind: 'side-panel', compact: false };
  return null;
}
