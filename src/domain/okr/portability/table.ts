/**
 * A spreadsheet as the import and export see it, independent of the file format: a header row and
 * data rows of plain cell values. The CSV and XLSX encodings live in an adapter (src/store/files).
 */
export const TRANSFER_FORMATS = ['csv', 'xlsx'] as const;
export type TransferFormat = (typeof TRANSFER_FORMATS)[number];

/** A spreadsheet formula, as a decoder found it; an import refuses it rather than evaluate it. */
export interface FormulaCell {
  readonly formula: string;
}

export type CellValue = string | number | boolean | null | FormulaCell;

/** A data row with its spreadsheet row number (the header is row 1). */
export interface TableRow {
  readonly number: number;
  readonly cells: readonly CellValue[];
}

export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
}

/** Data rows an import accepts; beyond this the file is refused as too large. */
export const MAX_IMPORT_ROWS = 5000;
/** Bytes an import file may have (CSV or XLSX as uploaded). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Characters one cell may hold before the file is refused (the longest field, a description, takes 4,000). */
export const MAX_CELL_LENGTH = 10_000;

/** Column metadata an encoder needs: numbers are written as numbers, export-only columns are marked. */
export interface SheetColumn {
  readonly name: string;
  readonly numeric: boolean;
  readonly importable: boolean;
  readonly width: number;
  readonly about: string;
  /** Allowed values, for a drop-down in spreadsheets that support one. */
  readonly values?: readonly string[];
}

/** What an export encodes: the OKR sheet and a short read-me. */
export interface ExportSheet {
  readonly sheetName: string;
  readonly columns: readonly SheetColumn[];
  /** One entry per column, in column order; text is already neutralised. Never a formula. */
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Lines for the read-me sheet (XLSX only). */
  readonly about: readonly string[];
}
