import { pairPolicyFacts } from '../../../domain/performance/one-on-ones/one-on-one-pair.js';
import { privateNoteId, type PrivateNote } from '../../../domain/performance/one-on-ones/private-note.js';
import { packetPolicyFacts, packetPolicyState } from '../../../domain/performance/reviews/review-packet.js';
import { listAllPeople } from '../../people/list-all-people.js';
import type { AccessGuard } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { packetsOfCycle } from '../reviews/release-packets.js';
import type { OneOnOneSeries, PersonalDataExport, ReviewPrivateNote } from './personal-data-export.js';

/**
 * The subject-access path (PERSONAL-DATA.md): documents HR may not read (1:1 series and private
 * notes) are included when the policy lets the person read them themselves. `guard` acts as the data
 * subject (with no role), so the one policy decides, each decision is recorded under the subject's
 * id, and nothing the person could not see themselves gets in (their manager's private notes stay out).
 */
export async function exportSubjectAccess(deps: PerformanceDeps, guard: AccessGuard): Promise<Pick<PersonalDataExport['performance'], 'oneOnOnes' | 'ownPrivateNotes'>> {
  const tenantId = guard.actor.tenantId;
  const personId = guard.actor.id;
  const notes: PrivateNote[] = [];
  const ownNote = async (reportId: string, meetingId: string): Promise<void> => {
    const note = await deps.oneOnOnes.get('private-note', tenantId, reportId, privateNoteId(meetingId, personId));
    if (note && note.value.authorId === personId && (await guard.allows('read', 'one-on-one-private-note', pairPolicyFacts(note.value, note.value.authorId)))) notes.push(note.value);
  };

  // As the report: every series they had, with each manager.
  const own = await deps.oneOnOnes.listRecordsOfReport(tenantId, personId);
  const readable = async <T extends { id: string; tenantId: string; reportId: string; managerId: string; pairId: string }>(records: readonly T[]) => {
    const kept: T[] = [];
    for (const record of records) if (await guard.allows('read', 'one-on-one', pairPolicyFacts(record))) kept.push(record);
    return kept;
  };
  const [meetings, talkingPoints, actionItems] = [await readable(own.meetings), await readable(own.talkingPoints), await readable(own.actionItems)];
  const managers = [...new Set([...meetings, ...talkingPoints, ...actionItems].map((r) => r.managerId))];
  const oneOnOnes: OneOnOneSeries[] = managers.map((managerId) => ({
    managerId,
    meetings: meetings.filter((m) => m.managerId === managerId),
    talkingPoints: talkingPoints.filter((p) => p.managerId === managerId),
    actionItems: actionItems.filter((a) => a.managerId === managerId),
  }));
  for (const meeting of meetings) await ownNote(personId, meeting.id);

  // As a manager: their own notes on their reports' meetings (the series is the report's).
  const reports = (await listAllPeople(deps.directory, tenantId)).filter((p) => p.managerId === personId);
  for (const report of reports) {
    const records = await deps.oneOnOnes.listRecordsOfReport(tenantId, report.id, { managerId: personId });
    for (const meeting of records.meetings) await ownNote(report.id, meeting.id);
  }

  // Review notes they keep as the manager of record.
  const reviewNotes: ReviewPrivateNote[] = [];
  for (const cycle of await deps.reviews.listCycles(tenantId)) {
    const roster = await deps.reviews.getRoster(tenantId, cycle.id);
    if (!roster?.value.entries.some((e) => e.cycleManagerId === personId)) continue;
    for (const { value: packet } of await packetsOfCycle(deps, cycle)) {
      if (packet.snapshot.cycleManagerId !== personId || !packet.privateNotes) continue;
      if (await guard.allows('read', 'manager-private-notes', packetPolicyFacts(packet), packetPolicyState(cycle, packet))) {
        reviewNotes.push({ packetId: packet.id, subjectId: packet.subjectId, text: packet.privateNotes.text, updatedAt: packet.privateNotes.updatedAt });
      }
    }
  }
  return { oneOnOnes, ownPrivateNotes: { oneOnOnes: notes, reviews: reviewNotes } };
}
