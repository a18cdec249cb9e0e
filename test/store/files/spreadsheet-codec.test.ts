import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { sheetColumns } from '../../../src/domain/okr/portability/columns.js';
import { IMPORT_ERROR } from '../../../src/domain/okr/portability/import-issues.js';
import type { ExportSheet, Table } from '../../../src/domain/okr/portability/table.js';
import { MAX_XLSX_UNCOMPRESSED_BYTES, spreadsheetCodec } from '../../../src/store/files/spreadsheet-codec.js';
import { checkZip } from '../../../src/store/files/zip-inspection.js';

const columns = sheetColumns();
const col = (name: string) => columns.findIndex((c) => c.name === name);

/** One exported row: text in every text column, negative numbers in the number columns. */
function sheet(rows = 1): ExportSheet {
  const row = columns.map((c, i) => (c.numeric ? -1.5 - i : c.name === 'objective_description' ? "'=first line\r\nsecond, \"quoted\"; line" : `text ${c.name}`));
  return { sheetName: 'OKRs', columns, rows: Array.from({ length: rows }, () => row), about: ['About this file'] };
}

async function decoded(format: 'csv' | 'xlsx', bytes: Uint8Array): Promise<Table> {
  const result = await spreadsheetCodec.decode(format, bytes);
  if (!result.ok) assert.fail(`${result.issue.code}: ${result.issue.message}`);
  return result.table;
}

async function refused(format: 'csv' | 'xlsx', bytes: Uint8Array, code: string): Promise<void> {
  const result = await spreadsheetCodec.decode(format, bytes);
  assert.equal(result.ok, false, 'the file should be refused');
  if (!result.ok) assert.equal(result.issue.code, code, result.issue.message);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('spreadsheet codec (CSV and XLSX)', function () {
  this.timeout(60_000);

  describe('CSV', () => {
    it('writes UTF-8 with a BOM and CRLF, quotes text, and leaves numbers (negative ones too) as plain literals', async () => {
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await spreadsheetCodec.encode('csv', sheet()));
      assert.ok(text.startsWith('\uFEFF"objective_id","objective_title"'));
      assert.ok(text.includes('\r\n'));
      assert.ok(text.split('\r\n')[1]!.startsWith('"text objective_id"'));
      assert.ok(text.includes(`"'=first line\r\nsecond, ""quoted""; line"`), 'a line break inside a cell is quoted');
      assert.ok(text.includes(`,${-1.5 - col('objective_progress')},`), 'a negative number is written unquoted');
    });

    it('reads back exactly what it wrote', async () => {
      const original = sheet(2);
      const table = await decoded('csv', await spreadsheetCodec.encode('csv', original));
      assert.deepEqual(table.header, columns.map((c) => c.name));
      assert.equal(table.rows.length, 2);
      assert.deepEqual(table.rows[0]!.number, 2);
      assert.deepEqual(table.rows[0]!.cells, original.rows[0]!.map((c) => String(c)));
    });

    it('reads semicolon- and tab-separated files (Excel in many European locales)', async () => {
      for (const d of [';', '\t']) {
        const table = await decoded('csv', utf8(`objective_title${d}level${d}owner_id\r\n"a${d}b"${d}team${d}x\r\n`));
        assert.deepEqual(table.header, ['objective_title', 'level', 'owner_id']);
        assert.deepEqual(table.rows[0]!.cells, [`a${d}b`, 'team', 'x']);
      }
      const hinted = await decoded('csv', utf8('\uFEFFsep=;\r\nobjective_title;level\r\nA, B;team\r\n'));
      assert.deepEqual(hinted, { header: ['objective_title', 'level'], rows: [{ number: 2, cells: ['A, B', 'team'] }] });
    });

    it('refuses what is not UTF-8 CSV text with IMPORT.BAD_FILE', async () => {
      await refused('csv', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), IMPORT_ERROR.badFile);
      await refused('csv', new Uint8Array([0x61, 0x2c, 0xc3, 0x28, 0x0a]), IMPORT_ERROR.badFile);
      await refused('csv', utf8('a,b\n"unclosed,1\n'), IMPORT_ERROR.badFile);
      await refused('csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), IMPORT_ERROR.badFile);
      await refused('csv', new Uint8Array([0x61, 0x00, 0x62]), IMPORT_ERROR.badFile);
    });

    it('stops reading a file with too many rows', async () => {
      await refused('csv', utf8(`objective_title\n${'x\n'.repeat(5001)}`), IMPORT_ERROR.tooLarge);
      await refused('csv', utf8(`objective_title\n${',\n'.repeat(200_000)}`), IMPORT_ERROR.tooLarge);
      assert.equal((await decoded('csv', utf8(`objective_title\n${'x\n'.repeat(5000)}`))).rows.length, 5000);
    });

    it('reads an empty file as an empty table', async () => {
      assert.deepEqual(await decoded('csv', new Uint8Array(0)), { header: [], rows: [] });
    });
  });

  describe('XLSX', () => {
    it('writes numbers as number cells, text as text (never a formula), a header with notes and an About sheet', async () => {
      const bytes = await spreadsheetCodec.encode('xlsx', sheet());
      const zip = await JSZip.loadAsync(bytes);
      const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      assert.ok(!/<f[ >]/.test(xml), 'no formula in the sheet');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
      const ws = workbook.getWorksheet('OKRs')!;
      assert.equal(ws.getRow(2).getCell(col('weight') + 1).type, ExcelJS.ValueType.Number);
      assert.equal(ws.getRow(2).getCell(col('weight') + 1).value, -1.5 - col('weight'));
      assert.equal(ws.getRow(2).getCell(col('objective_description') + 1).type, ExcelJS.ValueType.String);
      assert.ok(workbook.getWorksheet('About'));
      assert.equal(ws.views[0]?.state, 'frozen');
    });

    it('reads back what it wrote (line breaks inside a cell come back as \\n)', async () => {
      const original = sheet(3);
      const table = await decoded('xlsx', await spreadsheetCodec.encode('xlsx', original));
      assert.deepEqual(table.header, columns.map((c) => c.name));
      assert.deepEqual(table.rows.map((r) => r.number), [2, 3, 4]);
      assert.deepEqual(
        table.rows[0]!.cells,
        original.rows[0]!.map((c) => (typeof c === 'string' ? c.replace(/\r\n/g, '\n') : c)),
      );
    });

    it('hands formulas over as formulas, and rich text and links as their text', async () => {
      const workbook = new ExcelJS.Workbook();
      const ws = workbook.addWorksheet('Sheet1');
      ws.addRow(['objective_title', 'target', 'owner_email']);
      ws.addRow([{ richText: [{ text: 'Rich ' }, { text: 'text', font: { bold: true } }] }, { formula: 'A1*2', result: 4 }, { text: 'pat@example.com', hyperlink: 'mailto:pat@example.com' }]);
      const table = await decoded('xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
      assert.deepEqual(table.rows[0]!.cells, ['Rich text', { formula: 'A1*2' }, 'pat@example.com']);
    });

    it('refuses what is not a workbook, a damaged one, and one with too many rows', async () => {
      await refused('xlsx', utf8('objective_title,level\n'), IMPORT_ERROR.badFile);
      const good = await spreadsheetCodec.encode('xlsx', sheet());
      await refused('xlsx', good.slice(0, Math.floor(good.length / 2)), IMPORT_ERROR.badFile);
      const zip = new JSZip();
      zip.file('hello.txt', 'not a workbook');
      await refused('xlsx', await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), IMPORT_ERROR.badFile);
      const big = new ExcelJS.Workbook();
      const ws = big.addWorksheet('OKRs');
      ws.addRow(['objective_title']);
      for (let i = 0; i < 5001; i++) ws.addRow([`o${i}`]);
      await refused('xlsx', new Uint8Array(await big.xlsx.writeBuffer()), IMPORT_ERROR.tooLarge);
    });

    it('refuses a zip bomb before opening it, even when the archive lies about its sizes', async () => {
      const zip = new JSZip();
      zip.file('[Content_Types].xml', '<Types/>');
      zip.file('xl/worksheets/sheet1.xml', '0'.repeat(MAX_XLSX_UNCOMPRESSED_BYTES + 1024));
      const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
      assert.ok(bomb.length < 1024 * 1024, `the bomb is small: ${bomb.length} bytes`);
      await refused('xlsx', bomb, IMPORT_ERROR.tooLarge);

      // The same archive claiming its entries are tiny: inflating with a limit still catches it.
      const lying = new Uint8Array(bomb);
      const view = new DataView(lying.buffer);
      for (let i = 0; i + 46 < lying.length; i++) {
        if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 10, true);
        if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, 10, true);
      }
      assert.deepEqual(checkZip(lying, { maxEntries: 10, maxUncompressedBytes: MAX_XLSX_UNCOMPRESSED_BYTES }), { ok: false, reason: 'too-large' });
      await refused('xlsx', lying, IMPORT_ERROR.tooLarge);
    });
  });
});
