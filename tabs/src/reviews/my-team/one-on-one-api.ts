import type { ApiClient } from '../../api/api-client.js';
import type { ActionItem } from '../../../../src/domain/performance/one-on-ones/action-item.js';
import type { Meeting } from '../../../../src/domain/performance/one-on-ones/meeting.js';
import type { TalkingPoint } from '../../../../src/domain/performance/one-on-ones/talking-point.js';

export type { AgendaItem } from '../../../../src/domain/performance/one-on-ones/agenda.js';
export type { ActionItem } from '../../../../src/domain/performance/one-on-ones/action-item.js';
export type { MeetingDetail, OneOnOneSummary, OneOnOneView } from '../../../../src/app/performance/one-on-ones/one-on-one-view.js';
export type { OkrContextObjective } from '../../../../src/app/performance/one-on-ones/okr-context.js';

const etag = (revision: number): string => `"${revision}"`;

/** The 1:1 API for one pair, addressed by the report's id. */
export function oneOnOneApi(api: ApiClient, reportId: string) {
  const base = `/one-on-ones/${encodeURIComponent(reportId)}`;
  const id = encodeURIComponent;
  return {
    schedule: (date: string) => api.post<Meeting>(`${base}/meetings`, { date }),
    reschedule: (meetingId: string, date: string, revision: number) => api.patch<Meeting>(`${base}/meetings/${id(meetingId)}`, { date }, etag(revision)),
    complete: (meetingId: string, revision: number) => api.post<{ meeting: Meeting }>(`${base}/meetings/${id(meetingId)}/complete`, {}, etag(revision)),
    saveSharedNotes: (meetingId: string, text: string, revision: number) => api.patch<Meeting>(`${base}/meetings/${id(meetingId)}/shared-notes`, { text }, etag(revision)),
    savePrivateNote: (meetingId: string, text: string, revision: number) => api.patch(`${base}/meetings/${id(meetingId)}/private-note`, { text }, etag(revision)),
    addPoint: (meetingId: string, text: string) => api.post<TalkingPoint>(`${base}/talking-points`, { text, meetingId }),
    updatePoint: (pointId: string, changes: { text?: string; done?: boolean }) => api.patch<TalkingPoint>(`${base}/talking-points/${id(pointId)}`, changes),
    movePoint: (pointId: string, direction: 'up' | 'down') => api.post<TalkingPoint>(`${base}/talking-points/${id(pointId)}/move`, { direction }),
    removePoint: (pointId: string) => api.delete(`${base}/talking-points/${id(pointId)}`),
    addAction: (input: { text: string; ownerId: string; dueDate: string | null; meetingId?: string }) => api.post<ActionItem>(`${base}/action-items`, input),
    updateAction: (itemId: string, changes: { done?: boolean; text?: string }) => api.patch<ActionItem>(`${base}/action-items/${id(itemId)}`, changes),
    removeAction: (itemId: string) => api.delete(`${base}/action-items/${id(itemId)}`),
  };
}

export type OneOnOneApi = ReturnType<typeof oneOnOneApi>;
