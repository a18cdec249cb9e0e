import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { DecodedTable, TableCodec } from '../../app/portability/table-codec.js';
import { IMPORT_ERROR, issue } from '../../domain/okr/portability/import-issues.js';
import { MAX_CELL_LENGTH, MAX_IMPORT_ROWS, type CellValue, type ExportSheet, type Table, type TransferFormat } from '../../domain/okr/portability/table.js';
import { checkZip, isZip } from './zip-inspection.js';

/**
 * CSV (csv-parse / csv-stringify) and XLSX (exceljs) for OKR import and export.
 *
 * CSV out: UTF-8 with a byte order mark (so Excel reads accents right), CRLF, every text cell
 * quoted, numbers as plain literals. CSV in: UTF-8 (a BOM is fine), comma, semicolon or tab as the
 * delimiter, whichever the header row uses (Excel writes semicolons in many European locales).
 * XLSX out: an "OKRs" sheet (numbers as number cells, frozen header, filter, drop-downs for the
 * fixed values) and an "About" sheet. XLSX in: the "OKRs" sheet or the first one; formulas come
 * through as formulas (the import refuses them), never evaluated.
 *
 * Hostile files: at most MAX_IMPORT_ROWS data rows (the CSV parser stops reading after that),
 * MAX_COLUMNS columns, records of bounded size, and XLSX archives are measured entry by entry with
 * a hard inflate limit before exceljs opens them.
 */

export const MAX_COLUMNS = 256;
/** What an XLSX upload may expand to: a full 5,000-row export is about 3 MB of XML. */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;
const MAX_XLSX_ENTRIES = 200;
/** The sheet rows a drop-down covers beyond the exported ones, for rows people add. */
const VALIDATION_EXTRA_ROWS = 1000;

const badFile = (message: string, row: number | null = null): DecodedTable => ({ ok: false, issue: issue(row, null, IMPORT_ERROR.badFile, message) });
const tooLarge = (message: string): DecodedTable => ({ ok: false, issue: issue(null, null, IMPORT_ERROR.tooLarge, message) });
const TOO_MANY_ROWS = `A file holds at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows; split it`;

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/* ---------------------------------------------------------------- CSV ---------------------------------------------------------------- */

function encodeCsv(sheet: ExportSheet): Uint8Array {
  const text = stringify([sheet.columns.map((c) => c.name), ...sheet.rows.map((r) => [...r])], {
    bom: true,
    record_delimiter: 'windows',
    quoted_string: true,
    cast: { number: (n: number) => String(n) },
  });
  return new TextEncoder().encode(text);
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, Math.max(0, text.search(/\r?\n/)) || text.length);
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

function decodeCsv(bytes: Uint8Array): DecodedTable {
  if (isZip(bytes)) return badFile('This is an Excel workbook, not a CSV file: import it as .xlsx');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return badFile('The file is UTF-16 text; save it as "CSV UTF-8" instead');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return badFile('The file is not UTF-8 text; save it as "CSV UTF-8" (or import the Excel workbook)');
  }
  if (text.includes('\u0000')) return badFile('The file holds binary data, not CSV text');
  // Excel's "sep=;" first line names the delimiter; Excel does not show it as a row.
  const body = text.replace(/^\uFEFF/, '');
  const sep = /^sep=(.)\r?\n/i.exec(body);
  const content = sep ? body.slice(sep[0].length) : body;
  let records: string[][];
  try {
    records = parse(content, {
      delimiter: sep ? sep[1]! : detectDelimiter(content),
      relax_column_count: true,
      skip_empty_lines: false,
      // Stop reading after one row more than allowed: enough to know the file is too large.
      to: MAX_IMPORT_ROWS + 2,
      max_record_size: MAX_CELL_LENGTH * 8,
    }) as string[][];
  } catch (error) {
    const lines = (error as { lines?: unknown }).lines;
    const where = typeof lines === 'number' ? ` near line ${lines}` : '';
    const reason = (error as { code?: string }).code === 'CSV_MAX_RECORD_SIZE' ? 'a row is far too long' : 'it is not well-formed CSV (check the quotes)';
    return badFile(`The file cannot be read${where}: ${reason}`);
  }
  if (records.length === 0) return { ok: true, table: { header: [], rows: [] } };
  if (records.length > MAX_IMPORT_ROWS + 1) return tooLarge(TOO_MANY_ROWS);
  const [header, ...rows] = records;
  if (header!.length > MAX_COLUMNS || rows.some((r) => r.length > MAX_COLUMNS)) return tooLarge(`A file has at most ${MAX_COLUMNS} columns`);
  return { ok: true, table: { header: header!, rows: rows.map((cells, i) => ({ number: i + 2, cells })) } };
}

/* ---------------------------------------------------------------- XLSX --------------------------------------------------------------- */

async function encodeXlsx(sheet: ExportSheet): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tandem';
  const ws = workbook.addWorksheet(sheet.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({ header: c.name, key: c.name, width: c.width }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  sheet.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.note = `${c.importable ? '' : 'Export only. '}${c.about}`;
    if (!c.importable) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
  });
  for (const row of sheet.rows) {
    // Text is already neutralised; numbers stay numbers (never a formula: exceljs writes strings as strings).
    ws.addRow(row.map((v) => (v === null ? null : v)));
  }
  sheet.columns.forEach((c, i) => {
    if (!c.numeric && (c.name.endsWith('description') || c.name === 'milestones' || c.name === 'reflection')) {
      ws.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
    }
    if (c.values && c.importable) {
      const letter = columnLetter(i);
      // Typed only per cell in exceljs' declarations; the worksheet's range form writes one sqref.
      (ws as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}2:${letter}${sheet.rows.length + VALIDATION_EXTRA_ROWS}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${c.values.join(',')}"`],
        showErrorMessage: true,
        errorTitle: c.name,
        error: `One of: ${c.values.join(', ')}`,
      });
    }
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };

  const about = workbook.addWorksheet('About');
  about.columns = [
    { header: 'column', key: 'column', width: 22 },
    { header: 'imported', key: 'imported', width: 10 },
    { header: 'meaning', key: 'meaning', width: 120 },
  ];
  about.getRow(1).font = { bold: true };
  for (const c of sheet.columns) about.addRow([c.name, c.importable ? 'yes' : 'export only', c.about]);
  about.addRow([]);
  for (const line of sheet.about) about.addRow([line]);

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

type ExcelValue = ExcelJS.CellValue;

function cellOf(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const v = value as unknown as Record<string, unknown>;
    if (typeof v.formula === 'string') return { formula: v.formula };
    if (typeof v.sharedFormula === 'string') return { formula: v.sharedFormula };
    if (Array.isArray(v.richText)) return (v.richText as { text?: unknown }[]).map((p) => String(p.text ?? '')).join('');
    if ('hyperlink' in v) {
      const text = v.text;
      if (typeof text === 'string') return text;
      if (text && typeof text === 'object' && Array.isArray((text as { richText?: unknown }).richText)) {
        return ((text as { richText: { text?: unknown }[] }).richText).map((p) => String(p.text ?? '')).join('');
      }
      return typeof v.hyperlink === 'string' ? v.hyperlink : null;
    }
    if ('error' in v) return String(v.error);
  }
  return String(value as unknown);
}

async function decodeXlsx(bytes: Uint8Array): Promise<DecodedTable> {
  if (!isZip(bytes)) return badFile('This is not an Excel workbook (.xlsx); a CSV file is imported as .csv');
  const zip = checkZip(bytes, { maxEntries: MAX_XLSX_ENTRIES, maxUncompressedBytes: MAX_XLSX_UNCOMPRESSED_BYTES });
  if (!zip.ok) return zip.reason === 'too-large' ? tooLarge('The workbook expands to far more than an OKR file needs; save only the OKR sheet') : badFile('The workbook is damaged and cannot be opened');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return badFile('The workbook cannot be opened; save it again from Excel as .xlsx');
  }
  const ws = workbook.getWorksheet('OKRs') ?? workbook.worksheets[0];
  if (!ws) return badFile('The workbook has no worksheet');
  if (ws.actualRowCount > MAX_IMPORT_ROWS + 1) return tooLarge(TOO_MANY_ROWS);
  if (ws.columnCount > MAX_COLUMNS) return tooLarge(`A file has at most ${MAX_COLUMNS} columns`);
  const values = (row: ExcelJS.Row): CellValue[] => {
    const raw = row.values as ExcelValue[];
    const cells: CellValue[] = [];
    for (let i = 1; i < raw.length; i++) cells.push(cellOf(raw[i]));
    return cells;
  };
  let header: string[] = [];
  const rows: Table['rows'][number][] = [];
  let tooMany = false;
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) {
      header = values(row).map((v) => (v === null ? '' : typeof v === 'object' ? `=${v.formula}` : String(v)));
      return;
    }
    if (rows.length >= MAX_IMPORT_ROWS) {
      tooMany = true;
      return;
    }
    rows.push({ number, cells: values(row) });
  });
  if (tooMany) return tooLarge(TOO_MANY_ROWS);
  return { ok: true, table: { header, rows } };
}

/** The CSV and XLSX codec the import and export use. */
export const spreadsheetCodec: TableCodec = {
  encode: async (format: TransferFormat, sheet: ExportSheet) => (format === 'csv' ? encodeCsv(sheet) : encodeXlsx(sheet)),
  decode: async (format: TransferFormat, bytes: Uint8Array) => {
    try {
      return format === 'csv' ? decodeCsv(bytes) : await decodeXlsx(bytes);
    } catch {
      // Whatever a library throws on a hostile file is the file's problem, not a server error.
      return badFile('The file cannot be read');
    }
  },
};
