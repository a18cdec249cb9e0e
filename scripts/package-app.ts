// Builds the Teams app package for one environment (npm run package [-- --env <name>]):
// renders appPackage/manifest.json with the values of env/.env.<name> (and environment
// variables, which win), refuses any placeholder left without a value, validates the result
// offline against the manifest schema bundled with @microsoft/app-manifest, checks the icons,
// and writes dist/appPackage/manifest.json and dist/appPackage/tandem-<name>.zip
// (manifest.json, color.png and outline.png at the root of the zip).
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, parseEnv } from 'node:util';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { PNG } from 'pngjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A path for messages: relative to the project when inside it. */
const shown = (path: string): string => {
  const rel = relative(ROOT, path);
  return rel && !rel.startsWith('..') ? rel : path;
};

/** `${{NAME}}`, the Agents Toolkit's placeholder syntax. */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The files of the package, at the root of the zip. */
export const PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png'] as const;

export const ICON_SIZES = { color: 192, outline: 32 } as const;

export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageError';
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Values = Readonly<Record<string, string | undefined>>;

export interface UnresolvedPlaceholder {
  readonly name: string;
  /** Where in the manifest it is used, e.g. `staticTabs[0].contentUrl`. */
  readonly paths: readonly string[];
}

/** Calls `visit` for every string in a JSON value with its path. */
function walkStrings(value: Json, path: string, visit: (text: string, path: string) => string): Json {
  if (typeof value === 'string') return visit(value, path);
  if (Array.isArray(value)) return value.map((item, i) => walkStrings(item, `${path}[${i}]`, visit));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walkStrings(item, path ? `${path}.${key}` : key, visit)]));
  }
  return value;
}

/**
 * Replaces every `${{NAME}}` in the manifest's strings with its value. A value that is missing or
 * blank leaves the placeholder in place and is reported, with every place it is used.
 */
export function renderManifest(template: unknown, values: Values): { manifest: Record<string, unknown>; unresolved: UnresolvedPlaceholder[] } {
  const missing = new Map<string, string[]>();
  const manifest = walkStrings(template as Json, '', (text, path) =>
    text.replace(PLACEHOLDER, (whole, name: string) => {
      const value = values[name];
      if (value !== undefined && value.trim() !== '') return value;
      missing.set(name, [...(missing.get(name) ?? []), path]);
      return whole;
    }),
  ) as Record<string, unknown>;
  return { manifest, unresolved: [...missing].map(([name, paths]) => ({ name, paths })) };
}

/** The placeholder names a manifest uses, in order of first use. */
export function placeholdersOf(template: unknown): string[] {
  return renderManifest(template, {}).unresolved.map((u) => u.name);
}

export interface LoadedEnvironment {
  readonly values: Record<string, string>;
  /** The env files that were read (relative to the project root). */
  readonly files: readonly string[];
}

/**
 * The values of an environment: `<envDir>/.env.<name>`, then `<envDir>/.env.<name>.user` (where the
 * Agents Toolkit keeps values that must not be committed), then the process environment; a later
 * source wins, blank values never do.
 */
export async function loadEnvironment(name: string, envDir: string, processEnv: Values = process.env): Promise<LoadedEnvironment> {
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new PackageError(`Environment name "${name}" may only use letters, digits, - and _.`);
  const values: Record<string, string> = {};
  const files: string[] = [];
  for (const file of [join(envDir, `.env.${name}`), join(envDir, `.env.${name}.user`)]) {
    if (!existsSync(file)) continue;
    files.push(shown(file));
    for (const [key, value] of Object.entries(parseEnv(await readFile(file, 'utf8')))) {
      if (value !== undefined && value.trim() !== '') values[key] = value.trim();
    }
  }
  for (const [key, value] of Object.entries(processEnv)) {
    if (value !== undefined && value.trim() !== '') values[key] = value.trim();
  }
  return { values, files };
}

function describeUnresolved(unresolved: readonly UnresolvedPlaceholder[], envName: string, files: readonly string[], envDir: string): string {
  const width = Math.max(...unresolved.map((u) => u.name.length));
  const lines = unresolved.map((u) => {
    const listed = u.paths.slice(0, 3).join(', ');
    const more = u.paths.length > 3 ? ` and ${u.paths.length - 3} more` : '';
    return `  ${u.name.padEnd(width)}  used in ${listed}${more}`;
  });
  const envFile = shown(join(envDir, `.env.${envName}`));
  const where = files.length > 0 ? `read ${files.join(' and ')}` : `no ${envFile} found`;
  return [
    `Cannot package Tandem for "${envName}": ${unresolved.length} placeholder${unresolved.length === 1 ? ' has' : 's have'} no value (${where}):`,
    ...lines,
    `Set ${unresolved.length === 1 ? 'it' : 'them'} in ${envFile} or as environment variables, and run again.`,
    'Provisioning with the Microsoft 365 Agents Toolkit (m365agents.yml) fills TEAMS_APP_ID, TAB_DOMAIN, BOT_APP_ID, SSO_CLIENT_ID and SSO_APP_ID_URI; docs/deploy.md lists every value.',
  ].join('\n');
}

/** The schema @microsoft/app-manifest bundles for a manifest version, read from disk: no network. */
export async function loadBundledSchema(manifestVersion: string): Promise<object> {
  if (!/^(\d+\.\d+|devPreview)$/.test(manifestVersion)) throw new PackageError(`Unknown manifestVersion "${manifestVersion}".`);
  const packageDir = dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest'));
  const file = join(packageDir, 'json-schemas', 'teams', manifestVersion === 'devPreview' ? 'vDevPreview' : `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
  if (!existsSync(file)) throw new PackageError(`@microsoft/app-manifest has no bundled schema for manifest version ${manifestVersion} (looked for ${file}).`);
  // The same clean-up the library applies to the published schema files (invalid JSON escapes).
  const text = (await readFile(file, 'utf8')).replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  return JSON.parse(text) as object;
}

/** Schema errors of a rendered manifest (empty when valid), checked offline. */
export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const schema = await loadBundledSchema(String(manifest.manifestVersion));
  return AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest, schema as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]);
}

/** Problems with an icon file: missing, not a PNG, wrong size. */
export function iconProblems(file: string, bytes: Buffer, size: number): string[] {
  try {
    const png = PNG.sync.read(bytes);
    return png.width === size && png.height === size ? [] : [`${file} is ${png.width}x${png.height}, must be ${size}x${size}`];
  } catch (error) {
    return [`${file} is not a readable PNG (${(error as Error).message})`];
  }
}

export interface PackageOptions {
  readonly env?: string;
  readonly envDir?: string;
  readonly outDir?: string;
  readonly appPackageDir?: string;
  readonly processEnv?: Values;
}

export interface PackageResult {
  readonly env: string;
  readonly manifestFile: string;
  readonly zipFile: string;
  readonly manifest: Record<string, unknown>;
}

/** A fixed time stamp for the zip entries, so the same inputs give the same zip. */
const ZIP_DATE = new Date(Date.UTC(2025, 0, 1));

export async function packageApp(options: PackageOptions = {}): Promise<PackageResult> {
  const env = options.env ?? 'dev';
  const envDir = resolve(ROOT, options.envDir ?? 'env');
  const outDir = resolve(ROOT, options.outDir ?? 'dist/appPackage');
  const appPackageDir = resolve(ROOT, options.appPackageDir ?? 'appPackage');

  const template = JSON.parse(await readFile(join(appPackageDir, 'manifest.json'), 'utf8')) as unknown;
  const { values, files } = await loadEnvironment(env, envDir, options.processEnv ?? process.env);
  const { manifest, unresolved } = renderManifest(template, values);
  if (unresolved.length > 0) throw new PackageError(describeUnresolved(unresolved, env, files, envDir));

  const schemaErrors = await validateManifest(manifest);
  if (schemaErrors.length > 0) {
    throw new PackageError(`The rendered manifest for "${env}" does not match manifest schema ${String(manifest.manifestVersion)}:\n${schemaErrors.map((e) => `  ${e}`).join('\n')}`);
  }

  const icons = manifest.icons as { color: string; outline: string };
  const iconFiles = { color: join(appPackageDir, icons.color), outline: join(appPackageDir, icons.outline) };
  const iconBytes = { color: await readFile(iconFiles.color), outline: await readFile(iconFiles.outline) };
  const problems = [...iconProblems(icons.color, iconBytes.color, ICON_SIZES.color), ...iconProblems(icons.outline, iconBytes.outline, ICON_SIZES.outline)];
  if (problems.length > 0) throw new PackageError(`The icons are not usable:\n${problems.map((p) => `  ${p}`).join('\n')}`);

  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  const zip = new JSZip();
  zip.file('manifest.json', manifestText, { date: ZIP_DATE });
  zip.file(icons.color, iconBytes.color, { date: ZIP_DATE });
  zip.file(icons.outline, iconBytes.outline, { date: ZIP_DATE });
  const zipBytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });

  await mkdir(outDir, { recursive: true });
  const manifestFile = join(outDir, 'manifest.json');
  const zipFile = join(outDir, `tandem-${env}.zip`);
  await writeFile(manifestFile, manifestText);
  await writeFile(zipFile, zipBytes);
  return { env, manifestFile, zipFile, manifest };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      env: { type: 'string', short: 'e' },
      'env-dir': { type: 'string' },
      out: { type: 'string' },
    },
  });
  const env = values.env ?? positionals[0] ?? 'dev';
  const result = await packageApp({ env, ...(values['env-dir'] ? { envDir: values['env-dir'] } : {}), ...(values.out ? { outDir: values.out } : {}) });
  console.log(`Packaged Tandem for "${result.env}":\n  ${shown(result.manifestFile)}\n  ${shown(result.zipFile)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof PackageError || (error instanceof Error && 'code' in error && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') ? error.message : error);
    process.exitCode = 1;
  });
}
