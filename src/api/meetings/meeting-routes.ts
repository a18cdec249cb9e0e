import { addMeetingTalkingPoint } from '../../app/meetings/add-meeting-talking-point.js';
import { checkMeetingTalkingPoint } from '../../app/meetings/check-meeting-talking-point.js';
import { getSidePanel } from '../../app/meetings/get-side-panel.js';
import type { SidePanelDeps } from '../../app/meetings/meeting-deps.js';
import { startMeetingOneOnOne } from '../../app/meetings/start-meeting-one-on-one.js';
import type { MeetingSessionRequest } from '../../app/meetings/verify-meeting-session.js';
import { writeMeetingPrivateNote } from '../../app/meetings/write-meeting-private-note.js';
import { ok, type Result } from '../../domain/shared/result.js';
import { respond, type ApiRequest, type Route } from '../http/api-types.js';
import { validate } from '../http/validate.js';
import { meetingPathSchema } from './meeting-ref-schemas.js';
import { checkTalkingPointBodySchema, pointPathSchema, privateNoteBodySchema, sessionQuerySchema, sidePanelQuerySchema, talkingPointBodySchema } from './meeting-schemas.js';

/** The meeting the request names (path and query), shape-checked; the use cases check it against the roster. */
function sessionOf({ params, query }: Pick<ApiRequest, 'params' | 'query'>): Result<MeetingSessionRequest, 'API.VALIDATION'> {
  const path = validate(meetingPathSchema, { meetingId: params.meetingId });
  if (!path.ok) return path;
  const q = validate(sessionQuerySchema, query);
  if (!q.ok) return q;
  return ok({ meetingId: path.value.meetingId, chatId: q.value.chatId, ...(q.value.counterpart ? { counterpartId: q.value.counterpart } : {}) });
}

const revisionOf = (value: { revision: number }): number => value.revision;

/**
 * The meeting side panel: one view per participant, and the 1:1 actions it offers. These routes are
 * handed the performance deps, which they pass only to the meeting use cases; the stage has its own
 * routes without them (stage-routes.ts).
 */
export function meetingRoutes(deps: SidePanelDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/meetings/:meetingId/side-panel',
      handler: async (request) => {
        const session = sessionOf(request);
        if (!session.ok) return session;
        const q = validate(sidePanelQuerySchema, request.query);
        if (!q.ok) return q;
        return respond(await getSidePanel(deps, request.ctx, { ...session.value, ...(q.value.oneOnOneMeeting ? { oneOnOneMeetingId: q.value.oneOnOneMeeting } : {}) }));
      },
    },
    {
      method: 'post',
      path: '/meetings/:meetingId/one-on-one',
      handler: async (request) => {
        const session = sessionOf(request);
        if (!session.ok) return session;
        const started = await startMeetingOneOnOne(deps, request.ctx, session.value);
        return respond(started, started.ok && started.value.created ? 201 : 200);
      },
    },
    {
      method: 'post',
      path: '/meetings/:meetingId/talking-points',
      handler: async (request) => {
        const session = sessionOf(request);
        if (!session.ok) return session;
        const body = validate(talkingPointBodySchema, request.body);
        if (!body.ok) return body;
        return respond(await addMeetingTalkingPoint(deps, request.ctx, session.value, body.value), 201, revisionOf);
      },
    },
    {
      method: 'patch',
      path: '/meetings/:meetingId/talking-points/:pointId',
      handler: async (request) => {
        const session = sessionOf(request);
        if (!session.ok) return session;
        const pointId = validate(pointPathSchema, { pointId: request.params.pointId });
        if (!pointId.ok) return pointId;
        const body = validate(checkTalkingPointBodySchema, request.body);
        if (!body.ok) return body;
        return respond(await checkMeetingTalkingPoint(deps, request.ctx, session.value, pointId.value.pointId, body.value.done, request.ifMatch), 200, revisionOf);
      },
    },
    {
      method: 'patch',
      path: '/meetings/:meetingId/private-note',
      handler: async (request) => {
        const session = sessionOf(request);
        if (!session.ok) return session;
        const body = validate(privateNoteBodySchema, request.body);
        if (!body.ok) return body;
        return respond(await writeMeetingPrivateNote(deps, request.ctx, session.value, body.value, request.ifMatch), 200, revisionOf);
      },
    },
  ];
}
