import assert from 'node:assert/strict';
import { looksLikeFormula, neutralise, restore } from '../../../../src/domain/okr/portability/cell-safety.js';
import { COLUMN_NAMES, COLUMNS, normaliseHeader } from '../../../../src/domain/okr/portability/columns.js';
import { buildExportSheet } from '../../../../src/domain/okr/portability/export-rows.js';
import { IMPORT_ERROR, IMPORT_WARNING, type ImportIssue } from '../../../../src/domain/okr/portability/import-issues.js';
import { planImport, writeWaves, type ImportContext, type ImportPlan } from '../../../../src/domain/okr/portability/plan-import.js';
import { readImportTable } from '../../../../src/domain/okr/portability/read-rows.js';
import { stableSuffix } from '../../../../src/domain/okr/portability/stable-id.js';
import type { CellValue, Table } from '../../../../src/domain/okr/portability/table.js';
import { canTransferCycle } from '../../../../src/domain/okr/portability/transfer-policy.js';
import type { Objective } from '../../../../src/domain/okr/objective.js';
import { CYCLE_ID, cycle, keyResult, NOW, LATER, objective, person, team, TENANT, OTHER_TENANT } from '../builders.js';

/* ---------- a small cycle: a company objective, a team objective aligned to its key result, an individual one ---------- */

const ADMIN = person({ id: 'admin', email: 'admin@example.com', displayName: 'Ada Admin', roles: ['member', 'okr-admin'] });
const OWNER = person({ id: 'owner', email: 'Owner@Example.com', displayName: 'Olly Owner', teamIds: ['team-1'] });
const PAT = person({ id: 'pat', email: 'pat@example.com', displayName: 'Pat Person', teamIds: ['team-1'] });
const SAM = person({ id: 'sam', email: 'sam@example.com', displayName: 'Sam Same' });
const TEAM = team({ id: 'team-1', name: 'Platform', leadId: 'pat' });

const COMPANY = `${CYCLE_ID}.obcompany1`;
const TEAM_OBJ = `${CYCLE_ID}.obteam0001`;
const INDIVIDUAL = `${CYCLE_ID}.obindiv001`;

function world(): Objective[] {
  return [
    objective({
      id: COMPANY,
      level: 'company',
      owner: { kind: 'person', id: 'admin' },
      title: 'Win the market',
      description: 'Line one\r\nline two, with "quotes"; and a semicolon',
      commitment: 'committed',
      state: 'active',
      keyResults: [
        keyResult({ id: `${COMPANY}.krrev`, title: 'Revenue to $4M', ownerId: 'owner', weight: 2, spec: { type: 'increase-to', start: 0, target: 4_000_000, unit: 'currency', currency: 'EUR' }, current: 1_250_000.5, checkInCount: 3 }),
        keyResult({ id: `${COMPANY}.krchurn`, title: 'Churn down', ownerId: 'pat', weight: 0.5, spec: { type: 'decrease-to', start: -5, target: -20, unit: 'percent' }, current: -7.25, checkInCount: 1, confidence: 6 }),
      ],
    }),
    objective({
      id: TEAM_OBJ,
      level: 'team',
      owner: { kind: 'team', id: 'team-1' },
      title: '=cmd|\' /C calc\'!A0',
      description: '+SUM(A1:A2)',
      contributorIds: ['pat', 'sam'],
      alignments: [{ objectiveId: COMPANY, keyResultId: `${COMPANY}.krrev` }],
      state: 'proposed',
      createdAt: LATER,
      keyResults: [
        keyResult({ id: `${TEAM_OBJ}.krms`, title: '@launch steps', ownerId: 'pat', spec: { type: 'milestone', steps: ['Plan', ' Build ', '-Ship'] }, current: 1 }),
        keyResult({ id: `${TEAM_OBJ}.krgr`, title: "'quoted already", ownerId: 'owner', spec: { type: 'guardrail', direction: 'stay-below', threshold: -3.5, unit: 'number' }, current: null }),
      ],
    }),
    objective({
      id: INDIVIDUAL,
      level: 'individual',
      owner: { kind: 'person', id: 'owner' },
      title: 'Write the runbook',
      alignments: [{ objectiveId: TEAM_OBJ, keyResultId: null }],
      keyResults: [keyResult({ id: `${INDIVIDUAL}.krbin`, title: 'Runbook published', ownerId: 'owner', spec: { type: 'binary' }, current: 0 })],
    }),
  ];
}

const context = (existing: readonly Objective[] = world(), overrides: Partial<ImportContext> = {}): ImportContext => ({
  cycle: cycle({ state: 'active' }),
  actorId: 'admin',
  now: LATER,
  existing,
  people: [ADMIN, OWNER, PAT, SAM],
  teams: [TEAM],
  ...overrides,
});

/** The export as a table the way an XLSX decoder gives it (numbers as numbers). */
function exportTable(objectives = world()): Table {
  const sheet = buildExportSheet({ cycle: cycle(), objectives, people: [ADMIN, OWNER, PAT, SAM], teams: [TEAM], exportedAt: NOW });
  return { header: sheet.columns.map((c) => c.name), rows: sheet.rows.map((cells, i) => ({ number: i + 2, cells })) };
}

/** The same table the way a CSV decoder gives it: every cell text, empty cells empty strings. */
const asCsv = (table: Table): Table => ({ header: table.header, rows: table.rows.map((r) => ({ number: r.number, cells: r.cells.map((c) => (c === null ? '' : String(c))) })) });

/** A hand-written file: named columns, one object per row. */
function handTable(rows: Record<string, CellValue | undefined>[], columns?: string[]): Table {
  const header = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return { header, rows: rows.map((r, i) => ({ number: i + 2, cells: header.map((h) => r[h] ?? null) })) };
}

const plan = (table: Table, ctx: ImportContext = context()): ImportPlan => planImport(readImportTable(table), ctx);
const codes = (issues: readonly ImportIssue[]) => issues.map((i) => `${i.row}:${i.column}:${i.code}`);
const noChanges = (p: ImportPlan) => {
  assert.deepEqual(p.errors, []);
  assert.equal(p.summary.objectivesCreated + p.summary.objectivesUpdated, 0, JSON.stringify(p.items.filter((i) => i.action !== 'unchanged').map((i) => [i.objective.id, i.changedColumns])));
  assert.equal(p.summary.keyResultsCreated + p.summary.keyResultsUpdated, 0);
};

describe('OKR portability (domain)', () => {
  describe('cell neutralisation', () => {
    it('prefixes every text that a spreadsheet could run as a formula, and text that starts with a quote', () => {
      for (const text of ['=1+1', '+1', '-cmd', '@SUM(A1)', '\tx', '\rx', "'already"]) {
        assert.equal(neutralise(text), `'${text}`);
        assert.equal(restore(neutralise(text)), text);
      }
      for (const text of ['plain', '', '1-2', 'a=b', ' =x']) {
        assert.equal(neutralise(text), text);
        assert.equal(restore(neutralise(text)), text);
      }
      assert.equal(looksLikeFormula('=x'), true);
      assert.equal(looksLikeFormula("'=x"), false);
    });

    it('the export neutralises text cells and writes numbers (negative ones too) as numbers', () => {
      const sheet = buildExportSheet({ cycle: cycle(), objectives: world(), people: [ADMIN, OWNER, PAT, SAM], teams: [TEAM], exportedAt: NOW });
      const col = (name: string) => sheet.columns.findIndex((c) => c.name === name);
      const texts = sheet.rows.flatMap((r) => r.filter((c): c is string => typeof c === 'string'));
      for (const text of texts) assert.equal(looksLikeFormula(text), false, `exported text cell ${JSON.stringify(text)}`);
      const teamRows = sheet.rows.filter((r) => r[col('objective_id')] === TEAM_OBJ);
      assert.equal(teamRows[0]![col('objective_title')], "'=cmd|' /C calc'!A0");
      assert.equal(teamRows[0]![col('objective_description')], "'+SUM(A1:A2)");
      assert.equal(teamRows[0]![col('key_result_title')], "'@launch steps");
      assert.equal(teamRows[1]![col('key_result_title')], "''quoted already");
      assert.equal(teamRows[1]![col('threshold')], -3.5);
      const churn = sheet.rows.find((r) => r[col('key_result_id')] === `${COMPANY}.krchurn`)!;
      assert.deepEqual([churn[col('start')], churn[col('target')], churn[col('current')], churn[col('weight')]], [-5, -20, -7.25, 0.5]);
      for (const c of COLUMNS.filter((c) => c.kind === 'number')) {
        for (const row of sheet.rows) assert.ok(row[col(c.name)] === null || typeof row[col(c.name)] === 'number', c.name);
      }
    });
  });

  describe('column layout', () => {
    it('has one row per key result with the objective repeated, and ids, emails and names of owners', () => {
      const table = exportTable();
      assert.deepEqual(table.header, [...COLUMN_NAMES]);
      assert.equal(table.rows.length, 5);
      const at = (row: number, name: string) => table.rows[row]!.cells[table.header.indexOf(name)];
      assert.equal(at(0, 'owner_id'), 'admin');
      assert.equal(at(0, 'owner_email'), 'admin@example.com');
      assert.equal(at(0, 'kr_owner_email'), 'Owner@Example.com');
      assert.equal(at(2, 'owner_type'), 'team');
      assert.equal(at(2, 'owner_name'), 'Platform');
      assert.equal(at(2, 'contributor_emails'), 'pat@example.com; sam@example.com');
      assert.equal(at(2, 'aligned_to'), `${COMPANY}.krrev`);
      assert.equal(at(2, 'milestones'), 'Plan\n Build \n-Ship');
    });

    it('matches headers leniently', () => {
      assert.equal(normaliseHeader('\uFEFF Objective Title '), 'objective_title');
      assert.equal(normaliseHeader('KR-Owner Email'), 'kr_owner_email');
    });
  });

  describe('round trip', () => {
    it('an export read back (numbers as numbers) changes nothing', () => noChanges(plan(exportTable())));
    it('an export read back as CSV text changes nothing', () => noChanges(plan(asCsv(exportTable()))));

    it('into an empty cycle it recreates every objective with owners, weights, specs, values and alignment', () => {
      const other = cycle({ id: 'cy2026q2xx', name: '2026 Q2', state: 'planning' });
      const p = plan(asCsv(exportTable()), context([], { cycle: other }));
      assert.deepEqual(p.errors, []);
      assert.equal(p.summary.objectivesCreated, 3);
      assert.equal(p.summary.keyResultsCreated, 5);
      const byTitle = new Map(p.items.map((i) => [i.objective.title, i.objective]));
      const original = new Map(world().map((o) => [o.title, o]));
      const newId = new Map(world().map((o) => [o.id, byTitle.get(o.title)!.id]));
      for (const [title, created] of byTitle) {
        const was = original.get(title)!;
        assert.ok(created.id.startsWith(`${other.id}.ob`));
        assert.equal(created.cycleId, other.id);
        assert.deepEqual(
          [created.level, created.owner, created.commitment, created.description, created.contributorIds, created.state],
          [was.level, was.owner, was.commitment, was.description.replace(/\r\n/g, '\r\n'), was.contributorIds, was.state],
        );
        assert.deepEqual(
          created.keyResults.map((k) => [k.title, k.ownerId, k.weight, k.spec, k.current]),
          was.keyResults.map((k) => [k.title, k.ownerId, k.weight, k.spec, k.current]),
        );
        for (const k of created.keyResults) assert.ok(k.id.startsWith(`${created.id}.kr`));
      }
      // Alignment follows the copies: the team objective hangs from the copied company key result.
      const teamCopy = byTitle.get(world()[1]!.title)!;
      const companyCopy = byTitle.get('Win the market')!;
      assert.deepEqual(teamCopy.alignments, [{ objectiveId: companyCopy.id, keyResultId: companyCopy.keyResults[0]!.id }]);
      assert.deepEqual(byTitle.get('Write the runbook')!.alignments, [{ objectiveId: newId.get(TEAM_OBJ)!, keyResultId: null }]);
      // Running it again against what it created changes nothing: the ids follow from the file.
      noChanges(plan(asCsv(exportTable()), context(p.items.map((i) => i.objective), { cycle: other })));
    });
  });

  describe('updates and new rows', () => {
    it('updates the fields a file changes, adds rows without ids, and keeps what the file leaves out', () => {
      const table = asCsv(exportTable());
      const set = (row: number, name: string, value: string) => ((table.rows[row]!.cells as CellValue[])[table.header.indexOf(name)] = value);
      set(0, 'objective_title', 'Win the whole market');
      set(1, 'objective_title', 'Win the whole market');
      set(1, 'weight', '3');
      set(4, 'current', '1');
      const extra = [...table.rows[4]!.cells] as CellValue[];
      extra[table.header.indexOf('key_result_id')] = '';
      extra[table.header.indexOf('key_result_title')] = 'Runbook reviewed';
      const p = plan({ header: table.header, rows: [...table.rows, { number: 7, cells: extra }] });
      assert.deepEqual(p.errors, []);
      assert.deepEqual(p.summary, { rows: 6, objectivesCreated: 0, objectivesUpdated: 2, objectivesUnchanged: 1, keyResultsCreated: 1, keyResultsUpdated: 2, keyResultsUnchanged: 3 });
      const company = p.items.find((i) => i.objective.id === COMPANY)!;
      assert.deepEqual([...company.changedColumns].sort(), ['objective_title', 'weight']);
      assert.equal(company.objective.title, 'Win the whole market');
      assert.equal(company.objective.keyResults[1]!.weight, 3);
      assert.equal(company.objective.revision, 2);
      const individual = p.items.find((i) => i.objective.id === INDIVIDUAL)!.objective;
      // The new row copied the one above it, current included.
      assert.deepEqual(individual.keyResults.map((k) => [k.title, k.current]), [['Runbook published', 1], ['Runbook reviewed', 1]]);
    });

    it('groups rows without an id by title, level and owner into one new objective; a second import updates it', () => {
      const rows = [
        { objective_title: 'Ship the app', level: 'individual', owner_email: 'pat@example.com', aligned_to: `${COMPANY}.krrev`, state: 'active', key_result_title: 'Beta users', metric_type: 'increase-to', start: 0, target: '100' },
        { objective_title: 'Ship the app', level: 'individual', owner_email: 'PAT@example.com', key_result_title: 'Store listing', metric_type: 'binary' },
        { objective_title: '', key_result_title: 'Crash-free sessions', metric_type: 'guardrail', direction: 'stay-above', threshold: '99.5', unit: 'percent', kr_owner_email: 'sam@example.com' },
      ];
      const p = plan(handTable(rows));
      assert.deepEqual(p.errors, []);
      assert.equal(p.items.length, 1);
      const created = p.items[0]!.objective;
      assert.equal(created.state, 'active');
      assert.equal(created.approvedBy, 'admin');
      assert.deepEqual(created.owner, { kind: 'person', id: 'pat' });
      assert.deepEqual(created.teamIds, ['team-1']);
      assert.deepEqual(created.alignments, [{ objectiveId: COMPANY, keyResultId: `${COMPANY}.krrev` }]);
      assert.deepEqual(created.keyResults.map((k) => [k.title, k.ownerId, k.weight]), [['Beta users', 'pat', 1], ['Store listing', 'pat', 1], ['Crash-free sessions', 'sam', 1]]);
      // Same file again, now that it exists: nothing to do, nothing duplicated.
      noChanges(plan(handTable(rows), context([...world(), created])));
      // A row that repeats only the title continues the objective above it.
      const short = plan(handTable([rows[0]!, { objective_title: 'Ship the app', key_result_title: 'Store listing', metric_type: 'binary' }]));
      assert.deepEqual(short.errors, []);
      assert.deepEqual(short.items.map((i) => i.objective.keyResults.length), [2]);
    });

    it('warns when a new objective looks like one the cycle has, and when a state or a checked-in value is not taken', () => {
      const table = asCsv(exportTable());
      const set = (row: number, name: string, value: string) => ((table.rows[row]!.cells as CellValue[])[table.header.indexOf(name)] = value);
      set(0, 'current', '2000000');
      for (const r of [0, 1]) set(r, 'state', 'draft');
      // A copy of the individual objective's row without its ids, on top: a new objective like an existing one.
      const copy = table.rows[4]!.cells.map((c, i) => (table.header[i] === 'objective_id' || table.header[i] === 'key_result_id' ? '' : c));
      const p = plan({ header: table.header, rows: [{ number: 2, cells: copy }, ...table.rows.map((r) => ({ number: r.number + 1, cells: r.cells }))] });
      assert.deepEqual(p.errors, []);
      assert.deepEqual(codes(p.warnings), [`2:objective_id:${IMPORT_WARNING.possibleDuplicate}`, `3:current:${IMPORT_WARNING.currentNotApplied}`, `3:state:${IMPORT_WARNING.stateNotChanged}`]);
      assert.equal(p.items.find((i) => i.objective.id === COMPANY)!.action, 'unchanged');
    });
  });

  describe('errors', () => {
    it('reports unknown, missing and duplicate columns on the header row', () => {
      const p = plan(handTable([{ objective_title: 'x', Colour: 'red', weight: 1 }], ['objective_title', 'Colour', 'weight', 'Weight']));
      assert.deepEqual(codes(p.errors), [
        `1:Colour:${IMPORT_ERROR.unknownColumn}`,
        `1:key_result_title:${IMPORT_ERROR.missingColumn}`,
        `1:level:${IMPORT_ERROR.missingColumn}`,
        `1:metric_type:${IMPORT_ERROR.missingColumn}`,
        `1:owner_id:${IMPORT_ERROR.missingColumn}`,
        `1:weight:${IMPORT_ERROR.duplicateColumn}`,
      ]);
      assert.equal(p.items.length, 0);
    });

    it('reports every bad cell with its row and column', () => {
      const base = { objective_title: 'Grow', level: 'individual', owner_email: 'pat@example.com', key_result_title: 'Users', metric_type: 'increase-to', start: '0', target: '10' };
      const p = plan(
        handTable([
          { ...base, weight: 'heavy' },
          { ...base, target: '1,000' },
          { ...base, level: 'galactic', objective_title: 'Other' },
          { ...base, objective_title: 'Third', owner_email: 'nobody@example.com' },
          { ...base, objective_title: 'Fourth', kr_owner_id: 'ghost' },
          { ...base, objective_title: 'Fifth', owner_id: 'sam' },
          { ...base, objective_title: 'Sixth', metric_type: 'guardrail', start: '', target: '' },
          { ...base, objective_title: 'Seventh', start: { formula: 'A1*2' } },
          { ...base, objective_title: 'Eighth', target: '-5' },
        ]),
      );
      assert.deepEqual(codes(p.errors), [
        `2:weight:${IMPORT_ERROR.badNumber}`,
        `3:target:${IMPORT_ERROR.badNumber}`,
        `4:level:${IMPORT_ERROR.badValue}`,
        `5:owner_email:${IMPORT_ERROR.unknownOwner}`,
        `6:kr_owner_id:${IMPORT_ERROR.unknownOwner}`,
        `7:owner_email:${IMPORT_ERROR.ownerMismatch}`,
        `8:direction:${IMPORT_ERROR.missingValue}`,
        `8:threshold:${IMPORT_ERROR.missingValue}`,
        `9:start:${IMPORT_ERROR.formulaCell}`,
        `10:target:${IMPORT_ERROR.invalidValue}`,
      ]);
      assert.equal(p.items.length, 0, 'nothing is planned from a broken row');
      for (const e of p.errors) assert.ok(e.message.length > 0);
    });

    it('refuses more key results than an objective holds, new or existing', () => {
      const rows = Array.from({ length: 11 }, (_, i) => ({ objective_title: 'Many', level: 'individual', owner_id: 'pat', key_result_title: `KR ${i}`, metric_type: 'binary' }));
      assert.deepEqual(codes(plan(handTable(rows)).errors), [`12:key_result_id:${IMPORT_ERROR.tooManyKeyResults}`]);
      const existing = world().map((o) => (o.id === INDIVIDUAL ? { ...o, keyResults: Array.from({ length: 10 }, (_, i) => keyResult({ id: `${INDIVIDUAL}.kr${i}x`, ownerId: 'owner', spec: { type: 'binary' }, current: 0 })) } : o));
      const more = [{ objective_id: INDIVIDUAL, objective_title: 'Write the runbook', level: 'individual', owner_id: 'owner', key_result_title: 'One more', metric_type: 'binary' }];
      assert.deepEqual(codes(plan(handTable(more), context(existing)).errors), [`2:key_result_id:${IMPORT_ERROR.tooManyKeyResults}`]);
    });

    it('refuses duplicate key result ids, unknown ids of the cycle, and key results moved between objectives', () => {
      const table = asCsv(exportTable());
      const krCol = table.header.indexOf('key_result_id');
      const objCol = table.header.indexOf('objective_id');
      const rows = table.rows.map((r) => ({ number: r.number, cells: [...r.cells] as CellValue[] }));
      rows[1]!.cells[krCol] = rows[0]!.cells[krCol]!; // the same key result twice
      rows[4]!.cells[krCol] = `${INDIVIDUAL}.krgone`; // a key result that does not exist
      const ghost = rows[4]!.cells.map((c, i) => (i === objCol ? `${CYCLE_ID}.obdeleted1` : i === krCol ? '' : c));
      const moved = rows[4]!.cells.map((c, i) => (i === krCol ? `${COMPANY}.krchurn` : c));
      const p = plan({ header: table.header, rows: [...rows, { number: 7, cells: ghost }, { number: 8, cells: moved }] });
      assert.deepEqual(codes(p.errors), [
        `3:key_result_id:${IMPORT_ERROR.duplicateId}`,
        `6:key_result_id:${IMPORT_ERROR.unknownId}`,
        `7:objective_id:${IMPORT_ERROR.unknownId}`,
        `8:key_result_id:${IMPORT_ERROR.badId}`,
      ]);
    });

    it('refuses alignment to what is neither in the cycle nor in the file, to itself, and loops', () => {
      const table = asCsv(exportTable());
      const col = table.header.indexOf('aligned_to');
      const rows = table.rows.map((r) => ({ number: r.number, cells: [...r.cells] as CellValue[] }));
      rows[4]!.cells[col] = `${CYCLE_ID}.obnowhere1`;
      assert.deepEqual(codes(plan({ header: table.header, rows }).errors), [`6:aligned_to:${IMPORT_ERROR.badAlignment}`]);
      rows[4]!.cells[col] = INDIVIDUAL;
      assert.deepEqual(codes(plan({ header: table.header, rows }).errors), [`6:aligned_to:${IMPORT_ERROR.badAlignment}`]);
      // The company objective under the individual one, which hangs under the team one, which hangs under the company one.
      rows[4]!.cells[col] = TEAM_OBJ;
      rows[0]!.cells[col] = INDIVIDUAL;
      rows[1]!.cells[col] = INDIVIDUAL;
      const loops = plan({ header: table.header, rows }).errors;
      assert.ok(loops.length > 0 && loops.every((e) => e.code === IMPORT_ERROR.alignmentLoop), JSON.stringify(loops));
    });

    it('keeps level and owner of existing objectives, closed objectives and settled cycles as they are', () => {
      const table = asCsv(exportTable());
      const set = (row: number, name: string, value: string) => ((table.rows[row]!.cells as CellValue[])[table.header.indexOf(name)] = value);
      set(4, 'level', 'company');
      set(4, 'owner_id', 'pat');
      set(4, 'owner_email', '');
      assert.deepEqual(codes(plan(table).errors), [`6:level:${IMPORT_ERROR.immutableField}`, `6:owner_id:${IMPORT_ERROR.immutableField}`]);

      const closed = world().map((o) => (o.id === INDIVIDUAL ? { ...o, state: 'closed' as const } : o));
      const retitled = asCsv(exportTable(closed));
      (retitled.rows[4]!.cells as CellValue[])[retitled.header.indexOf('objective_title')] = 'Rewritten';
      assert.deepEqual(codes(plan(retitled, context(closed)).errors), [`6:null:${IMPORT_ERROR.objectiveClosed}`]);
      noChanges(plan(asCsv(exportTable(closed)), context(closed)));

      const settled = context(world(), { cycle: cycle({ state: 'grading' }) });
      noChanges(plan(asCsv(exportTable()), settled));
      assert.deepEqual(codes(plan(retitled, settled).errors).filter((c) => c.includes('CYCLE')), [`null:null:${IMPORT_ERROR.cycleNotOpen}`]);
    });

    it('refuses an empty file and one with too many rows, before reading any row', () => {
      assert.deepEqual(codes(plan({ header: [], rows: [] }).errors), [`null:null:${IMPORT_ERROR.empty}`]);
      const header = ['objective_title', 'level', 'owner_id'];
      const rows = Array.from({ length: 5001 }, (_, i) => ({ number: i + 2, cells: [`o${i}`, 'individual', 'pat'] }));
      assert.deepEqual(codes(plan({ header, rows }).errors), [`null:null:${IMPORT_ERROR.tooLarge}`]);
    });

    it('stores text that looks like a formula as text, and the next export neutralises it again', () => {
      const p = plan(handTable([{ objective_title: '=HYPERLINK("http://evil.example","x")', level: 'individual', owner_id: 'pat', objective_description: "@SUM(1) and '", key_result_title: '-2+3+cmd', metric_type: 'binary' }]));
      assert.deepEqual(p.errors, []);
      const created = p.items[0]!.objective;
      assert.equal(created.title, '=HYPERLINK("http://evil.example","x")');
      assert.equal(created.description, "@SUM(1) and '");
      assert.equal(created.keyResults[0]!.title, '-2+3+cmd');
      const again = exportTable([created]);
      const at = (name: string) => again.rows[0]!.cells[again.header.indexOf(name)];
      assert.equal(at('objective_title'), `'=HYPERLINK("http://evil.example","x")`);
      assert.equal(at('key_result_title'), `'-2+3+cmd`);
      noChanges(plan(asCsv(again), context([created])));
    });
  });

  describe('ids, write order and policy', () => {
    it('stable suffixes are id-shaped and differ for different input', () => {
      const a = stableSuffix('cy|objective|x');
      assert.match(a, /^[a-z0-9]{22}$/);
      assert.equal(stableSuffix('cy|objective|x'), a);
      assert.notEqual(stableSuffix('cy|objective|y'), a);
    });

    it('writes parents before the objectives aligned to them', () => {
      const other = cycle({ id: 'cy2026q2xx', state: 'planning' });
      const p = plan(asCsv(exportTable()), context([], { cycle: other }));
      const waves = writeWaves(p.items).map((w) => w.map((i) => i.objective.title));
      assert.deepEqual(waves, [['Win the market'], [world()[1]!.title], ['Write the runbook']]);
    });

    it('only OKR admins of the tenant import and export a cycle', () => {
      assert.equal(canTransferCycle(ADMIN, TENANT), true);
      assert.equal(canTransferCycle(OWNER, TENANT), false);
      assert.equal(canTransferCycle(ADMIN, OTHER_TENANT), false);
    });
  });
});
