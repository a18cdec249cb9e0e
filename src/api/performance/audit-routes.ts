import type { PerformanceDeps } from '../../app/performance/performance-deps.js';
import { getAuditTrail } from '../../app/performance/get-audit-trail.js';
import { respond, type Route } from '../http/api-types.js';

export function auditRoutes(deps: PerformanceDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/people/:personId/audit',
      handler: async ({ ctx, params }) => respond(await getAuditTrail(deps, ctx, params.personId!)),
    },
  ];
}
