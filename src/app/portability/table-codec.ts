import type { ImportIssue } from '../../domain/okr/portability/import-issues.js';
import type { ExportSheet, Table, TransferFormat } from '../../domain/okr/portability/table.js';

export type DecodedTable = { readonly ok: true; readonly table: Table } | { readonly ok: false; readonly issue: ImportIssue };

/**
 * Spreadsheet files in and out: CSV and XLSX. The adapter (src/store/files) owns the libraries and
 * the limits that protect the server from hostile files (size, rows, ZIP expansion).
 */
export interface TableCodec {
  encode(format: TransferFormat, sheet: ExportSheet): Promise<Uint8Array>;
  /** Never throws for a bad file: it answers with a finding (IMPORT.BAD_FILE, IMPORT.TOO_LARGE). */
  decode(format: TransferFormat, bytes: Uint8Array): Promise<DecodedTable>;
}

export const CONTENT_TYPES: Record<TransferFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
