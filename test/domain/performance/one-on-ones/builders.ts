import type { MeetingSummary, Meeting } from '../../../../src/domain/performance/one-on-ones/meeting.js';
import { oneOnOnePair, type OneOnOnePair } from '../../../../src/domain/performance/one-on-ones/one-on-one-pair.js';
import type { TalkingPoint } from '../../../../src/domain/performance/one-on-ones/talking-point.js';

export const PAIR: OneOnOnePair = oneOnOnePair('t1', 'report', 'manager');

export function meeting(id: string, date: string, status: 'upcoming' | 'done', extra: Partial<Meeting> = {}): Meeting {
  return {
    ...PAIR,
    id,
    date,
    status,
    sharedNotes: { text: '', revision: 0, updatedBy: null, updatedAt: null },
    carriedOverPointIds: [],
    completedAt: status === 'done' ? `${date}T10:00:00.000Z` : null,
    completedBy: status === 'done' ? 'manager' : null,
    createdBy: 'manager',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    revision: 1,
    ...extra,
  };
}

export const summary = (m: Meeting): MeetingSummary => ({ tenantId: m.tenantId, reportId: m.reportId, managerId: m.managerId, pairId: m.pairId, id: m.id, date: m.date, status: m.status, completedAt: m.completedAt });

export function point(id: string, meetingId: string, extra: Partial<TalkingPoint> = {}): TalkingPoint {
  return {
    ...PAIR,
    id,
    meetingId,
    authorId: 'report',
    text: `point ${id}`,
    rank: 10,
    done: false,
    doneInMeetingId: null,
    doneBy: null,
    doneAt: null,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    revision: 1,
    ...extra,
  };
}
