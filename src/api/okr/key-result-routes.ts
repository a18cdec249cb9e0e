import { changeKeyResult, createKeyResult, deleteKeyResult } from '../../app/okr/key-result-commands.js';
import { listCheckIns } from '../../app/okr/list-check-ins.js';
import type { OkrDeps } from '../../app/okr/okr-deps.js';
import { recordCheckIn } from '../../app/okr/record-check-in.js';
import { noContent, respond, success, type Route } from '../http/api-types.js';
import { validate } from '../http/validate.js';
import { checkInSchema, keyResultDraftSchema, pageQuerySchema, updateKeyResultSchema } from './okr-schemas.js';

const keyResultRevision = (kr: { revision: number }): number => kr.revision;

export function keyResultRoutes(deps: OkrDeps): Route[] {
  return [
    {
      method: 'post',
      path: '/objectives/:objectiveId/key-results',
      handler: async ({ ctx, params, body }) => {
        const input = validate(keyResultDraftSchema, body);
        return input.ok ? respond(await createKeyResult(deps, ctx, params.objectiveId!, input.value), 201, keyResultRevision) : input;
      },
    },
    {
      method: 'patch',
      path: '/key-results/:keyResultId',
      handler: async ({ ctx, params, body, ifMatch }) => {
        const input = validate(updateKeyResultSchema, body);
        return input.ok ? respond(await changeKeyResult(deps, ctx, params.keyResultId!, input.value, ifMatch), 200, keyResultRevision) : input;
      },
    },
    {
      method: 'delete',
      path: '/key-results/:keyResultId',
      handler: async ({ ctx, params, ifMatch }) => {
        const deleted = await deleteKeyResult(deps, ctx, params.keyResultId!, ifMatch);
        return deleted.ok ? noContent() : deleted;
      },
    },
    {
      method: 'post',
      path: '/key-results/:keyResultId/check-ins',
      handler: async ({ ctx, params, body }) => {
        const input = validate(checkInSchema, body);
        if (!input.ok) return input;
        const recorded = await recordCheckIn(deps, ctx, params.keyResultId!, input.value);
        return recorded.ok ? success(recorded.value, recorded.value.created ? 201 : 200) : recorded;
      },
    },
    {
      method: 'get',
      path: '/key-results/:keyResultId/check-ins',
      handler: async ({ ctx, params, query }) => {
        const page = validate(pageQuerySchema, query);
        if (!page.ok) return page;
        const { limit, continuation } = page.value;
        return respond(await listCheckIns(deps, ctx, params.keyResultId!, { limit, ...(continuation ? { continuationToken: continuation } : {}) }));
      },
    },
  ];
}
