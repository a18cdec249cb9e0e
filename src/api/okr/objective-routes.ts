import { carryOverObjective } from '../../app/okr/carry-over-objective.js';
import { closeObjective } from '../../app/okr/close-objective.js';
import { createObjective } from '../../app/okr/create-objective.js';
import { deleteObjective } from '../../app/okr/delete-objective.js';
import { getObjective } from '../../app/okr/get-objective.js';
import { listObjectives } from '../../app/okr/list-objectives.js';
import { addComment, listComments } from '../../app/okr/objective-comments.js';
import { approve, propose, sendBack } from '../../app/okr/objective-transitions.js';
import type { OkrDeps } from '../../app/okr/okr-deps.js';
import { updateObjective } from '../../app/okr/update-objective.js';
import { noContent, respond, type Route } from '../http/api-types.js';
import { validate } from '../http/validate.js';
import { carryOverSchema, closeObjectiveSchema, commentSchema, createObjectiveSchema, objectiveListQuerySchema, pageQuerySchema, sendBackSchema, updateObjectiveSchema } from './okr-schemas.js';

const objectiveRevision = (o: { revision: number }): number => o.revision;

export function objectiveRoutes(deps: OkrDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/cycles/:cycleId/objectives',
      handler: async ({ ctx, params, query }) => {
        const q = validate(objectiveListQuerySchema, query);
        if (!q.ok) return q;
        const { limit, continuation, team, owner, participant, level, state, confidence } = q.value;
        const me = (id: string | undefined): string | undefined => (id === 'me' ? ctx.actor.id : id);
        return respond(
          await listObjectives(
            deps,
            ctx,
            {
              cycleId: params.cycleId!,
              ...(team ? { teamId: team } : {}),
              ...(owner ? { ownerId: me(owner)! } : {}),
              ...(participant ? { participantId: me(participant)! } : {}),
              ...(level ? { levels: level } : {}),
              ...(state ? { states: state } : {}),
              ...(confidence ? { confidence } : {}),
            },
            { limit, ...(continuation ? { continuationToken: continuation } : {}) },
          ),
        );
      },
    },
    {
      method: 'post',
      path: '/cycles/:cycleId/objectives',
      handler: async ({ ctx, params, body }) => {
        const input = validate(createObjectiveSchema, body);
        return input.ok ? respond(await createObjective(deps, ctx, { ...input.value, cycleId: params.cycleId! }), 201, objectiveRevision) : input;
      },
    },
    {
      method: 'get',
      path: '/objectives/:objectiveId',
      handler: async ({ ctx, params }) => respond(await getObjective(deps, ctx, params.objectiveId!), 200, (d) => d.objective.revision),
    },
    {
      method: 'patch',
      path: '/objectives/:objectiveId',
      handler: async ({ ctx, params, body, ifMatch }) => {
        const input = validate(updateObjectiveSchema, body);
        return input.ok ? respond(await updateObjective(deps, ctx, params.objectiveId!, input.value, ifMatch), 200, objectiveRevision) : input;
      },
    },
    {
      method: 'delete',
      path: '/objectives/:objectiveId',
      handler: async ({ ctx, params, ifMatch }) => {
        const deleted = await deleteObjective(deps, ctx, params.objectiveId!, ifMatch);
        return deleted.ok ? noContent() : deleted;
      },
    },
    {
      method: 'post',
      path: '/objectives/:objectiveId/propose',
      handler: async ({ ctx, params, ifMatch }) => respond(await propose(deps, ctx, params.objectiveId!, ifMatch), 200, objectiveRevision),
    },
    {
      method: 'post',
      path: '/objectives/:objectiveId/approve',
      handler: async ({ ctx, params, ifMatch }) => respond(await approve(deps, ctx, params.objectiveId!, ifMatch), 200, objectiveRevision),
    },
    {
      method: 'post',
      path: '/objectives/:objectiveId/send-back',
      handler: async ({ ctx, params, body, ifMatch }) => {
        const input = validate(sendBackSchema, body);
        return input.ok ? respond(await sendBack(deps, ctx, params.objectiveId!, input.value.comment, ifMatch), 200, objectiveRevision) : input;
      },
    },
    {
      method: 'post',
      path: '/objectives/:objectiveId/close',
      handler: async ({ ctx, params, body, ifMatch }) => {
        const input = validate(closeObjectiveSchema, body);
        return input.ok ? respond(await closeObjective(deps, ctx, params.objectiveId!, input.value, ifMatch), 200, objectiveRevision) : input;
      },
    },
    {
      method: 'post',
      path: '/objectives/:objectiveId/carry-over',
      handler: async ({ ctx, params, body }) => {
        const input = validate(carryOverSchema, body);
        return input.ok ? respond(await carryOverObjective(deps, ctx, params.objectiveId!, input.value.targetCycleId), 201, objectiveRevision) : input;
      },
    },
    {
      method: 'get',
      path: '/objectives/:objectiveId/comments',
      handler: async ({ ctx, params, query }) => {
        const page = validate(pageQuerySchema, query);
        if (!page.ok) return page;
        const { limit, continuation } = page.value;
        return respond(await listComments(deps, ctx, params.objectiveId!, { limit, ...(continuation ? { continuationToken: continuation } : {}) }));
      },
    },
    {
      method: 'post',
      path: '/objectives/:objectiveId/comments',
      handler: async ({ ctx, params, body }) => {
        const input = validate(commentSchema, body);
        return input.ok ? respond(await addComment(deps, ctx, params.objectiveId!, input.value.text), 201) : input;
      },
    },
  ];
}
