import { getStageBoard, type StageDeps } from '../../app/meetings/get-stage-board.js';
import type { BoardSubject } from '../../app/meetings/public-okr-board.js';
import { respond, type Route } from '../http/api-types.js';
import { validate } from '../http/validate.js';
import { meetingPathSchema } from './meeting-ref-schemas.js';
import { stageQuerySchema } from './stage-schemas.js';

const subjectOf = (text: string | undefined): BoardSubject | null => {
  if (!text) return null;
  if (text === 'company') return { kind: 'company' };
  const [kind, id] = [text.slice(0, text.indexOf(':')), text.slice(text.indexOf(':') + 1)];
  return kind === 'person' ? { kind: 'person', id } : { kind: 'team', id };
};

/**
 * The meeting stage: public OKR boards only. These routes are handed StageDeps (the OKR deps and the
 * roster) and nothing else, so whatever a stage request asks for, review data is out of reach.
 */
export function stageRoutes(deps: StageDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/meetings/:meetingId/stage',
      handler: async ({ ctx, params, query }) => {
        const path = validate(meetingPathSchema, { meetingId: params.meetingId });
        if (!path.ok) return path;
        const q = validate(stageQuerySchema, query);
        if (!q.ok) return q;
        return respond(await getStageBoard(deps, ctx, { meetingId: path.value.meetingId, chatId: q.value.chatId, subject: subjectOf(q.value.subject) }));
      },
    },
  ];
}
