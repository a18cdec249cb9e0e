import { z } from 'zod';
import { erasePerson } from '../../app/performance/personal-data/erase-person.js';
import { exportPersonalData } from '../../app/performance/personal-data/export-personal-data.js';
import type { PersonalDataDeps } from '../../app/performance/personal-data/personal-data-deps.js';
import { fileResponse, respond, type Route } from '../http/api-types.js';
import { validate } from '../http/validate.js';

/** The person's display name or id, typed by HR to confirm. */
export const eraseBodySchema = z.strictObject({ confirm: z.string().trim().min(1).max(200) });

/**
 * Data-subject requests (HR admins; see src/app/performance/personal-data/PERSONAL-DATA.md):
 * GET  /people/:personId/personal-data  → the export as a JSON file (PersonalDataExport)       404
 * POST /people/:personId/erase  body { confirm }  → ErasureOutcome
 *      400 API.VALIDATION | PERF.CONFIRMATION_MISMATCH, 404, 409 PERF.HAS_DIRECT_REPORTS,
 *      503 PERF.ERASURE_INCOMPLETE (stopped half-way: run it again)
 */
export function personalDataRoutes(deps: PersonalDataDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/people/:personId/personal-data',
      handler: async ({ ctx, params }) => {
        const exported = await exportPersonalData(deps, ctx, params.personId!);
        if (!exported.ok) return exported;
        return fileResponse({
          contentType: 'application/json; charset=utf-8',
          fileName: `tandem-personal-data-${exported.value.person.id}.json`,
          data: new TextEncoder().encode(JSON.stringify(exported.value, null, 2)),
        });
      },
    },
    {
      method: 'post',
      path: '/people/:personId/erase',
      handler: async ({ ctx, params, body }) => {
        const input = validate(eraseBodySchema, body);
        return input.ok ? respond(await erasePerson(deps, ctx, params.personId!, input.value.confirm)) : input;
      },
    },
  ];
}
