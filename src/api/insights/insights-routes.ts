import { z } from 'zod';
import { getAtRisk } from '../../app/insights/get-at-risk.js';
import { getDependencyHealth } from '../../app/insights/get-dependency-health.js';
import { getGradeInsights } from '../../app/insights/get-grade-insights.js';
import { getParticipation } from '../../app/insights/get-participation.js';
import { getProgressInsights } from '../../app/insights/get-progress-insights.js';
import { InsightsSnapshots, type InsightsSnapshotsOptions } from '../../app/insights/insights-snapshots.js';
import type { OkrDeps } from '../../app/okr/okr-deps.js';
import { respond, type Route } from '../http/api-types.js';
import { validate } from '../http/validate.js';
import { idSchema } from '../okr/okr-schemas.js';

/**
 * Query shapes. Strict: an unknown parameter is a 400, so a typo ("teams=") is not silently ignored.
 * Express hands repeated parameters over as arrays, which these schemas refuse as well.
 */
const scopeFields = {
  scope: z.enum(['all', 'reports']).optional(),
  team: idSchema.optional(),
};
const limit = z.coerce.number().int().min(1).max(200).default(50);

export const insightsQuerySchema = z.strictObject(scopeFields);
export const participationQuerySchema = z.strictObject({ ...scopeFields, week: z.coerce.number().int().min(0).max(120).optional() });
export const listQuerySchema = z.strictObject({ ...scopeFields, limit });

/** Validates a query string; problems with the query as a whole (an unknown parameter) are filed under "(query)". */
function validateQuery<S extends z.ZodType>(schema: S, query: unknown) {
  const result = validate(schema, query);
  if (result.ok) return result;
  const fields = (result.details?.fields ?? {}) as Record<string, string>;
  const { '(body)': whole, ...rest } = fields;
  return { ...result, details: { fields: whole === undefined ? rest : { ...rest, '(query)': whole } } };
}

/**
 * OKR analytics for managers (over their manager-chain reports) and OKR admins (over everyone),
 * served from a per-cycle aggregate (see src/app/insights/insights-snapshots.ts).
 */
export function insightsRoutes(deps: OkrDeps, options: InsightsSnapshotsOptions = {}): Route[] {
  const insights = new InsightsSnapshots(deps, options);
  const base = '/cycles/:cycleId/insights';
  return [
    {
      method: 'get',
      path: `${base}/participation`,
      handler: async ({ ctx, params, query }) => {
        const q = validateQuery(participationQuerySchema, query);
        return q.ok ? respond(await getParticipation(insights, ctx, params.cycleId!, q.value)) : q;
      },
    },
    {
      method: 'get',
      path: `${base}/progress`,
      handler: async ({ ctx, params, query }) => {
        const q = validateQuery(insightsQuerySchema, query);
        return q.ok ? respond(await getProgressInsights(insights, ctx, params.cycleId!, q.value)) : q;
      },
    },
    {
      method: 'get',
      path: `${base}/at-risk`,
      handler: async ({ ctx, params, query }) => {
        const q = validateQuery(listQuerySchema, query);
        return q.ok ? respond(await getAtRisk(insights, ctx, params.cycleId!, q.value)) : q;
      },
    },
    {
      method: 'get',
      path: `${base}/grades`,
      handler: async ({ ctx, params, query }) => {
        const q = validateQuery(insightsQuerySchema, query);
        return q.ok ? respond(await getGradeInsights(insights, ctx, params.cycleId!, q.value)) : q;
      },
    },
    {
      method: 'get',
      path: `${base}/dependencies`,
      handler: async ({ ctx, params, query }) => {
        const q = validateQuery(listQuerySchema, query);
        return q.ok ? respond(await getDependencyHealth(insights, ctx, params.cycleId!, q.value)) : q;
      },
    },
  ];
}
