import { z } from 'zod';
import { MAX_PRIVATE_NOTE_LENGTH } from '../../domain/performance/one-on-ones/private-note.js';
import { MAX_TALKING_POINT_LENGTH } from '../../domain/performance/one-on-ones/talking-point.js';

/**
 * Request shapes of the meeting routes. The meeting and its chat are what teams-js getContext gave
 * the tab: checked for shape here and against the roster by the use cases, never taken as facts.
 */

/** Teams meeting ids are BASE64 (so '+', '/' and '='); local test hosts use plain ids. */
export const meetingIdSchema = z.string().min(1).max(512).regex(/^[A-Za-z0-9+/=_.:@-]+$/, 'not a Teams meeting id');
/** The meeting as the path names it (validated as an object so a bad one is reported as `meetingId`). */
export const meetingPathSchema = z.object({ meetingId: meetingIdSchema });

/** Meeting chats are 19:…@thread.v2 (older: thread.skype; channel meetings: thread.tacv2). */
export const chatIdSchema = z.string().max(400).regex(/^19:[A-Za-z0-9_.%-]+@thread\.(v2|skype|tacv2)$/, 'not a Teams meeting chat id');
const personId = z.string().min(1).max(128).regex(/^[A-Za-z0-9._-]+$/, 'not a valid id');
const recordId = z.string().min(1).max(256).regex(/^[A-Za-z0-9._-]+$/, 'not a valid id');

/** Every meeting route names the meeting chat; 1:1 routes may name the counterpart the client believes in. */
export const sessionQuerySchema = z.strictObject({
  chatId: chatIdSchema,
  counterpart: personId.optional(),
});

export const sidePanelQuerySchema = sessionQuerySchema.extend({
  /** A specific 1:1 meeting of the pair (default: the next upcoming one). */
  oneOnOneMeeting: recordId.optional(),
});

export const talkingPointBodySchema = z.strictObject({ text: z.string().min(1).max(MAX_TALKING_POINT_LENGTH * 2) });
export const checkTalkingPointBodySchema = z.strictObject({ done: z.boolean() });
export const privateNoteBodySchema = z.strictObject({ oneOnOneMeetingId: recordId, text: z.string().max(MAX_PRIVATE_NOTE_LENGTH * 2) });
export const pointPathSchema = z.object({ pointId: recordId });

/** `person:<id>`, `team:<id>` or `company`: what the side panel shared to the stage. */
export const stageQuerySchema = z.strictObject({
  chatId: chatIdSchema,
  subject: z
    .string()
    .max(200)
    .regex(/^(company|(person|team):[A-Za-z0-9._-]{1,128})$/, 'person:<id>, team:<id> or company')
    .optional(),
});

export const devMeetingBodySchema = z.strictObject({
  meetingId: meetingIdSchema,
  chatId: chatIdSchema,
  participants: z
    .array(z.strictObject({ personId, role: z.enum(['organizer', 'presenter', 'attendee', 'guest']).default('attendee') }))
    .min(1)
    .max(50),
});
