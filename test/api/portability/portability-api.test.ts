import assert from 'node:assert/strict';
import type { Container } from '@azure/cosmos';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { CONTOSO, FABRIKAM, startTestTandem, type TestTandem } from '../../support/tandem-harness.js';
import type { DemoTenant } from '../../../src/app/demo/demo-org.js';

/**
 * OKR import and export over HTTP: round trips in CSV and XLSX (in place and into a new cycle),
 * edits, formula injection, malformed files, size limits, permissions, tenant isolation, and bad
 * input that must never be a 500. Every refused import is checked to have written nothing: the ids
 * and ETags of every document in the okrs container are compared before and after.
 */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Upload {
  readonly as?: string;
  readonly tenant?: DemoTenant;
  readonly type?: string | null;
  readonly dryRun?: boolean | string;
}

describe('API: OKR import and export', function () {
  this.timeout(60_000);
  let t: TestTandem;
  let active: string;
  let okrs: Container;

  before(async () => {
    t = await startTestTandem();
    active = await t.cycleId('active');
    okrs = (t.tandem.okr.goals as unknown as { okrs: Container }).okrs;
  });
  after(() => t?.close());

  const userId = (as: string, tenant: DemoTenant = CONTOSO) => t.person(as, tenant);

  async function download(cycleId: string, format: 'csv' | 'xlsx' | string, as = 'olivia', tenant: DemoTenant = CONTOSO) {
    const res = await fetch(`${t.url}/api/v1/cycles/${cycleId}/export?format=${format}`, { headers: { 'x-tandem-user': userId(as, tenant) } });
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, bytes, json: () => JSON.parse(new TextDecoder().decode(bytes)) };
  }

  async function upload(cycleId: string, body: Uint8Array | string, options: Upload = {}) {
    const headers: Record<string, string> = { 'x-tandem-user': userId(options.as ?? 'olivia', options.tenant ?? CONTOSO) };
    const type = options.type === undefined ? 'text/csv' : options.type;
    if (type !== null) headers['content-type'] = type;
    const dryRun = options.dryRun ?? true;
    const res = await fetch(`${t.url}/api/v1/cycles/${cycleId}/import?dryRun=${dryRun}`, { method: 'POST', headers, body: typeof body === 'string' ? body : Buffer.from(body) });
    const text = await res.text();
    let parsed: any = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // keep the text
    }
    return { status: res.status, body: parsed };
  }

  const objectives = async (cycleId: string, as = 'olivia', tenant: DemoTenant = CONTOSO): Promise<any[]> => {
    const res = await t.request('GET', `/cycles/${cycleId}/objectives?limit=500`, { as, tenant });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.items;
  };

  /** Every document of the okrs container with its ETag: a refused import must leave this exactly as it was. */
  const snapshot = async (): Promise<string[]> => {
    const { resources } = await okrs.items.query<{ id: string; _etag: string }>('SELECT c.id, c._etag FROM c').fetchAll();
    return resources.map((r) => `${r.id}@${r._etag}`).sort();
  };

  async function newCycle(name: string): Promise<string> {
    const year = 2030 + Math.floor(Math.random() * 60);
    const res = await t.request('POST', '/cycles', { as: 'olivia', body: { name, startDate: `${year}-01-01`, endDate: `${year}-03-31` } });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id;
  }

  const csvRecords = (bytes: Uint8Array): string[][] => parse(new TextDecoder().decode(bytes), { bom: true, relax_column_count: true });
  const csvBytes = (records: string[][]): Uint8Array => new TextEncoder().encode(stringify(records, { record_delimiter: 'windows' }));
  const column = (records: string[][], name: string) => records[0]!.indexOf(name);
  const codes = (report: { errors: { row: number | null; column: string | null; code: string }[] }) => report.errors.map((e) => `${e.row}:${e.column}:${e.code}`);

  /** The cycle's objectives, comparable across cycles: ids replaced by titles. */
  function comparable(items: any[]) {
    const titleOf = new Map<string, string>();
    for (const o of items) {
      titleOf.set(o.id, o.title);
      for (const k of o.keyResults) titleOf.set(k.id, `${o.title} / ${k.title}`);
    }
    return items
      .map((o) => ({
        title: o.title,
        description: o.description,
        level: o.level,
        owner: o.owner,
        teamIds: o.teamIds,
        contributorIds: o.contributorIds,
        commitment: o.commitment,
        state: o.state,
        alignments: o.alignments.map((a: any) => [titleOf.get(a.objectiveId), a.keyResultId ? titleOf.get(a.keyResultId) : null]),
        keyResults: o.keyResults.map((k: any) => ({ title: k.title, ownerId: k.ownerId, weight: k.weight, spec: k.spec, current: k.current })),
      }))
      .sort((a, b) => a.title.localeCompare(b.title));
  }

  describe('round trips', () => {
    it('exports the active cycle as CSV, and the file imports back with no changes', async () => {
      const file = await download(active, 'csv');
      assert.equal(file.status, 200);
      assert.equal(file.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.match(file.headers.get('content-disposition')!, /^attachment; filename="tandem-okrs-[a-z0-9-]+\.csv"/);
      assert.equal(file.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(file.headers.get('cache-control'), 'no-store');
      const records = csvRecords(file.bytes);
      const listed = await objectives(active);
      assert.equal(new Set(records.slice(1).map((r) => r[0])).size, listed.length);
      assert.equal(records.length - 1, listed.reduce((n, o) => n + Math.max(1, o.keyResults.length), 0));
      // Owners by id and email.
      const ownerRow = records.find((r) => r[column(records, 'owner_id')] === userId('maria'))!;
      assert.equal(ownerRow[column(records, 'owner_email')], 'maria.garcia@contoso.example');

      const before = await snapshot();
      const res = await upload(active, file.bytes);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.deepEqual(res.body.errors, []);
      assert.deepEqual(res.body.changes, []);
      assert.equal(res.body.dryRun, true);
      assert.equal(res.body.applied, false);
      assert.equal(res.body.summary.objectivesUnchanged, listed.length);
      assert.equal(res.body.summary.objectivesCreated + res.body.summary.objectivesUpdated + res.body.summary.keyResultsCreated + res.body.summary.keyResultsUpdated, 0);
      // Applying an unchanged file writes nothing either.
      const applied = await upload(active, file.bytes, { dryRun: false });
      assert.equal(applied.status, 200, JSON.stringify(applied.body));
      assert.equal(applied.body.applied, true);
      assert.deepEqual(await snapshot(), before);
    });

    it('exports XLSX with numbers as number cells, and it imports back with no changes', async () => {
      const file = await download(active, 'xlsx');
      assert.equal(file.status, 200);
      assert.equal(file.headers.get('content-type'), XLSX);
      assert.match(file.headers.get('content-disposition')!, /\.xlsx"/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ExcelJS.Buffer);
      const ws = workbook.getWorksheet('OKRs')!;
      const header = (ws.getRow(1).values as unknown[]).slice(1);
      const weight = header.indexOf('weight') + 1;
      ws.eachRow((row, n) => {
        if (n > 1 && row.getCell(weight).value !== null) assert.equal(row.getCell(weight).type, ExcelJS.ValueType.Number);
      });
      const res = await upload(active, file.bytes, { type: XLSX });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.deepEqual(res.body.errors, []);
      assert.deepEqual(res.body.changes, []);
      assert.equal(res.body.format, 'xlsx');
    });

    for (const format of ['csv', 'xlsx'] as const) {
      it(`imports the ${format.toUpperCase()} export into a new cycle: the same objectives, key results, owners, weights and alignment`, async () => {
        const original = await objectives(active);
        const file = await download(active, format);
        const target = await newCycle(`Copy ${format}`);
        const type = format === 'csv' ? 'text/csv' : XLSX;

        const dry = await upload(target, file.bytes, { type });
        assert.equal(dry.status, 200, JSON.stringify(dry.body));
        assert.deepEqual(dry.body.errors, []);
        assert.equal(dry.body.summary.objectivesCreated, original.length);
        assert.equal(dry.body.changes.length, original.length);
        assert.deepEqual(await objectives(target), [], 'a dry run writes nothing');

        const applied = await upload(target, file.bytes, { type, dryRun: false });
        assert.equal(applied.status, 200, JSON.stringify(applied.body));
        assert.equal(applied.body.applied, true);
        const copied = await objectives(target);
        assert.equal(copied.length, original.length);
        for (const o of copied) assert.ok(o.id.startsWith(`${target}.ob`) && o.cycleId === target);
        assert.deepEqual(comparable(copied), comparable(original));

        // The same file again converges (no duplicates), and the new cycle's own export is a fixed point.
        const again = await upload(target, file.bytes, { type });
        assert.deepEqual([again.body.errors, again.body.changes], [[], []]);
        const own = await download(target, format);
        const fixed = await upload(target, own.bytes, { type });
        assert.deepEqual([fixed.body.errors, fixed.body.changes], [[], []]);
      });
    }
  });

  describe('edits', () => {
    it('updates in place what an edited export changes, adds rows without ids, and reports it first', async () => {
      const target = await newCycle('Edits');
      assert.equal((await upload(target, (await download(active, 'csv')).bytes, { dryRun: false })).status, 200);
      const records = csvRecords((await download(target, 'csv')).bytes);
      const [header, ...rows] = records;
      const at = (name: string) => header!.indexOf(name);
      const first = rows[0]!;
      const objectiveId = first[at('objective_id')]!;
      const krId = first[at('key_result_id')]!;
      for (const row of rows.filter((r) => r[at('objective_id')] === objectiveId)) row[at('objective_title')] = 'Win the whole market';
      first[at('weight')] = '2.5';
      const added = [...first];
      added[at('key_result_id')] = '';
      added[at('key_result_title')] = 'Net revenue retention from 100% to 115%';
      added[at('metric_type')] = 'increase-to';
      added[at('unit')] = 'percent';
      added[at('currency')] = '';
      added[at('start')] = '100';
      added[at('target')] = '115';
      added[at('current')] = '';
      const newObjective = header!.map(() => '');
      newObjective[at('objective_title')] = 'Delight mid-market customers';
      newObjective[at('level')] = 'team';
      newObjective[at('owner_type')] = 'team';
      newObjective[at('owner_name')] = 'Sales EMEA';
      newObjective[at('aligned_to')] = krId;
      newObjective[at('key_result_title')] = 'NPS from 20 to 45';
      newObjective[at('kr_owner_email')] = 'lukas.schmidt@contoso.example';
      newObjective[at('metric_type')] = 'increase-to';
      newObjective[at('start')] = '20';
      newObjective[at('target')] = '45';
      const file = csvBytes([header!, ...rows, added, newObjective]);

      const dry = await upload(target, file);
      assert.equal(dry.status, 200, JSON.stringify(dry.body));
      assert.deepEqual(dry.body.errors, []);
      assert.deepEqual(
        dry.body.changes.map((c: any) => [c.action, c.title, [...c.changedColumns].sort(), c.keyResults]),
        [
          ['update', 'Win the whole market', ['key_result_id', 'objective_title', 'weight'], { created: 1, updated: 1, unchanged: rows.filter((r) => r[at('objective_id')] === objectiveId).length - 1 }],
          ['create', 'Delight mid-market customers', [], { created: 1, updated: 0, unchanged: 0 }],
        ],
      );
      const applied = await upload(target, file, { dryRun: false });
      assert.equal(applied.status, 200, JSON.stringify(applied.body));
      const after = await objectives(target);
      const updated = after.find((o) => o.id === objectiveId);
      assert.equal(updated.title, 'Win the whole market');
      assert.equal(updated.keyResults[0].weight, 2.5);
      assert.deepEqual(updated.keyResults.at(-1).spec, { type: 'increase-to', start: 100, target: 115, unit: 'percent' });
      const created = after.find((o) => o.title === 'Delight mid-market customers');
      assert.deepEqual([created.level, created.owner, created.teamIds, created.state], ['team', { kind: 'team', id: 'tm-sales-emea' }, ['tm-sales-emea'], 'draft']);
      assert.deepEqual(created.alignments, [{ objectiveId, keyResultId: krId }]);
      assert.equal(created.keyResults[0].ownerId, userId('lukas'));
      // Importing the edited file once more changes nothing.
      assert.deepEqual((await upload(target, file)).body.changes, []);
    });
  });

  describe('formula injection', () => {
    let injected: any;

    before(async () => {
      const res = await t.request('POST', `/cycles/${active}/objectives`, {
        as: 'olivia',
        body: {
          level: 'company',
          owner: { kind: 'person', id: userId('olivia') },
          title: "=cmd|' /C calc'!A0",
          description: '+SUM(A1:A9)',
          keyResults: [
            { title: '@SUM(1+1)', ownerId: userId('olivia'), weight: 1, spec: { type: 'decrease-to', start: -5, target: -20, unit: 'number' } },
            { title: '-2+3', ownerId: userId('olivia'), weight: 1, spec: { type: 'guardrail', direction: 'stay-above', threshold: -1.5, unit: 'percent' } },
          ],
        },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      injected = res.body;
    });

    it('neutralises formula-like text in the CSV export, keeps negative numbers numbers, and reads it back unchanged', async () => {
      const file = await download(active, 'csv');
      const text = new TextDecoder().decode(file.bytes);
      assert.ok(text.includes(`"'=cmd|' /C calc'!A0"`));
      assert.ok(text.includes(`"'+SUM(A1:A9)"`));
      assert.ok(text.includes(`"'@SUM(1+1)"`));
      assert.ok(text.includes(`"'-2+3"`));
      for (const record of csvRecords(file.bytes)) for (const cell of record) assert.ok(!/^[=+@\t\r]/.test(cell) && !/^-(?!\d)/.test(cell), `unsafe cell ${cell}`);
      const records = csvRecords(file.bytes);
      const row = records.find((r) => r[column(records, 'key_result_id')] === injected.keyResults[0].id)!;
      assert.deepEqual([row[column(records, 'start')], row[column(records, 'target')]], ['-5', '-20']);
      assert.ok(text.includes(',-5,-20,'), 'negative numbers unquoted');
      const res = await upload(active, file.bytes);
      assert.deepEqual([res.body.errors, res.body.changes], [[], []]);
    });

    it('neutralises it in the XLSX export too, and reads it back unchanged', async () => {
      const file = await download(active, 'xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ExcelJS.Buffer);
      const ws = workbook.getWorksheet('OKRs')!;
      const header = (ws.getRow(1).values as unknown[]).slice(1);
      let found = false;
      ws.eachRow((row, n) => {
        if (n === 1) return;
        for (const value of (row.values as unknown[]).slice(1)) {
          assert.ok(!(value && typeof value === 'object' && 'formula' in value), 'no formula cells');
          if (typeof value === 'string') assert.ok(!/^[=+\-@\t\r]/.test(value), `unsafe cell ${value}`);
        }
        if (row.getCell(header.indexOf('objective_id') + 1).value === injected.id) {
          found = true;
          assert.equal(row.getCell(header.indexOf('objective_title') + 1).value, "'=cmd|' /C calc'!A0");
          const start = row.getCell(header.indexOf('start') + 1);
          if (start.value !== null) assert.equal(start.type, ExcelJS.ValueType.Number);
        }
      });
      assert.ok(found);
      const res = await upload(active, file.bytes, { type: XLSX });
      assert.deepEqual([res.body.errors, res.body.changes], [[], []]);
    });

    it('stores imported formula text as text, never evaluated, and exports it neutralised again', async () => {
      const target = await newCycle('Formulas');
      const file = csvBytes([
        ['objective_title', 'level', 'owner_email', 'objective_description', 'key_result_title', 'metric_type'],
        ['=HYPERLINK("http://evil.example","Click")', 'individual', 'arjun.mehta@contoso.example', '=1+1', '@cmd', 'binary'],
      ]);
      const res = await upload(target, file, { dryRun: false });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const [created] = await objectives(target);
      assert.equal(created.title, '=HYPERLINK("http://evil.example","Click")');
      assert.equal(created.description, '=1+1');
      assert.equal(created.keyResults[0].title, '@cmd');
      const text = new TextDecoder().decode((await download(target, 'csv')).bytes);
      assert.ok(text.includes(`"'=HYPERLINK(""http://evil.example"",""Click"")"`));
      assert.ok(text.includes(`"'=1+1"`) && text.includes(`"'@cmd"`));

      // A real formula in a workbook is refused, not evaluated.
      const workbook = new ExcelJS.Workbook();
      const ws = workbook.addWorksheet('OKRs');
      ws.addRow(['objective_title', 'level', 'owner_email', 'key_result_title', 'metric_type', 'start', 'target']);
      ws.addRow(['Grow', 'individual', 'arjun.mehta@contoso.example', 'Users', 'increase-to', 0, { formula: 'F2+10', result: 10 }]);
      const refused = await upload(target, new Uint8Array(await workbook.xlsx.writeBuffer()), { type: XLSX });
      assert.deepEqual(codes(refused.body), ['2:target:IMPORT.FORMULA_CELL']);
    });
  });

  describe('malformed files', () => {
    const header = ['objective_id', 'objective_title', 'level', 'owner_email', 'aligned_to', 'key_result_id', 'key_result_title', 'metric_type', 'start', 'target', 'weight', 'kr_owner_email'];
    const row = (overrides: Partial<Record<(typeof header)[number], string>>) => {
      const base: Record<string, string> = { objective_title: 'Grow', level: 'individual', owner_email: 'arjun.mehta@contoso.example', key_result_title: 'Users', metric_type: 'increase-to', start: '0', target: '10', weight: '1' };
      return header.map((h) => overrides[h] ?? base[h] ?? '');
    };

    /** Dry run and apply both report the errors, and neither writes anything. */
    async function expectRefused(file: Uint8Array, expected: string[], type = 'text/csv'): Promise<any> {
      const before = await snapshot();
      const dry = await upload(active, file, { type });
      assert.equal(dry.status, 200, JSON.stringify(dry.body));
      assert.deepEqual(codes(dry.body), expected);
      for (const e of dry.body.errors) assert.ok(typeof e.message === 'string' && e.message.length > 0);
      const applied = await upload(active, file, { type, dryRun: false });
      assert.equal(applied.status, 422, JSON.stringify(applied.body));
      assert.equal(applied.body.error.code, 'IMPORT.HAS_ERRORS');
      assert.deepEqual(codes(applied.body.error.details.report), expected);
      assert.deepEqual(await snapshot(), before, 'nothing was written');
      return dry.body;
    }

    it('wrong and missing columns', async () => {
      await expectRefused(csvBytes([['objective_title', 'owner_email', 'colour'], ['Grow', 'arjun.mehta@contoso.example', 'red']]), ['1:colour:IMPORT.UNKNOWN_COLUMN', '1:level:IMPORT.MISSING_COLUMN']);
      await expectRefused(csvBytes([['objective_title', 'level', 'level'], ['Grow', 'team', 'team']]), ['1:level:IMPORT.DUPLICATE_COLUMN', '1:owner_id:IMPORT.MISSING_COLUMN']);
      await expectRefused(csvBytes([['title', 'lvl'], ['Grow', 'team']]), ['1:lvl:IMPORT.UNKNOWN_COLUMN', '1:title:IMPORT.UNKNOWN_COLUMN', '1:level:IMPORT.MISSING_COLUMN', '1:objective_title:IMPORT.MISSING_COLUMN', '1:owner_id:IMPORT.MISSING_COLUMN'].sort((a, b) => a.split(':')[1]!.localeCompare(b.split(':')[1]!)));
    });

    it('bad numbers and values, with their rows and columns, among good rows', async () => {
      await expectRefused(csvBytes([header, row({}), row({ objective_title: 'B', weight: 'heavy' }), row({ objective_title: 'C', target: '1,000' }), row({ objective_title: 'D', start: '5', target: '1' }), row({ objective_title: 'E', metric_type: 'vibes' })]), [
        '3:weight:IMPORT.BAD_NUMBER',
        '4:target:IMPORT.BAD_NUMBER',
        '5:target:IMPORT.INVALID_VALUE',
        '6:metric_type:IMPORT.BAD_VALUE',
      ]);
    });

    it('unknown owners, including people of another tenant', async () => {
      await expectRefused(csvBytes([header, row({ owner_email: 'nobody@contoso.example' }), row({ objective_title: 'B', kr_owner_email: 'grace.hopper@fabrikam.example' }), row({ objective_title: 'C', owner_email: '', kr_owner_email: '' })]), [
        '2:owner_email:IMPORT.UNKNOWN_OWNER',
        '3:kr_owner_email:IMPORT.UNKNOWN_OWNER',
        '4:owner_id:IMPORT.MISSING_VALUE',
      ]);
    });

    it('duplicate ids and alignment to an unknown objective', async () => {
      const listed = await objectives(active);
      const withKrs = listed.find((o) => o.keyResults.length >= 2 && o.state !== 'closed')!;
      const kr = withKrs.keyResults[0].id;
      const file = csvBytes([
        header,
        row({ objective_id: withKrs.id, objective_title: withKrs.title, key_result_id: kr }),
        row({ objective_id: withKrs.id, objective_title: withKrs.title, key_result_id: kr }),
        row({ objective_title: 'Aligned to nothing', aligned_to: `${active}.obdoesnotexist` }),
        row({ objective_title: 'Aligned to a typo', aligned_to: 'no-such-label' }),
      ]);
      const report = await expectRefused(file, ['3:key_result_id:IMPORT.DUPLICATE_ID', '4:aligned_to:IMPORT.BAD_ALIGNMENT', '5:aligned_to:IMPORT.BAD_ALIGNMENT']);
      assert.match(report.errors[0].message, /row 2/);
    });

    it('a very large file is refused with 413 before it is read; too many rows with IMPORT.TOO_LARGE', async () => {
      const before = await snapshot();
      const huge = new Uint8Array(6 * 1024 * 1024).fill(0x61);
      for (const dryRun of [true, false]) {
        const res = await upload(active, huge, { dryRun });
        assert.equal(res.status, 413, JSON.stringify(res.body).slice(0, 200));
        assert.equal(res.body.error.code, 'IMPORT.TOO_LARGE');
      }
      const xlsx = await upload(active, huge, { type: XLSX });
      assert.equal(xlsx.status, 413);
      const many = csvBytes([header, ...Array.from({ length: 5001 }, (_, i) => row({ objective_title: `Objective ${i}` }))]);
      assert.ok(many.length < 5 * 1024 * 1024);
      const report = await expectRefused(many, ['null:null:IMPORT.TOO_LARGE']);
      assert.equal(report.summary.objectivesCreated, 0);
      assert.deepEqual(await snapshot(), before);
    });
  });

  describe('who may import and export', () => {
    it('only OKR admins: others get 403; another tenant and unknown cycles 404', async () => {
      const file = (await download(active, 'csv')).bytes;
      const before = await snapshot();
      for (const as of ['priya', 'arjun', 'hannah']) {
        const exported = await download(active, 'csv', as);
        assert.equal(exported.status, 403);
        assert.equal(exported.json().error.code, 'OKR.FORBIDDEN');
        const imported = await upload(active, file, { as, dryRun: false });
        assert.equal(imported.status, 403);
        assert.equal(imported.body.error.code, 'OKR.FORBIDDEN');
      }
      // Fabrikam's OKR admin cannot see that Contoso's cycle exists.
      const foreignExport = await download(active, 'csv', 'fab-ceo', FABRIKAM);
      assert.equal(foreignExport.status, 404);
      assert.equal(foreignExport.json().error.code, 'OKR.NOT_FOUND');
      const foreignImport = await upload(active, file, { as: 'fab-ceo', tenant: FABRIKAM, dryRun: false });
      assert.equal(foreignImport.status, 404);
      for (const id of ['cy0000nothere', 'not-a-cycle', '..%2F..%2Fetc']) {
        assert.equal((await download(id, 'csv')).status, 404);
        assert.equal((await upload(id, file)).status, 404);
      }
      assert.deepEqual(await snapshot(), before);
    });

    it('keeps tenants apart: an export holds one tenant only, and a foreign file cannot write into either', async () => {
      const fabCycles = await t.request('GET', '/cycles', { as: 'fab-ceo', tenant: FABRIKAM });
      const fabActive = fabCycles.body.items.find((c: any) => c.state === 'active') ?? fabCycles.body.items[0];
      const fabFile = await download(fabActive.id, 'csv', 'fab-ceo', FABRIKAM);
      assert.equal(fabFile.status, 200);
      const contosoText = new TextDecoder().decode((await download(active, 'csv')).bytes);
      assert.ok(!contosoText.includes('fabrikam.example'), 'no Fabrikam data in a Contoso export');
      const fabText = new TextDecoder().decode(fabFile.bytes);
      assert.ok(!fabText.includes('contoso.example'), 'no Contoso data in a Fabrikam export');

      const before = await snapshot();
      const res = await upload(active, fabFile.bytes, { dryRun: false });
      assert.equal(res.status, 422, JSON.stringify(res.body).slice(0, 500));
      const errorCodes = new Set(res.body.error.details.report.errors.map((e: any) => e.code));
      assert.ok(errorCodes.has('IMPORT.UNKNOWN_OWNER'), [...errorCodes].join());
      assert.deepEqual(await snapshot(), before);
    });
  });

  describe('bad input never answers 500', () => {
    it('garbage, wrong media types, bad parameters, damaged and hostile files', async () => {
      const zip = new JSZip();
      zip.file('xl/worksheets/sheet1.xml', '0'.repeat(80 * 1024 * 1024));
      const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
      const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
      const goodXlsx = (await download(active, 'xlsx')).bytes;
      const cases: { name: string; run: () => Promise<{ status: number; body: any }>; status: number; code?: string }[] = [
        { name: 'random bytes as CSV', run: () => upload(active, random), status: 200, code: 'IMPORT.BAD_FILE' },
        { name: 'random bytes as XLSX', run: () => upload(active, random, { type: XLSX }), status: 200, code: 'IMPORT.BAD_FILE' },
        { name: 'a truncated workbook', run: () => upload(active, goodXlsx.slice(0, 3000), { type: XLSX }), status: 200, code: 'IMPORT.BAD_FILE' },
        { name: 'a workbook sent as CSV', run: () => upload(active, goodXlsx), status: 200, code: 'IMPORT.BAD_FILE' },
        { name: 'a zip bomb', run: () => upload(active, bomb, { type: XLSX, dryRun: false }), status: 422, code: 'IMPORT.HAS_ERRORS' },
        { name: 'an empty body', run: () => upload(active, ''), status: 200, code: 'IMPORT.EMPTY' },
        { name: 'JSON', run: () => upload(active, '{"format":"csv"}', { type: 'application/json' }), status: 415, code: 'API.UNSUPPORTED_MEDIA_TYPE' },
        { name: 'plain text', run: () => upload(active, 'a,b', { type: 'text/plain' }), status: 415, code: 'API.UNSUPPORTED_MEDIA_TYPE' },
        { name: 'no media type', run: () => upload(active, 'a,b', { type: null }), status: 415, code: 'API.UNSUPPORTED_MEDIA_TYPE' },
        { name: 'a bad dryRun', run: () => upload(active, 'a,b', { dryRun: 'maybe' }), status: 400, code: 'API.VALIDATION' },
        { name: 'a bad export format', run: async () => ({ status: (await download(active, 'pdf')).status, body: (await download(active, 'pdf')).json() }), status: 400, code: 'API.VALIDATION' },
        { name: 'a CSV with an unclosed quote', run: () => upload(active, 'objective_title,level\n"Grow,team\n'), status: 200, code: 'IMPORT.BAD_FILE' },
        { name: 'UTF-16 text', run: () => upload(active, new Uint8Array([0xff, 0xfe, 0x6f, 0x00])), status: 200, code: 'IMPORT.BAD_FILE' },
      ];
      const before = await snapshot();
      for (const c of cases) {
        const res = await c.run();
        assert.equal(res.status, c.status, `${c.name}: ${JSON.stringify(res.body).slice(0, 300)}`);
        const code = res.status === 200 ? res.body.errors[0]?.code : res.body.error?.code === 'IMPORT.HAS_ERRORS' ? res.body.error.code : res.body.error?.code;
        assert.equal(code, c.code, `${c.name}: ${JSON.stringify(res.body).slice(0, 300)}`);
      }
      assert.deepEqual(await snapshot(), before);
    });

    it('a body over the limit sent without a length is cut off with 413', async () => {
      const chunk = new Uint8Array(1024 * 1024).fill(0x61);
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ >= 7) controller.close();
          else controller.enqueue(chunk);
        },
      });
      const res = await fetch(`${t.url}/api/v1/cycles/${active}/import`, {
        method: 'POST',
        headers: { 'x-tandem-user': userId('olivia'), 'content-type': 'text/csv' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      assert.equal(res.status, 413);
      assert.equal(((await res.json()) as any).error.code, 'IMPORT.TOO_LARGE');
    });
  });
});
