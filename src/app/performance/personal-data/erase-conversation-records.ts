import { actionItemOfErasedAuthor, meetingWithoutMentions, talkingPointOfErasedAuthor } from '../../../domain/performance/personal-data/conversation-erasure.js';
import { privateNoteId } from '../../../domain/performance/one-on-ones/private-note.js';
import type { Person } from '../../../domain/people/person.js';
import { mapLimited } from '../analytics/map-limited.js';
import type { PerformanceDeps } from '../performance-deps.js';
import type { ErasureTarget } from './erase-review-records.js';
import { rewriteStored } from './rewrite-stored.js';

export interface ConversationErasureTally {
  readonly ownRecordsDeleted: number;
  readonly privateNotesDeleted: number;
  readonly recordsOfOthersChanged: number;
  readonly progressNotesDeleted: number;
}

const PARTITIONS_AT_ONCE = 8;

/**
 * 1:1s and development plans. Their own partition goes entirely: every 1:1 they had as the report
 * (with both sides' private notes), their plan and its notes. In a former report's partition (they
 * were the manager) their private notes and progress notes go, talking points and action items they
 * wrote lose their words, shared notes lose their name. Finding those partitions takes one query per
 * person in the directory: nothing else records whom they once managed.
 */
export async function eraseConversationRecords(deps: PerformanceDeps, target: ErasureTarget, everyoneElse: readonly Person[]): Promise<ConversationErasureTally> {
  const { tenantId, personId } = target;
  const { oneOnOnes, developmentPlans } = deps;
  let ownRecordsDeleted = 0;
  let privateNotesDeleted = 0;

  // Private notes are found through their meeting: they go before the meetings do.
  const own = await oneOnOnes.listRecordsOfReport(tenantId, personId);
  for (const meeting of own.meetings) {
    for (const author of [personId, meeting.managerId]) {
      if (await oneOnOnes.get('private-note', tenantId, personId, privateNoteId(meeting.id, author))) privateNotesDeleted += 1;
      await oneOnOnes.erase('private-note', tenantId, personId, privateNoteId(meeting.id, author));
    }
  }
  for (const point of own.talkingPoints) await oneOnOnes.erase('talking-point', tenantId, personId, point.id);
  for (const item of own.actionItems) await oneOnOnes.erase('action-item', tenantId, personId, item.id);
  for (const meeting of own.meetings) await oneOnOnes.erase('meeting', tenantId, personId, meeting.id);
  ownRecordsDeleted += own.meetings.length + own.talkingPoints.length + own.actionItems.length;
  const ownNotes = await developmentPlans.listAllNotes(tenantId, personId);
  for (const note of ownNotes) await developmentPlans.deleteNote(tenantId, personId, note.id);
  await developmentPlans.deletePlan(tenantId, personId);
  let progressNotesDeleted = ownNotes.length;

  const changedPerPerson = await mapLimited(everyoneElse, PARTITIONS_AT_ONCE, async (other) => {
    let changed = 0;
    const records = await oneOnOnes.listRecordsOfReport(tenantId, other.id, { managerId: personId });
    for (const meeting of records.meetings) {
      const noteId = privateNoteId(meeting.id, personId);
      if (await oneOnOnes.get('private-note', tenantId, other.id, noteId)) {
        await oneOnOnes.erase('private-note', tenantId, other.id, noteId);
        privateNotesDeleted += 1;
      }
      if (await rewriteStored(() => oneOnOnes.get('meeting', tenantId, other.id, meeting.id), (m) => meetingWithoutMentions(m, target.mentions, target.mentionReplacement), (m, etag) => oneOnOnes.replace('meeting', m, etag))) changed += 1;
    }
    for (const point of records.talkingPoints) {
      if (await rewriteStored(() => oneOnOnes.get('talking-point', tenantId, other.id, point.id), (p) => talkingPointOfErasedAuthor(p, personId), (p, etag) => oneOnOnes.replace('talking-point', p, etag))) changed += 1;
    }
    for (const item of records.actionItems) {
      if (await rewriteStored(() => oneOnOnes.get('action-item', tenantId, other.id, item.id), (a) => actionItemOfErasedAuthor(a, personId), (a, etag) => oneOnOnes.replace('action-item', a, etag))) changed += 1;
    }
    for (const note of await developmentPlans.listAllNotes(tenantId, other.id, { authorId: personId })) {
      await developmentPlans.deleteNote(tenantId, other.id, note.id);
      progressNotesDeleted += 1;
    }
    return changed;
  });
  return { ownRecordsDeleted, privateNotesDeleted, recordsOfOthersChanged: changedPerPerson.reduce((a, b) => a + b, 0), progressNotesDeleted };
}
