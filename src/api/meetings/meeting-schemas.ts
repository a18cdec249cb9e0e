import { z } from 'zod';
import { MAX_PRIVATE_NOTE_LENGTH } from '../../domain/performance/one-on-ones/private-note.js';
import { MAX_TALKING_POINT_LENGTH } from '../../domain/performance/one-on-ones/talking-point.js';
import { chatIdSchema, personIdSchema } from './meeting-ref-schemas.js';

/** Request shapes of the side panel routes. The 1:1 use cases check lengths and content again. */
const recordId = z.string().min(1).max(256).regex(/^[A-Za-z0-9._-]+$/, 'not a valid id');

/** Every side panel route names the meeting chat; it may name the counterpart the client believes in. */
export const sessionQuerySchema = z.strictObject({
  chatId: chatIdSchema,
  counterpart: personIdSchema.optional(),
});

export const sidePanelQuerySchema = sessionQuerySchema.extend({
  /** A specific 1:1 meeting of the pair (default: the next upcoming one). */
  oneOnOneMeeting: recordId.optional(),
});

export const talkingPointBodySchema = z.strictObject({ text: z.string().min(1).max(MAX_TALKING_POINT_LENGTH * 2) });
export const checkTalkingPointBodySchema = z.strictObject({ done: z.boolean() });
export const privateNoteBodySchema = z.strictObject({ oneOnOneMeetingId: recordId, text: z.string().max(MAX_PRIVATE_NOTE_LENGTH * 2) });
export const pointPathSchema = z.object({ pointId: recordId });
