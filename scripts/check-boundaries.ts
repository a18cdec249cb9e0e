/**
 * Architectural boundary check (DESIGN.md section 2), run in CI as part of `npm run lint`.
 *
 *   tsx scripts/check-boundaries.ts [--root <dir>] [--config <file>] [dir ...]
 *
 * 1. Cruises the source folders (default `src bot tabs`, whichever exist under the root) with
 *    dependency-cruiser and the rule set in `.dependency-cruiser.cjs`.
 * 2. Scans the same files for `process.env` reads outside `src/config.ts`, which
 *    dependency-cruiser cannot see.
 *
 * Prints each violation as `rule-name: from -> to` and exits 1 on any violation, 0 otherwise
 * (2 if the check itself could not run). `--root` points the check at another tree (the fixtures
 * in test/fixtures/boundaries); paths in the rules and in the output are relative to the root.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  cruise,
  type IConfiguration,
  type ICruiseOptions,
  type ICruiseResult,
} from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import ts from 'typescript';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_CONFIG = join(REPO_ROOT, '.dependency-cruiser.cjs');
const DEFAULT_DIRS = ['src', 'bot', 'tabs'] as const;

/** The one module allowed to read `process.env`, relative to the root. */
export const CONFIG_MODULE = 'src/config.ts';
export const PROCESS_ENV_RULE = 'no-process-env-outside-config';

export interface Violation {
  readonly rule: string;
  readonly from: string;
  readonly to: string;
  /** Extra detail: the path for reachability and cycle violations, the line for env reads. */
  readonly detail?: string;
}

export interface CheckOptions {
  /** Tree to check; it holds `src/`, `bot/`, `tabs/`. Default: the repository root. */
  readonly root?: string;
  /** dependency-cruiser config file. Default: `.dependency-cruiser.cjs` in the repository. */
  readonly config?: string;
  /** Folders (relative to root) to check. Default: those of `src bot tabs` that exist. */
  readonly dirs?: readonly string[];
}

export interface CheckResult {
  readonly root: string;
  readonly dirs: readonly string[];
  readonly modulesCruised: number;
  readonly violations: readonly Violation[];
}

export function formatViolation(v: Violation): string {
  return `${v.rule}: ${v.from} -> ${v.to}${v.detail ? `  (${v.detail})` : ''}`;
}

export async function checkBoundaries(options: CheckOptions = {}): Promise<CheckResult> {
  const root = resolve(options.root ?? REPO_ROOT);
  const configFile = resolve(options.config ?? DEFAULT_CONFIG);
  const dirs = (options.dirs ?? DEFAULT_DIRS).filter((d) => existsSync(join(root, d)));
  if (dirs.length === 0) return { root, dirs, modulesCruised: 0, violations: [] };

  const cruised = await cruiseTree(root, configFile, dirs);
  const envReads = scanProcessEnv(root, dirs);
  const violations = [...cruised.violations, ...envReads].sort(
    (a, b) =>
      a.rule.localeCompare(b.rule) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
  );
  return { root, dirs, modulesCruised: cruised.modulesCruised, violations };
}

// ---------------------------------------------------------------------------------------------
// dependency-cruiser

async function cruiseTree(
  root: string,
  configFile: string,
  dirs: readonly string[],
): Promise<{ modulesCruised: number; violations: Violation[] }> {
  // Load the CommonJS config fresh (a test may point at another one).
  const require = createRequire(import.meta.url);
  delete require.cache[require.resolve(configFile)];
  const config = require(configFile) as IConfiguration;
  const { options: configOptions = {}, ...ruleSet } = config;

  const cruiseOptions: ICruiseOptions = {
    ...configOptions,
    validate: true,
    ruleSet: ruleSet as ICruiseOptions['ruleSet'],
    baseDir: root,
    outputType: 'json',
  };

  // tsconfig is looked up relative to the root being checked; a fixture tree without its own
  // tsconfig.json is cruised without one (the `.js` -> `.ts` specifiers still resolve).
  let tsConfig: unknown;
  const tsConfigName = configOptions.tsConfig?.fileName;
  if (tsConfigName) {
    const tsConfigPath = resolve(root, tsConfigName);
    if (existsSync(tsConfigPath)) {
      cruiseOptions.tsConfig = { fileName: tsConfigPath };
      tsConfig = extractTSConfig(tsConfigPath);
    } else {
      delete cruiseOptions.tsConfig;
    }
  }

  const output = await cruise([...dirs], cruiseOptions, {}, { tsConfig });
  const result = (
    typeof output.output === 'string' ? JSON.parse(output.output) : output.output
  ) as ICruiseResult;

  const violations: Violation[] = result.summary.violations.map((v) => {
    let detail: string | undefined;
    if (v.cycle && v.cycle.length > 0) {
      detail = `cycle: ${[v.from, ...v.cycle.map((c) => c.name)].join(' -> ')}`;
    } else if (v.via && v.via.length > 1) {
      detail = `via: ${[v.from, ...v.via.map((c) => c.name)].join(' -> ')}`;
    }
    const to = displayName(result, v.from, v.to);
    return { rule: v.rule.name, from: v.from, to, ...(detail ? { detail } : {}) };
  });
  return { modulesCruised: result.summary.totalCruised, violations };
}

/**
 * Packages and built-ins are shown as written (`express`, `node:fs`) rather than as the file
 * they resolved to (`../node_modules/express/index.js`); our own modules by their path.
 */
function displayName(result: ICruiseResult, from: string, to: string): string {
  const dependency = result.modules
    .find((m) => m.source === from)
    ?.dependencies.find((d) => d.resolved === to);
  if (!dependency) return to;
  const external =
    dependency.couldNotResolve ||
    dependency.dependencyTypes.some((t) => t === 'core' || t.startsWith('npm'));
  return external ? dependency.module : to;
}

// ---------------------------------------------------------------------------------------------
// process.env scan (dependency-cruiser cannot see property reads). Uses the TypeScript parser,
// so comments and strings that mention process.env do not count.

const SOURCE_EXTENSIONS = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

function listSourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string): void => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = join(abs, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && SOURCE_EXTENSIONS.test(entry.name)) out.push(full);
    }
  };
  const start = join(root, dir);
  if (statSync(start).isDirectory()) walk(start);
  else if (SOURCE_EXTENSIONS.test(start)) out.push(start);
  return out;
}

function isProcess(node: ts.Expression): boolean {
  const expr = skipParens(node);
  if (ts.isIdentifier(expr)) return expr.text === 'process';
  // globalThis.process / global.process / window.process
  if (ts.isPropertyAccessExpression(expr)) {
    return expr.name.text === 'process' && ts.isIdentifier(skipParens(expr.expression));
  }
  return false;
}

function skipParens(node: ts.Expression): ts.Expression {
  let n = node;
  while (ts.isParenthesizedExpression(n) || ts.isNonNullExpression(n) || ts.isAsExpression(n)) {
    n = n.expression;
  }
  return n;
}

/** The property a destructuring element reads: `env` in `{ env }`, `{ env: e }`, `{ 'env': e }`. */
function bindingKey(element: ts.BindingElement, source: ts.SourceFile): string {
  const key = element.propertyName ?? element.name;
  return key.getText(source).replace(/['"`]/g, '');
}

/** Lines (1-based) on which the file reads `process.env` in any of its spellings. */
export function findProcessEnvReads(fileName: string, text: string): number[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const lines: number[] = [];
  const hit = (node: ts.Node): void => {
    lines.push(source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1);
  };
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAccessExpression(node) &&
      node.name.text === 'env' &&
      isProcess(node.expression)
    ) {
      hit(node); // process.env, process?.env, globalThis.process.env
    } else if (
      ts.isElementAccessExpression(node) &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      node.argumentExpression.text === 'env' &&
      isProcess(node.expression)
    ) {
      hit(node); // process['env']
    } else if (
      ts.isVariableDeclaration(node) &&
      node.initializer &&
      ts.isObjectBindingPattern(node.name) &&
      isProcess(node.initializer) &&
      node.name.elements.some(
        (e) => bindingKey(e, source) === 'env',
      )
    ) {
      hit(node); // const { env } = process
    } else if (
      ts.isImportDeclaration(node) &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      /^(?:node:)?process$/.test(node.moduleSpecifier.text)
    ) {
      const bindings = node.importClause?.namedBindings;
      const importsEnv =
        bindings !== undefined &&
        (ts.isNamespaceImport(bindings) ||
          bindings.elements.some((e) => (e.propertyName ?? e.name).text === 'env'));
      if (importsEnv || node.importClause?.name) hit(node); // import { env } from 'node:process'
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

function scanProcessEnv(root: string, dirs: readonly string[]): Violation[] {
  const violations: Violation[] = [];
  for (const dir of dirs) {
    for (const file of listSourceFiles(root, dir)) {
      const rel = toPosix(relative(root, file));
      if (rel === CONFIG_MODULE) continue;
      const text = readFileSync(file, 'utf8');
      if (!text.includes('process')) continue; // cheap pre-filter: every spelling names `process`
      for (const line of findProcessEnvReads(file, text)) {
        const detail = `line ${line}`;
        violations.push({ rule: PROCESS_ENV_RULE, from: rel, to: 'process.env', detail });
      }
    }
  }
  return violations;
}

// ---------------------------------------------------------------------------------------------
// CLI

function parseArgs(argv: readonly string[]): CheckOptions {
  let root: string | undefined;
  let config: string | undefined;
  const dirs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--root' || arg === '--config') {
      const value = argv[++i];
      if (!value) throw new Error(`${arg} needs a value`);
      if (arg === '--root') root = value;
      else config = value;
    } else if (arg.startsWith('--root=')) root = arg.slice('--root='.length);
    else if (arg.startsWith('--config=')) config = arg.slice('--config='.length);
    else if (arg === '-h' || arg === '--help') {
      console.log(
        'usage: tsx scripts/check-boundaries.ts [--root <dir>] [--config <file>] [dir ...]',
      );
      process.exit(0);
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else dirs.push(arg);
  }
  return {
    ...(root !== undefined ? { root } : {}),
    ...(config !== undefined ? { config } : {}),
    ...(dirs.length > 0 ? { dirs } : {}),
  };
}

async function main(): Promise<number> {
  const started = Date.now();
  const result = await checkBoundaries(parseArgs(process.argv.slice(2)));
  for (const v of result.violations) console.log(formatViolation(v));
  const rootShown = toPosix(relative(process.cwd(), result.root)) || '.';
  const where = `${result.dirs.join(' ') || '(nothing)'} in ${rootShown}`;
  const took = `${Date.now() - started} ms`;
  if (result.violations.length > 0) {
    console.error(
      `check-boundaries: ${result.violations.length} violation(s) in ` +
        `${result.modulesCruised} modules (${where}, ${took})`,
    );
    return 1;
  }
  console.log(
    `check-boundaries: no violations, ${result.modulesCruised} modules (${where}, ${took})`,
  );
  return 0;
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error('check-boundaries failed:', error instanceof Error ? error.stack : error);
      process.exit(2);
    },
  );
}
