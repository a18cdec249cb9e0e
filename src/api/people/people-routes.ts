import { getMe, getPerson, getTeam, listMyReports, listPeople, listTeams, type PeopleDeps } from '../../app/people/people-queries.js';
import { respond, success, type Route } from '../http/api-types.js';
import { validate } from '../http/validate.js';
import { pageQuerySchema } from '../okr/okr-schemas.js';
import { z } from 'zod';

const peopleQuerySchema = pageQuerySchema.extend({
  team: z.string().max(128).optional(),
  manager: z.string().max(128).optional(),
});

const pageOf = (limit: number, continuation: string | undefined) => ({ limit, ...(continuation ? { continuationToken: continuation } : {}) });

export function peopleRoutes(deps: PeopleDeps): Route[] {
  return [
    { method: 'get', path: '/me', handler: async ({ ctx }) => success(getMe(ctx)) },
    {
      method: 'get',
      path: '/me/reports',
      handler: async ({ ctx, query }) => {
        const q = validate(pageQuerySchema, query);
        return q.ok ? respond(await listMyReports(deps, ctx, pageOf(q.value.limit, q.value.continuation))) : q;
      },
    },
    {
      method: 'get',
      path: '/people',
      handler: async ({ ctx, query }) => {
        const q = validate(peopleQuerySchema, query);
        if (!q.ok) return q;
        const { team, manager, limit, continuation } = q.value;
        return respond(await listPeople(deps, ctx, { ...(team ? { teamId: team } : {}), ...(manager ? { managerId: manager } : {}) }, pageOf(limit, continuation)));
      },
    },
    { method: 'get', path: '/people/:personId', handler: async ({ ctx, params }) => respond(await getPerson(deps, ctx, params.personId!)) },
    { method: 'get', path: '/teams', handler: async ({ ctx }) => success({ items: await listTeams(deps, ctx) }) },
    { method: 'get', path: '/teams/:teamId', handler: async ({ ctx, params }) => respond(await getTeam(deps, ctx, params.teamId!)) },
  ];
}
