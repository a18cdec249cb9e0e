/**
 * Tandem architectural boundaries (DESIGN.md section 2). Enforced in CI by
 * `tsx scripts/check-boundaries.ts`, which cruises `src bot tabs` with this rule set and
 * additionally scans for `process.env` reads outside `src/config.ts` (which dependency-cruiser
 * cannot see). Paths are relative to the cruised root, so the same rules apply to the
 * fixture trees under test/fixtures/boundaries.
 *
 * CommonJS on purpose: package.json has "type": "module".
 */

/** Every dependency type dependency-cruiser gives a module that comes from a package. */
const PACKAGE_TYPES = [
  'npm',
  'npm-dev',
  'npm-optional',
  'npm-peer',
  'npm-bundled',
  'npm-no-pkg',
  'npm-unknown',
];

/** The restricted review store (may not exist yet). */
const REVIEW_STORE = '^src/store/reviews/';

/** The only modules that may depend on the review store, directly or transitively. */
const REVIEW_STORE_ALLOWED = [
  REVIEW_STORE,
  '^src/app/performance/',
  '^src/api/performance/',
  '^bot/performance/',
  '^src/server\\.ts$',
  // The entry point only starts the composition root.
  '^src/main\\.ts$',
  '^src/store/local/',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // Rule 1: the domain is pure TypeScript.
    {
      name: 'domain-imports-only-domain',
      comment:
        'src/domain imports nothing of ours outside src/domain ' +
        '(no src/app, src/store, src/api, src/config.ts, bot/, tabs/).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        pathNot: '^src/domain/',
        dependencyTypesNot: ['core', ...PACKAGE_TYPES],
        couldNotResolve: false,
      },
    },
    {
      name: 'domain-no-npm-packages',
      comment: 'src/domain uses no npm package (express, botbuilder, @azure/*, react, zod...).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: PACKAGE_TYPES },
    },
    {
      name: 'domain-no-npm-packages',
      comment:
        'src/domain imports nothing that does not resolve (a package not installed, or a typo).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { couldNotResolve: true },
    },
    {
      name: 'domain-no-node-builtins',
      comment: 'src/domain uses no node built-in module (fs, path, crypto, node:*...).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['core'] },
    },

    // Rule 2: code that serves OKR boards never reaches the review store.
    {
      name: 'review-store-isolation',
      comment:
        'Code that serves OKR boards never reaches the review store, directly or transitively. ' +
        'Only src/store/reviews itself, src/app/performance, src/api/performance, ' +
        'bot/performance, src/store/local and the composition root src/server.ts may.',
      severity: 'error',
      from: { pathNot: REVIEW_STORE_ALLOWED },
      to: { path: REVIEW_STORE, reachable: true },
    },

    // Rule 2b: the wall runs both ways. OKR analytics (ambition calibration, grade distributions)
    // coach goal setting; they are never a performance signal, so review code cannot reach them.
    {
      name: 'performance-never-reads-okr-insights',
      comment:
        'Performance management (src/domain/performance, src/app/performance, src/api/performance, ' +
        'bot/performance) never imports OKR insights (src/domain/okr/insights, src/app/insights).',
      severity: 'error',
      from: { path: ['^src/domain/performance/', '^src/app/performance/', '^src/api/performance/', '^bot/performance/'] },
      to: { path: ['^src/domain/okr/insights/', '^src/app/insights/'], reachable: true },
    },

    // Rule 3: configuration is read in the composition root and passed in.
    {
      name: 'no-config-in-domain-or-app',
      comment:
        'src/domain and src/app never import src/config.ts; ' +
        'the composition root reads config and passes values in.',
      severity: 'error',
      from: { path: '^src/(domain|app)/' },
      to: { path: '^src/config\\.ts$' },
    },

    // Rule 4: dependencies point inward.
    {
      name: 'app-depends-inward',
      comment: 'src/app talks to ports; it never imports src/store, src/api, bot/ or tabs/.',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: ['^src/store/', '^src/api/', '^bot/', '^tabs/'] },
    },

    // Rule 5: no cycles.
    {
      name: 'no-circular-in-src',
      comment: 'No circular dependencies inside src/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/', circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    skipAnalysisNotInRules: true,
  },
};
