import type { ApiClient } from '../api/api-client.js';
import type { StageView } from '../../../src/app/meetings/get-stage-board.js';
import type { SidePanelView } from '../../../src/app/meetings/side-panel-view.js';
import type { MeetingSurface } from './meeting-surface.js';

export type { SidePanelView, StageView };
export type { PublicOkrBoard, PublicObjective, PublicKeyResult } from '../../../src/app/meetings/public-okr-board.js';

/** The meeting routes of the API; the meeting and chat come from Teams' context, the server checks them. */
export function meetingApi(api: ApiClient, surface: Pick<MeetingSurface, 'meetingId' | 'chatId'>) {
  const base = `/meetings/${encodeURIComponent(surface.meetingId)}`;
  const query = (extra: Record<string, string | null | undefined> = {}) => {
    const params = new URLSearchParams({ chatId: surface.chatId });
    for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
    return `?${params}`;
  };
  return {
    sidePanel: (counterpart: string | null) => api.get<SidePanelView>(`${base}/side-panel${query({ counterpart })}`),
    stage: (subject: string | null) => api.get<StageView>(`${base}/stage${query({ subject })}`),
    startOneOnOne: (counterpart: string | null) => api.post<{ id: string; date: string; created: boolean }>(`${base}/one-on-one${query({ counterpart })}`),
    addTalkingPoint: (counterpart: string | null, text: string) => api.post(`${base}/talking-points${query({ counterpart })}`, { text }),
    checkTalkingPoint: (counterpart: string | null, pointId: string, done: boolean, revision: number) =>
      api.patch(`${base}/talking-points/${encodeURIComponent(pointId)}${query({ counterpart })}`, { done }, `"${revision}"`),
    savePrivateNote: (counterpart: string | null, oneOnOneMeetingId: string, text: string, revision: number) =>
      api.send<{ revision: number }>('PATCH', `${base}/private-note${query({ counterpart })}`, { oneOnOneMeetingId, text }, `"${revision}"`),
  };
}

export type MeetingApi = ReturnType<typeof meetingApi>;
