import type { ActionItem } from '../one-on-ones/action-item.js';
import type { Meeting } from '../one-on-ones/meeting.js';
import type { TalkingPoint } from '../one-on-ones/talking-point.js';
import { REMOVED_TEXT } from './erasure-markers.js';
import { cutMentions } from './mentions.js';

/*
 * A former report's 1:1s with the erased person (who managed them) stay the report's record: the
 * pair, dates and statuses stay; what the erased person wrote alone goes (their private notes are
 * deleted elsewhere); the shared notes both sides wrote stay, with the erased person's name cut out.
 */

export const talkingPointOfErasedAuthor = (point: TalkingPoint, personId: string): TalkingPoint | null =>
  point.authorId === personId && point.text !== REMOVED_TEXT ? { ...point, text: REMOVED_TEXT, revision: point.revision + 1 } : null;

export const actionItemOfErasedAuthor = (item: ActionItem, personId: string): ActionItem | null =>
  item.createdBy === personId && item.text !== REMOVED_TEXT ? { ...item, text: REMOVED_TEXT, revision: item.revision + 1 } : null;

export function meetingWithoutMentions(meeting: Meeting, mentions: readonly string[], replacement: string): Meeting | null {
  const text = cutMentions(meeting.sharedNotes.text, mentions, replacement);
  return text === meeting.sharedNotes.text ? null : { ...meeting, sharedNotes: { ...meeting.sharedNotes, text, revision: meeting.sharedNotes.revision + 1 } };
}
