import { z } from 'zod';

/**
 * How requests name a Teams meeting: what teams-js getContext gave the tab, checked for shape here
 * and against the roster by the use cases, never taken as facts. Shared by the side panel, the stage
 * and the local dev host; nothing here knows about performance management.
 */

/** Teams meeting ids are BASE64 (so '+', '/' and '='); local test hosts use plain ids. */
export const meetingIdSchema = z.string().min(1).max(512).regex(/^[A-Za-z0-9+/=_.:@-]+$/, 'not a Teams meeting id');
/** The meeting as the path names it (validated as an object so a bad one is reported as `meetingId`). */
export const meetingPathSchema = z.object({ meetingId: meetingIdSchema });
/** Meeting chats are 19:…@thread.v2 (older: thread.skype; channel meetings: thread.tacv2). */
export const chatIdSchema = z.string().max(400).regex(/^19:[A-Za-z0-9_.%-]+@thread\.(v2|skype|tacv2)$/, 'not a Teams meeting chat id');
export const personIdSchema = z.string().min(1).max(128).regex(/^[A-Za-z0-9._-]+$/, 'not a valid id');

/** The local dev host's meeting registration (POST /dev/meetings, local mode only). */
export const devMeetingBodySchema = z.strictObject({
  meetingId: meetingIdSchema,
  chatId: chatIdSchema,
  participants: z
    .array(z.strictObject({ personId: personIdSchema, role: z.enum(['organizer', 'presenter', 'attendee', 'guest']).default('attendee') }))
    .min(1)
    .max(50),
});
