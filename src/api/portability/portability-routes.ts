import { z } from 'zod';
import type { OkrDeps } from '../../app/okr/okr-deps.js';
import { exportCycle } from '../../app/portability/export-cycle.js';
import { importCycle } from '../../app/portability/import-cycle.js';
import { CONTENT_TYPES, type TableCodec } from '../../app/portability/table-codec.js';
import { IMPORT_FAILURE } from '../../domain/okr/portability/import-issues.js';
import { MAX_IMPORT_BYTES, TRANSFER_FORMATS } from '../../domain/okr/portability/table.js';
import { spreadsheetCodec } from '../../store/files/spreadsheet-codec.js';
import { fileResponse, respond, type Route } from '../http/api-types.js';
import { validate } from '../http/validate.js';

/** Media types an import accepts; the format follows from the one sent. */
export const IMPORT_MEDIA_TYPES = ['text/csv', 'application/csv', CONTENT_TYPES.xlsx] as const;

const exportQuerySchema = z.object({ format: z.enum(TRANSFER_FORMATS).default('csv') });
const importQuerySchema = z.object({ dryRun: z.enum(['true', 'false']).default('true') });

/**
 * OKR import and export of a whole cycle, for OKR admins:
 *   GET  /cycles/:cycleId/export?format=csv|xlsx      the file, as an attachment
 *   POST /cycles/:cycleId/import?dryRun=true|false    body: the file (text/csv or the xlsx media type), at most 5 MB
 * An import is a dry run unless dryRun=false; it answers with a report of every finding by row and column.
 */
export function portabilityRoutes(deps: OkrDeps, files: TableCodec = spreadsheetCodec): Route[] {
  const portability = { ...deps, files };
  return [
    {
      method: 'get',
      path: '/cycles/:cycleId/export',
      handler: async ({ ctx, params, query }) => {
        const q = validate(exportQuerySchema, query);
        if (!q.ok) return q;
        const exported = await exportCycle(portability, ctx, params.cycleId!, q.value.format);
        return exported.ok ? fileResponse(exported.value) : exported;
      },
    },
    {
      method: 'post',
      path: '/cycles/:cycleId/import',
      rawBody: {
        types: IMPORT_MEDIA_TYPES,
        limit: MAX_IMPORT_BYTES,
        tooLarge: { code: IMPORT_FAILURE.tooLarge, message: `A file has at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it` },
      },
      handler: async ({ ctx, params, query, body, raw }) => {
        const q = validate(importQuerySchema, query);
        if (!q.ok) return q;
        const bytes = Buffer.isBuffer(body) ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength) : new Uint8Array(0);
        const format = raw.is(CONTENT_TYPES.xlsx) ? 'xlsx' : 'csv';
        return respond(await importCycle(portability, ctx, { cycleId: params.cycleId!, format, bytes, dryRun: q.value.dryRun === 'true' }));
      },
    },
  ];
}
