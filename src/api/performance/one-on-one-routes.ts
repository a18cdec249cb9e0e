import { z } from 'zod';
import { addActionItem } from '../../app/performance/one-on-ones/add-action-item.js';
import { addTalkingPoint } from '../../app/performance/one-on-ones/add-talking-point.js';
import { completeOneOnOneMeeting } from '../../app/performance/one-on-ones/complete-meeting.js';
import { editOneOnOneSharedNotes } from '../../app/performance/one-on-ones/edit-shared-notes.js';
import { getOneOnOne } from '../../app/performance/one-on-ones/get-one-on-one.js';
import { getOneOnOneWith } from '../../app/performance/one-on-ones/get-one-on-one-with.js';
import { listMyOneOnOnes } from '../../app/performance/one-on-ones/list-my-one-on-ones.js';
import { moveTalkingPoint } from '../../app/performance/one-on-ones/move-talking-point.js';
import { removeActionItem } from '../../app/performance/one-on-ones/remove-action-item.js';
import { removeTalkingPoint } from '../../app/performance/one-on-ones/remove-talking-point.js';
import { rescheduleOneOnOneMeeting } from '../../app/performance/one-on-ones/reschedule-meeting.js';
import { scheduleOneOnOneMeeting } from '../../app/performance/one-on-ones/schedule-meeting.js';
import { updateActionItem } from '../../app/performance/one-on-ones/update-action-item.js';
import { updateTalkingPoint } from '../../app/performance/one-on-ones/update-talking-point.js';
import { writeOneOnOnePrivateNote } from '../../app/performance/one-on-ones/write-private-note.js';
import type { PerformanceDeps } from '../../app/performance/performance-deps.js';
import { MAX_ACTION_ITEM_LENGTH } from '../../domain/performance/one-on-ones/action-item.js';
import { MAX_SHARED_NOTES_LENGTH } from '../../domain/performance/one-on-ones/meeting.js';
import { MAX_PRIVATE_NOTE_LENGTH } from '../../domain/performance/one-on-ones/private-note.js';
import { MAX_TALKING_POINT_LENGTH } from '../../domain/performance/one-on-ones/talking-point.js';
import { noContent, respond, type Route } from '../http/api-types.js';
import { validate } from '../http/validate.js';

/** Request shapes: strict, so an unknown field is refused rather than ignored. Calendar rules are the domain's (PERF.VALIDATION). */
const id = z.string().min(1).max(255).regex(/^[A-Za-z0-9._-]+$/, 'not a valid id');
const date = z.string().max(10);
/** Room for surrounding whitespace the domain trims; the domain enforces the real limit. */
const text = (max: number) => z.string().max(max + 100);
const atLeastOne = <T extends object>(value: T): boolean => Object.keys(value).length > 0;

const viewQuery = z.strictObject({ meeting: id.optional() });
const scheduleBody = z.strictObject({ date });
const completeBody = z.strictObject({ nextDate: date.optional() });
const notesBody = (max: number) => z.strictObject({ text: z.string().max(max) });
const newPointBody = z.strictObject({ text: text(MAX_TALKING_POINT_LENGTH), meetingId: id.optional() });
const pointChangesBody = z.strictObject({ text: text(MAX_TALKING_POINT_LENGTH).optional(), done: z.boolean().optional() }).refine(atLeastOne, 'Name at least one field to change');
const moveBody = z.strictObject({ direction: z.enum(['up', 'down']) });
const newActionItemBody = z.strictObject({ text: text(MAX_ACTION_ITEM_LENGTH), ownerId: id, dueDate: date.nullable().default(null), meetingId: id.optional() });
const actionItemChangesBody = z
  .strictObject({ text: text(MAX_ACTION_ITEM_LENGTH).optional(), ownerId: id.optional(), dueDate: date.nullable().optional(), done: z.boolean().optional() })
  .refine(atLeastOne, 'Name at least one field to change');

const revision = (record: { revision: number }): number => record.revision;

/**
 * 1:1s of a manager-report pair, addressed by the report's id (or, for a meeting side panel, by
 * the other participant: /one-on-ones/with/:personId). Only the two people in the pair get
 * anything but a 404.
 */
export function oneOnOneRoutes(deps: PerformanceDeps): Route[] {
  return [
    { method: 'get', path: '/one-on-ones', handler: async ({ ctx }) => respond(await listMyOneOnOnes(deps, ctx)) },
    {
      method: 'get',
      path: '/one-on-ones/with/:personId',
      handler: async ({ ctx, params, query }) => {
        const q = validate(viewQuery, query);
        return q.ok ? respond(await getOneOnOneWith(deps, ctx, params.personId!, q.value.meeting)) : q;
      },
    },
    {
      method: 'get',
      path: '/one-on-ones/:reportId',
      handler: async ({ ctx, params, query }) => {
        const q = validate(viewQuery, query);
        return q.ok ? respond(await getOneOnOne(deps, ctx, params.reportId!, q.value.meeting)) : q;
      },
    },
    {
      method: 'post',
      path: '/one-on-ones/:reportId/meetings',
      handler: async ({ ctx, params, body }) => {
        const input = validate(scheduleBody, body);
        return input.ok ? respond(await scheduleOneOnOneMeeting(deps, ctx, params.reportId!, input.value), 201, revision) : input;
      },
    },
    {
      method: 'patch',
      path: '/one-on-ones/:reportId/meetings/:meetingId',
      handler: async ({ ctx, params, body, ifMatch }) => {
        const input = validate(scheduleBody, body);
        return input.ok ? respond(await rescheduleOneOnOneMeeting(deps, ctx, params.reportId!, params.meetingId!, input.value, ifMatch), 200, revision) : input;
      },
    },
    {
      method: 'post',
      path: '/one-on-ones/:reportId/meetings/:meetingId/complete',
      handler: async ({ ctx, params, body, ifMatch }) => {
        const input = validate(completeBody, body);
        return input.ok ? respond(await completeOneOnOneMeeting(deps, ctx, params.reportId!, params.meetingId!, input.value, ifMatch), 200, (c) => c.meeting.revision) : input;
      },
    },
    {
      method: 'patch',
      path: '/one-on-ones/:reportId/meetings/:meetingId/shared-notes',
      handler: async ({ ctx, params, body, ifMatch }) => {
        const input = validate(notesBody(MAX_SHARED_NOTES_LENGTH), body);
        return input.ok ? respond(await editOneOnOneSharedNotes(deps, ctx, params.reportId!, params.meetingId!, input.value, ifMatch), 200, (m) => m.sharedNotes.revision) : input;
      },
    },
    {
      method: 'patch',
      path: '/one-on-ones/:reportId/meetings/:meetingId/private-note',
      handler: async ({ ctx, params, body, ifMatch }) => {
        const input = validate(notesBody(MAX_PRIVATE_NOTE_LENGTH), body);
        return input.ok ? respond(await writeOneOnOnePrivateNote(deps, ctx, params.reportId!, params.meetingId!, input.value, ifMatch), 200, revision) : input;
      },
    },
    {
      method: 'post',
      path: '/one-on-ones/:reportId/talking-points',
      handler: async ({ ctx, params, body }) => {
        const input = validate(newPointBody, body);
        return input.ok ? respond(await addTalkingPoint(deps, ctx, params.reportId!, input.value), 201, revision) : input;
      },
    },
    {
      method: 'patch',
      path: '/one-on-ones/:reportId/talking-points/:pointId',
      handler: async ({ ctx, params, body, ifMatch }) => {
        const input = validate(pointChangesBody, body);
        return input.ok ? respond(await updateTalkingPoint(deps, ctx, params.reportId!, params.pointId!, input.value, ifMatch), 200, revision) : input;
      },
    },
    {
      method: 'post',
      path: '/one-on-ones/:reportId/talking-points/:pointId/move',
      handler: async ({ ctx, params, body }) => {
        const input = validate(moveBody, body);
        return input.ok ? respond(await moveTalkingPoint(deps, ctx, params.reportId!, params.pointId!, input.value.direction), 200, revision) : input;
      },
    },
    {
      method: 'delete',
      path: '/one-on-ones/:reportId/talking-points/:pointId',
      handler: async ({ ctx, params, ifMatch }) => {
        const removed = await removeTalkingPoint(deps, ctx, params.reportId!, params.pointId!, ifMatch);
        return removed.ok ? noContent() : removed;
      },
    },
    {
      method: 'post',
      path: '/one-on-ones/:reportId/action-items',
      handler: async ({ ctx, params, body }) => {
        const input = validate(newActionItemBody, body);
        return input.ok ? respond(await addActionItem(deps, ctx, params.reportId!, input.value), 201, revision) : input;
      },
    },
    {
      method: 'patch',
      path: '/one-on-ones/:reportId/action-items/:itemId',
      handler: async ({ ctx, params, body, ifMatch }) => {
        const input = validate(actionItemChangesBody, body);
        return input.ok ? respond(await updateActionItem(deps, ctx, params.reportId!, params.itemId!, input.value, ifMatch), 200, revision) : input;
      },
    },
    {
      method: 'delete',
      path: '/one-on-ones/:reportId/action-items/:itemId',
      handler: async ({ ctx, params, ifMatch }) => {
        const removed = await removeActionItem(deps, ctx, params.reportId!, params.itemId!, ifMatch);
        return removed.ok ? noContent() : removed;
      },
    },
  ];
}
