import { agendaOf } from '../../../domain/performance/one-on-ones/agenda.js';
import { sortActionItems } from '../../../domain/performance/one-on-ones/action-item.js';
import { byDate, nextUpcoming, type Meeting, type MeetingSummary } from '../../../domain/performance/one-on-ones/meeting.js';
import type { OneOnOneErrorCode } from '../../../domain/performance/one-on-ones/one-on-one-error-codes.js';
import { belongsToPair, pairPolicyFacts, type OneOnOnePair } from '../../../domain/performance/one-on-ones/one-on-one-pair.js';
import { privateNoteId } from '../../../domain/performance/one-on-ones/private-note.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import { notFound, type AccessGuard } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { loadOkrContext } from './okr-context.js';
import { openPair, readableOf } from './one-on-one-access.js';
import { personRef, RECENTLY_DONE_DAYS, type MeetingDetail, type OneOnOneView } from './one-on-one-view.js';

const DAY_MS = 86_400_000;

/** The meeting a screen opens on: the one asked for, else the next upcoming, else the latest. */
function chooseMeeting(meetings: readonly MeetingSummary[], wanted: string | undefined): MeetingSummary | null | undefined {
  if (wanted !== undefined) return meetings.find((m) => m.id === wanted);
  return nextUpcoming(meetings) ?? meetings[meetings.length - 1] ?? null;
}

async function loadMeetingDetail(deps: PerformanceDeps, guard: AccessGuard, pair: OneOnOnePair, meetings: readonly MeetingSummary[], meetingId: string): Promise<MeetingDetail | null> {
  const stored = await deps.oneOnOnes.get('meeting', pair.tenantId, pair.reportId, meetingId);
  if (!stored || !belongsToPair(stored.value, pair) || !(await guard.allows('read', 'one-on-one', pairPolicyFacts(stored.value)))) return null;
  const meeting: Meeting = stored.value;
  const me = guard.actor.id;
  const [points, note] = await Promise.all([
    deps.oneOnOnes.listTalkingPoints(pair, { meetingId: meeting.id, carriedOverPointIds: meeting.carriedOverPointIds }),
    // Only ever the caller's own note, by the id that names them.
    deps.oneOnOnes.get('private-note', pair.tenantId, pair.reportId, privateNoteId(meeting.id, me)),
  ]);
  const readablePoints = await readableOf(guard, pair, points);
  const ownNote =
    note && note.value.authorId === me && belongsToPair(note.value, pair) && (await guard.allows('read', 'one-on-one-private-note', pairPolicyFacts(note.value, note.value.authorId)))
      ? note.value
      : null;
  return {
    id: meeting.id,
    date: meeting.date,
    status: meeting.status,
    completedAt: meeting.completedAt,
    completedBy: meeting.completedBy,
    revision: meeting.revision,
    carriedOverPointIds: meeting.carriedOverPointIds,
    sharedNotes: meeting.sharedNotes,
    agenda: agendaOf(meeting, meetings, readablePoints),
    myPrivateNote: ownNote ? { text: ownNote.text, revision: ownNote.revision, updatedAt: ownNote.updatedAt } : { text: '', revision: 0, updatedAt: null },
  };
}

/**
 * Loads a pair's 1:1 as the caller may see it. Round trips: the report's directory record, then
 * (in parallel) the meetings, the action items, both people and the OKR context, then the chosen
 * meeting, then its talking points and the caller's private note.
 */
export async function loadOneOnOneView(deps: PerformanceDeps, guard: AccessGuard, reportId: string, meetingId?: string): Promise<Result<OneOnOneView, OneOnOneErrorCode>> {
  const opened = await openPair(guard, reportId, 'read');
  if (!opened.ok) return opened;
  const pair = opened.value;
  const doneSince = new Date(deps.clock.now().getTime() - RECENTLY_DONE_DAYS * DAY_MS).toISOString();
  const [allMeetings, allItems, people, okrContext] = await Promise.all([
    deps.oneOnOnes.listMeetings(pair),
    deps.oneOnOnes.listActionItems(pair, doneSince),
    deps.directory.getPeople(pair.tenantId, [pair.reportId, pair.managerId]),
    loadOkrContext(deps, pair.tenantId, pair.reportId),
  ]);
  const report = people.find((p) => p.id === pair.reportId);
  const manager = people.find((p) => p.id === pair.managerId);
  if (!report || !manager) return notFound('That 1:1');
  const meetings = (await readableOf(guard, pair, allMeetings)).sort(byDate);
  const chosen = chooseMeeting(meetings, meetingId);
  if (chosen === undefined) {
    guard.recordMiss('read', 'one-on-one', meetingId ?? '', pair.reportId);
    return notFound('That meeting');
  }
  const meeting = chosen ? await loadMeetingDetail(deps, guard, pair, meetings, chosen.id) : null;
  return ok({
    reportId: pair.reportId,
    managerId: pair.managerId,
    viewerRole: guard.actor.id === pair.managerId ? 'manager' : 'report',
    report: personRef(report),
    manager: personRef(manager),
    meetings,
    meeting,
    actionItems: sortActionItems(await readableOf(guard, pair, allItems)),
    okrContext,
  });
}
