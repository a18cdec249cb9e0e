import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  checkBoundaries,
  findProcessEnvReads,
  formatViolation,
  type CheckResult,
} from '../../scripts/check-boundaries.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(REPO_ROOT, 'test/fixtures/boundaries');
const SCRIPT = join(REPO_ROOT, 'scripts/check-boundaries.ts');
const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');

interface Case {
  readonly fixture: string;
  /** The rule names the fixture must break: no more, no fewer. */
  readonly rules: readonly string[];
  /** `from -> to` pairs that must be among the violations. */
  readonly edges: readonly string[];
}

const CASES: readonly Case[] = [
  {
    fixture: 'domain-imports-npm-package',
    rules: ['domain-no-npm-packages'],
    edges: [
      'src/domain/okr/objective.ts -> express',
      // not installed, so it does not resolve; still a package import
      'src/domain/okr/card.ts -> botbuilder',
    ],
  },
  {
    fixture: 'domain-imports-app',
    rules: ['domain-imports-only-domain'],
    edges: [
      'src/domain/okr/objective.ts -> src/app/okr/list-board.ts',
      // type-only imports count (tsPreCompilationDeps)
      'src/domain/okr/key-result.ts -> src/app/ports/goal-repository.ts',
    ],
  },
  {
    fixture: 'domain-imports-node-builtin',
    rules: ['domain-no-node-builtins'],
    edges: ['src/domain/okr/objective.ts -> fs'],
  },
  {
    // An OKR use case importing the review store directly is src/app -> src/store as well, so it
    // necessarily breaks the inward rule too; goals-store-imports-review-store isolates the rule.
    fixture: 'okr-use-case-imports-review-store',
    rules: ['app-depends-inward', 'review-store-isolation'],
    edges: ['src/app/okr/list-board.ts -> src/store/reviews/review-store.ts'],
  },
  {
    fixture: 'goals-store-imports-review-store',
    rules: ['review-store-isolation'],
    edges: ['src/store/goals/goal-store.ts -> src/store/reviews/review-store.ts'],
  },
  {
    fixture: 'okr-route-reaches-review-store',
    rules: ['review-store-isolation'],
    edges: [
      // transitive: board-route -> api/shared/load-people -> store/reviews
      'src/api/okr/board-route.ts -> src/store/reviews/review-store.ts',
      'src/api/shared/load-people.ts -> src/store/reviews/review-store.ts',
    ],
  },
  {
    // transitive: a review use case -> a helper -> the ambition calibration of OKR insights
    fixture: 'performance-reads-okr-insights',
    rules: ['performance-never-reads-okr-insights'],
    edges: [
      'src/app/performance/reviews/default-rating.ts -> src/domain/okr/insights/ambition.ts',
      'src/domain/performance/rating-hint.ts -> src/domain/okr/insights/ambition.ts',
    ],
  },
  {
    fixture: 'app-imports-store',
    rules: ['app-depends-inward'],
    edges: ['src/app/okr/list-board.ts -> src/store/goals/goal-store.ts'],
  },
  {
    fixture: 'app-imports-config',
    rules: ['no-config-in-domain-or-app'],
    edges: ['src/app/okr/list-board.ts -> src/config.ts'],
  },
  {
    fixture: 'process-env-outside-config',
    rules: ['no-process-env-outside-config'],
    edges: ['src/store/goals/cosmos-client.ts -> process.env'],
  },
  {
    fixture: 'circular-dependency',
    rules: ['no-circular-in-src'],
    edges: ['src/domain/okr/key-result.ts -> src/domain/okr/objective.ts'],
  },
];

function describeViolations(result: CheckResult): string {
  return result.violations.map(formatViolation).join('\n') || '(none)';
}

describe('architectural boundaries (scripts/check-boundaries.ts)', () => {
  // dependency-cruiser keeps module-level caches, so cruises run one after another, not in
  // parallel; each fixture takes well under a second.
  const results = new Map<string, CheckResult>();
  before(async () => {
    for (const fixture of ['clean', ...CASES.map((c) => c.fixture)]) {
      results.set(fixture, await checkBoundaries({ root: join(FIXTURES, fixture) }));
    }
  });

  it('finds no violations in the real tree (src bot tabs)', async () => {
    const result = await checkBoundaries();
    assert.ok(result.modulesCruised > 0, 'cruised nothing');
    assert.deepEqual(result.violations.map(formatViolation), []);
  });

  // performance modules, the local runtime and the composition root reach the review store
  it('allows every permitted edge (clean fixture)', () => {
    const result = results.get('clean')!;
    assert.equal(result.modulesCruised, 17);
    assert.deepEqual(result.violations.map(formatViolation), []);
  });

  for (const c of CASES) {
    it(`${c.fixture}: breaks ${c.rules.join(' + ')}`, () => {
      const result = results.get(c.fixture)!;
      const rules = [...new Set(result.violations.map((v) => v.rule))].sort();
      assert.deepEqual(rules, [...c.rules].sort(), describeViolations(result));
      const edges = result.violations.map((v) => `${v.from} -> ${v.to}`);
      for (const edge of c.edges) {
        assert.ok(edges.includes(edge), `expected ${edge} among:\n${describeViolations(result)}`);
      }
    });
  }

  it('reports the path for a transitive review-store violation', () => {
    const result = results.get('okr-route-reaches-review-store')!;
    const fromRoute = result.violations.find((v) => v.from === 'src/api/okr/board-route.ts');
    assert.equal(
      fromRoute?.detail,
      'via: src/api/okr/board-route.ts -> src/api/shared/load-people.ts -> src/store/reviews/review-store.ts',
    );
  });

  describe('process.env scan', () => {
    const lines = (text: string) => findProcessEnvReads('x.ts', text);

    it('finds every spelling of a process.env read', () => {
      assert.deepEqual(lines('const a = process.env.A;'), [1]);
      assert.deepEqual(lines("const a = process.env['A'];"), [1]);
      assert.deepEqual(lines("const a = process['env'].A;"), [1]);
      assert.deepEqual(lines('const a = process?.env?.A;'), [1]);
      assert.deepEqual(lines('const a = globalThis.process.env.A;'), [1]);
      assert.deepEqual(lines('const { env } = process;'), [1]);
      assert.deepEqual(lines("const { env: e, 'argv': a } = process;"), [1]);
      assert.deepEqual(lines("import { env } from 'node:process';"), [1]);
      assert.deepEqual(lines("import * as proc from 'process';"), [1]);
      assert.deepEqual(lines('\n\nfunction f() {\n  return process.env;\n}'), [4]);
    });

    it('ignores comments, strings and other process members', () => {
      assert.deepEqual(lines('// process.env.A\n/* process.env */ const s = "process.env";'), []);
      assert.deepEqual(lines('const t = `process.env`; process.exit(0); process.argv;'), []);
      assert.deepEqual(lines("import { argv } from 'node:process';"), []);
    });
  });

  describe('command line', () => {
    const run = promisify(execFile);

    it('exits 1 and prints `rule-name: from -> to` on a violation, 0 on a clean tree', async () => {
      const [failing, passing] = await Promise.all([
        run(TSX, [SCRIPT, '--root', join(FIXTURES, 'app-imports-store')], { cwd: REPO_ROOT }).then(
          () => assert.fail('expected exit code 1'),
          (error: { code: number; stdout: string }) => error,
        ),
        run(TSX, [SCRIPT, '--root', join(FIXTURES, 'clean')], { cwd: REPO_ROOT }),
      ]);
      assert.equal(failing.code, 1);
      assert.equal(
        failing.stdout.trim(),
        'app-depends-inward: src/app/okr/list-board.ts -> src/store/goals/goal-store.ts',
      );
      assert.match(passing.stdout, /no violations/);
    });
  });
});
