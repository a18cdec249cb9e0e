import { createCycle } from '../../app/okr/create-cycle.js';
import { getAlignmentTree } from '../../app/okr/get-alignment-tree.js';
import { getCycle } from '../../app/okr/get-cycle.js';
import { listCycles } from '../../app/okr/list-cycles.js';
import type { OkrDeps } from '../../app/okr/okr-deps.js';
import { transitionCycle } from '../../app/okr/transition-cycle.js';
import { ok } from '../../domain/shared/result.js';
import { respond, success, type Route } from '../http/api-types.js';
import { validate } from '../http/validate.js';
import { createCycleSchema, transitionCycleSchema, treeQuerySchema } from './okr-schemas.js';

export function cycleRoutes(deps: OkrDeps): Route[] {
  return [
    { method: 'get', path: '/cycles', handler: async ({ ctx }) => success({ items: await listCycles(deps, ctx) }) },
    {
      method: 'post',
      path: '/cycles',
      handler: async ({ ctx, body }) => {
        const input = validate(createCycleSchema, body);
        return input.ok ? respond(await createCycle(deps, ctx, input.value), 201, (c) => c.revision) : input;
      },
    },
    {
      method: 'get',
      path: '/cycles/:cycleId',
      handler: async ({ ctx, params }) => {
        const found = await getCycle(deps, ctx, params.cycleId!);
        return found.ok ? success(found.value.value, 200, found.value.value.revision) : found;
      },
    },
    {
      method: 'post',
      path: '/cycles/:cycleId/transition',
      handler: async ({ ctx, params, body, ifMatch }) => {
        const input = validate(transitionCycleSchema, body);
        if (!input.ok) return input;
        return respond(await transitionCycle(deps, ctx, params.cycleId!, input.value.to, ifMatch), 200, (c) => c.revision);
      },
    },
    {
      method: 'get',
      path: '/cycles/:cycleId/tree',
      handler: async ({ ctx, params, query }) => {
        const options = validate(treeQuerySchema, query);
        if (!options.ok) return options;
        const tree = await getAlignmentTree(deps, ctx, params.cycleId!, {
          ...(options.value.levels ? { levels: options.value.levels } : {}),
          ...(options.value.states ? { states: options.value.states } : {}),
        });
        return respond(tree.ok ? ok(tree.value) : tree);
      },
    },
  ];
}
