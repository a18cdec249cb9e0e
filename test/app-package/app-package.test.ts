import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { BOT_COMMAND_SCOPES, BOT_COMMANDS } from '../../bot/bot-commands.js';
import { BRAND_COLOR, drawColorIcon, drawOutlineIcon } from '../../scripts/make-icons.js';
import { loadEnvironment, PACKAGE_FILES, placeholdersOf, renderManifest, validateManifest } from '../../scripts/package-app.js';
import { startTestTandem, type TestTandem } from '../support/tandem-harness.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const file = (path: string) => join(ROOT, path);

const SAMPLE = {
  TEAMS_APP_ID: '0b7f6f2e-5d3c-4a51-9e1d-3c2b1a0f9e8d',
  TAB_DOMAIN: 'tandem.example.com',
  BOT_APP_ID: '6a1c2d3e-4f50-4617-8899-aabbccddeeff',
  SSO_CLIENT_ID: '9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a',
  SSO_APP_ID_URI: 'api://tandem.example.com/9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a',
  PRIVACY_URL: 'https://contoso.example/privacy',
  TERMS_OF_USE_URL: 'https://contoso.example/terms',
} as const;
const PLACEHOLDERS = Object.keys(SAMPLE);

type Manifest = Record<string, any>;

const template = (): unknown => JSON.parse(readFileSync(file('appPackage/manifest.json'), 'utf8'));
const rendered = (): Manifest => {
  const { manifest, unresolved } = renderManifest(template(), SAMPLE);
  assert.deepEqual(unresolved, []);
  return manifest;
};

/** Every string in the manifest with its path. */
function strings(value: unknown, path = ''): { path: string; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

/** An environment for child processes without any of the manifest's values, so only the env file counts. */
const cleanEnv = (): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(process.env).filter(([k]) => !PLACEHOLDERS.includes(k) && k !== 'TEAMSFX_ENV'));

async function npmPackage(envDir: string, outDir: string, env = 'sample'): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'package', '--', '--env', env, '--env-dir', envDir, '--out', outDir], { cwd: ROOT, env: cleanEnv() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const envFile = (values: Record<string, string>) => `# sample\n${Object.entries(values).map(([k, v]) => `${k}=${v}`).join('\n')}\n`;

describe('Teams app package', function () {
  this.timeout(120_000);

  describe('manifest', () => {
    it('is on a manifest schema bundled with @microsoft/app-manifest, 1.19 or newer', () => {
      const manifest = template() as Manifest;
      const schemas = join(dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest')), 'json-schemas', 'teams');
      const bundled = readdirSync(schemas).filter((d) => /^v\d+\.\d+$/.test(d)).map((d) => d.slice(1));
      assert.ok(bundled.includes(manifest.manifestVersion), `bundled: ${bundled.join(', ')}`);
      const [major, minor] = String(manifest.manifestVersion).split('.').map(Number);
      assert.ok(major! > 1 || minor! >= 19, `manifestVersion ${manifest.manifestVersion}`);
      assert.equal(manifest.$schema, `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    });

    it('uses exactly the documented placeholders', () => {
      assert.deepEqual(new Set(placeholdersOf(template())), new Set(PLACEHOLDERS));
    });

    it('validates offline against the bundled schema once rendered, and the validator does catch mistakes', async () => {
      const manifest = rendered();
      assert.deepEqual(await validateManifest(manifest), []);
      const broken = structuredClone(manifest);
      broken.id = 'not-a-guid';
      broken.staticTabs[0].scopes = ['everywhere'];
      const errors = await validateManifest(broken);
      assert.ok(errors.some((e) => e.startsWith('/id ')), errors.join('\n'));
      assert.ok(errors.some((e) => e.startsWith('/staticTabs/0/scopes/0 ')), errors.join('\n'));
    });

    it('has the personal tabs, the configurable tab, the bot, SSO and the valid domain', () => {
      const m = rendered();
      const tabs = m.staticTabs.filter((t: Manifest) => t.contentUrl);
      assert.deepEqual(
        tabs.map((t: Manifest) => [t.name, t.contentUrl]),
        [
          ['My OKRs', 'https://tandem.example.com/?host=teams#/my'],
          ['Board', 'https://tandem.example.com/?host=teams#/board'],
          ['Reviews', 'https://tandem.example.com/?host=teams#/reviews'],
        ],
      );
      const [config] = m.configurableTabs;
      assert.equal(config.configurationUrl, 'https://tandem.example.com/?host=teams&view=config');
      assert.equal(config.canUpdateConfiguration, true);
      assert.deepEqual(config.scopes, ['team', 'groupChat']);
      assert.deepEqual(config.context, ['channelTab', 'privateChatTab', 'meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel', 'meetingStage']);
      assert.equal(m.bots[0].botId, SAMPLE.BOT_APP_ID);
      assert.deepEqual(m.bots[0].scopes, ['personal', 'team', 'groupChat']);
      assert.deepEqual(m.webApplicationInfo, { id: SAMPLE.SSO_CLIENT_ID, resource: SAMPLE.SSO_APP_ID_URI });
      assert.deepEqual(m.validDomains, [SAMPLE.TAB_DOMAIN]);
      assert.equal(m.accentColor, BRAND_COLOR);
    });

    it("lists exactly the commands of bot/bot-commands.ts for the bot's personal scope, within Teams' limits", () => {
      const lists = (template() as Manifest).bots[0].commandLists;
      assert.deepEqual(lists, [{ scopes: [...BOT_COMMAND_SCOPES], commands: BOT_COMMANDS.map((c) => ({ title: c.title, description: c.description })) }]);
      assert.deepEqual(BOT_COMMANDS.map((c) => c.title), ['help', 'okrs', 'checkin', 'pause', 'resume', 'settings']);
      assert.ok(BOT_COMMANDS.length <= 10);
      for (const c of BOT_COMMANDS) {
        assert.ok(c.title.length <= 32, c.title);
        assert.ok(c.description.length > 0 && c.description.length <= 128 && !c.description.includes('\n'), c.title);
      }
    });
  });

  describe('icons', () => {
    const read = (name: string) => PNG.sync.read(readFileSync(file(`appPackage/${name}`)));

    it('are 192x192 (colour) and 32x32 (outline)', () => {
      const color = read('color.png');
      const outline = read('outline.png');
      assert.deepEqual([color.width, color.height], [192, 192]);
      assert.deepEqual([outline.width, outline.height], [32, 32]);
    });

    it('outline: every pixel is white or fully transparent, with both transparent and solid pixels', () => {
      const { data } = read('outline.png');
      let transparent = 0;
      let solid = 0;
      for (let i = 0; i < data.length; i += 4) {
        const alpha = data[i + 3]!;
        if (alpha === 0) transparent++;
        else assert.deepEqual([data[i], data[i + 1], data[i + 2]], [255, 255, 255], `pixel ${i / 4} is not white`);
        if (alpha === 255) solid++;
      }
      assert.ok(transparent > 32 * 32 * 0.3, `${transparent} transparent pixels`);
      assert.ok(solid > 50, `${solid} solid pixels`);
    });

    it('colour: opaque, on the accent colour, with a mark in the middle', () => {
      const png = read('color.png');
      const at = (x: number, y: number) => [...png.data.subarray((y * 192 + x) * 4, (y * 192 + x) * 4 + 4)];
      const brand = [1, 3, 5].map((i) => Number.parseInt(BRAND_COLOR.slice(i, i + 2), 16));
      for (let i = 3; i < png.data.length; i += 4) assert.equal(png.data[i], 255);
      for (const [x, y] of [[0, 0], [191, 0], [0, 191], [191, 191], [96, 20]] as const) assert.deepEqual(at(x, y), [...brand, 255]);
      assert.ok(Array.from({ length: 192 }, (_, x) => at(x, 96).join()).includes('255,255,255,255'), 'the white ring crosses the middle row');
      const colors = new Set<number>();
      for (let i = 0; i < png.data.length; i += 4) colors.add(png.data.readUInt32BE(i));
      assert.ok(colors.size > 50, `${colors.size} colours: no anti-aliasing?`);
    });

    it('are what scripts/make-icons.ts draws (regenerate with npx tsx scripts/make-icons.ts)', () => {
      assert.ok(read('color.png').data.equals(drawColorIcon().data), 'color.png is out of date');
      assert.ok(read('outline.png').data.equals(drawOutlineIcon().data), 'outline.png is out of date');
    });
  });

  describe('tab URLs', () => {
    let tandem: TestTandem;
    before(async () => {
      await run(process.execPath, ['scripts/build.mjs'], { cwd: ROOT });
      tandem = await startTestTandem();
    });
    after(async () => tandem?.close());

    it('every URL on the tab domain is served by Tandem as HTML', async () => {
      const m = rendered();
      const onTabDomain = strings(m).filter((s) => s.value.startsWith(`https://${SAMPLE.TAB_DOMAIN}/`));
      const paths = onTabDomain.map((s) => s.path);
      for (const expected of ['staticTabs[0].contentUrl', 'staticTabs[0].websiteUrl', 'staticTabs[1].contentUrl', 'staticTabs[2].contentUrl', 'configurableTabs[0].configurationUrl', 'developer.websiteUrl']) {
        assert.ok(paths.includes(expected), `${expected} is not on the tab domain`);
      }
      for (const { path, value } of onTabDomain) {
        const url = new URL(value);
        const response = await fetch(`${tandem.url}${url.pathname}${url.search}`);
        assert.equal(response.status, 200, `${path}: GET ${url.pathname}${url.search}`);
        assert.match(response.headers.get('content-type') ?? '', /^text\/html/, path);
        assert.match(await response.text(), /<div id="root">/, path);
      }
    });

    it('tab content and configuration URLs carry ?host=teams', () => {
      const m = rendered();
      for (const tab of m.staticTabs.filter((t: Manifest) => t.contentUrl)) assert.equal(new URL(tab.contentUrl).searchParams.get('host'), 'teams');
      const config = new URL(m.configurableTabs[0].configurationUrl);
      assert.equal(config.searchParams.get('host'), 'teams');
      assert.equal(config.searchParams.get('view'), 'config');
    });
  });

  describe('npm run package', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'tandem-package-'));
    });
    afterEach(async () => rm(dir, { recursive: true, force: true }));

    it('writes the rendered manifest and a zip with exactly manifest.json, color.png and outline.png at its root', async () => {
      await writeFile(join(dir, '.env.sample'), envFile(SAMPLE));
      const result = await npmPackage(dir, join(dir, 'out'));
      assert.equal(result.code, 0, result.stderr);
      const manifest = JSON.parse(await readFile(join(dir, 'out', 'manifest.json'), 'utf8'));
      assert.deepEqual(manifest, rendered());
      const zip = await JSZip.loadAsync(await readFile(join(dir, 'out', 'tandem-sample.zip')));
      assert.deepEqual(Object.keys(zip.files).sort(), [...PACKAGE_FILES].sort());
      assert.deepEqual(JSON.parse(await zip.file('manifest.json')!.async('string')), manifest);
      for (const icon of ['color.png', 'outline.png']) {
        assert.ok((await zip.file(icon)!.async('nodebuffer')).equals(readFileSync(file(`appPackage/${icon}`))), icon);
      }
    });

    it('refuses placeholders left without a value, listing each with where it is used', async () => {
      const { TAB_DOMAIN: _domain, BOT_APP_ID: _bot, ...partial } = SAMPLE;
      await writeFile(join(dir, '.env.sample'), envFile({ ...partial, TERMS_OF_USE_URL: '' }));
      const result = await npmPackage(dir, join(dir, 'out'));
      assert.equal(result.code, 1);
      assert.match(result.stderr, /Cannot package Tandem for "sample": 3 placeholders have no value/);
      assert.match(result.stderr, /TAB_DOMAIN\s+used in developer\.websiteUrl, staticTabs\[0\]\.contentUrl, staticTabs\[0\]\.websiteUrl and \d+ more/);
      assert.match(result.stderr, /BOT_APP_ID\s+used in bots\[0\]\.botId/);
      assert.match(result.stderr, /TERMS_OF_USE_URL\s+used in developer\.termsOfUseUrl/);
      assert.doesNotMatch(result.stderr, /^\s+SSO_CLIENT_ID|\n\s+at /m);
      assert.equal(existsSync(join(dir, 'out')), false, 'nothing is written');
    });

    it('says so when the environment has no env file at all', async () => {
      const result = await npmPackage(dir, join(dir, 'out'), 'nowhere');
      assert.equal(result.code, 1);
      assert.match(result.stderr, /Cannot package Tandem for "nowhere": 7 placeholders have no value \(no .*\.env\.nowhere found\)/);
    });

    it('takes environment variables over the env file, and ignores blank values', async () => {
      await writeFile(join(dir, '.env.sample'), envFile({ ...SAMPLE, TAB_DOMAIN: 'from-file.example.com' }));
      const fromEnv = await loadEnvironment('sample', dir, { TAB_DOMAIN: 'from-env.example.com', BOT_APP_ID: '  ' });
      assert.equal(fromEnv.values.TAB_DOMAIN, 'from-env.example.com');
      assert.equal(fromEnv.values.BOT_APP_ID, SAMPLE.BOT_APP_ID);
    });
  });

  describe('Agents Toolkit project files', () => {
    const text = (path: string) => readFileSync(file(path), 'utf8');
    const declared = (path: string) => new Set([...text(path).matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]));

    it('env/.env.dev and env/.env.local declare every manifest placeholder, and hold no secrets', () => {
      for (const env of ['env/.env.dev', 'env/.env.local']) {
        const names = declared(env);
        for (const name of PLACEHOLDERS) assert.ok(names.has(name), `${env} does not declare ${name}`);
        assert.doesNotMatch(text(env), /SECRET_|PASSWORD|^[A-Z_]*KEY=\S/m, env);
      }
    });

    it('env/azure.parameters.json covers the required parameters of infra/main.bicep with declared values', () => {
      const parameters = JSON.parse(text('env/azure.parameters.json')).parameters as Record<string, unknown>;
      for (const required of ['botAppId', 'botTenantId', 'allowedTenantIds', 'ssoAudience']) assert.ok(required in parameters, required);
      const bicepParams = new Set([...text('infra/main.bicep').matchAll(/^param (\w+)/gm)].map((m) => m[1]));
      for (const name of Object.keys(parameters)) assert.ok(bicepParams.has(name), `infra/main.bicep has no parameter ${name}`);
      const names = declared('env/.env.dev');
      for (const [, name] of text('env/azure.parameters.json').matchAll(/\$\{\{(\w+)\}\}/g)) assert.ok(names.has(name!), `env/.env.dev does not declare ${name}`);
    });

    it('m365agents.yml and m365agents.local.yml point at files that exist', () => {
      for (const yml of ['m365agents.yml', 'm365agents.local.yml']) {
        const paths = [...text(yml).matchAll(/^\s*-?\s*(?:path|manifestPath|parameters|ignoreFile):\s*(\.\/\S+)\s*$/gm)].map((m) => m[1]!);
        assert.ok(paths.length >= 2, yml);
        for (const path of paths) assert.ok(existsSync(file(path)), `${yml}: ${path} does not exist`);
        assert.match(text(yml), /^version: v1\.\d+$/m);
      }
    });
  });
});
