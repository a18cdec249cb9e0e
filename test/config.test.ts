import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ConfigError, loadConfig } from '../src/config.js';

const run = promisify(execFile);
const GUID = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const validAzure = {
  TANDEM_MODE: 'azure',
  COSMOS_ENDPOINT: 'https://tandem.documents.azure.com:443/',
  GOALS_IDENTITY_CLIENT_ID: GUID(1),
  REVIEWS_IDENTITY_CLIENT_ID: GUID(2),
  BOT_APP_ID: GUID(3),
  BOT_TENANT_ID: GUID(4),
  ALLOWED_TENANT_IDS: `${GUID(4)}, ${GUID(5)}`,
  SSO_AUDIENCE: `api://tandem.example/${GUID(3)}`,
  SSO_CLIENT_ID: GUID(6),
  STORAGE_QUEUE_ENDPOINT: 'https://tandemq.queue.core.windows.net',
  WEBSITE_HOSTNAME: 'tandem-web.azurewebsites.net',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return [...error.problems];
  }
  assert.fail('expected the configuration to be refused');
}

describe('configuration', () => {
  it('defaults to local mode on 127.0.0.1:3978 with data under .data', () => {
    const config = loadConfig({});
    assert.equal(config.mode, 'local');
    assert.equal(config.port, 3978);
    assert.equal(config.host, '127.0.0.1');
    assert.ok(config.mode === 'local' && config.dataDir === '.data' && config.seed && config.persist);
  });

  it('reads PORT and treats blank values as unset', () => {
    assert.equal(loadConfig({ PORT: '4100' }).port, 4100);
    assert.equal(loadConfig({ PORT: '  ' }).port, 3978);
  });

  it('parses a complete azure configuration', () => {
    const config = loadConfig(validAzure);
    assert.equal(config.mode, 'azure');
    assert.ok(config.mode === 'azure');
    assert.deepEqual(config.allowedTenantIds, [GUID(4), GUID(5)]);
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.publicBaseUrl, 'https://tandem-web.azurewebsites.net');
    const { WEBSITE_HOSTNAME: _, ...withoutHost } = validAzure;
    assert.ok(problemsOf(withoutHost).some((p) => p.startsWith('PUBLIC_BASE_URL')));
  });

  it('lists every missing azure setting in one message', () => {
    const problems = problemsOf({ TANDEM_MODE: 'azure' });
    for (const key of ['COSMOS_ENDPOINT', 'GOALS_IDENTITY_CLIENT_ID', 'REVIEWS_IDENTITY_CLIENT_ID', 'BOT_APP_ID', 'BOT_TENANT_ID', 'ALLOWED_TENANT_IDS', 'SSO_AUDIENCE', 'SSO_CLIENT_ID', 'STORAGE_QUEUE_ENDPOINT']) {
      assert.ok(problems.some((p) => p.startsWith(`${key} is required`)), `${key} missing from ${problems.join('; ')}`);
    }
  });

  it('refuses a dev identity, an empty bot app id or an empty tenant allow-list in azure mode', () => {
    assert.ok(problemsOf({ ...validAzure, TANDEM_DEV_IDENTITY: 'true' }).some((p) => p.startsWith('TANDEM_DEV_IDENTITY')));
    assert.ok(problemsOf({ ...validAzure, TANDEM_DEFAULT_USER: 'someone' }).some((p) => p.startsWith('TANDEM_DEFAULT_USER')));
    assert.ok(problemsOf({ ...validAzure, BOT_APP_ID: '' }).some((p) => p.startsWith('BOT_APP_ID is required')));
    assert.ok(problemsOf({ ...validAzure, ALLOWED_TENANT_IDS: ' , ' }).some((p) => p.startsWith('ALLOWED_TENANT_IDS')));
  });

  it('reads the send pipeline settings with Teams-safe defaults and limits', () => {
    const config = loadConfig({});
    assert.deepEqual(config.notifications, { enabled: true, ratePerTenant: 25, ratePerConversation: 7, maxAttempts: 8, workers: 2, tickSeconds: 60, queueName: 'tandem-send' });
    assert.ok(problemsOf({ SEND_RATE_PER_TENANT: '80' }).some((p) => p.startsWith('SEND_RATE_PER_TENANT')));
    assert.ok(problemsOf({ SEND_RATE_PER_CONVERSATION: '8' }).some((p) => p.startsWith('SEND_RATE_PER_CONVERSATION')));
    assert.ok(problemsOf({ SEND_QUEUE_NAME: 'Bad_Name' }).some((p) => p.startsWith('SEND_QUEUE_NAME')));
  });

  it('drafts offline locally, is off in azure unless configured, and needs endpoint and deployment for Azure OpenAI', () => {
    assert.deepEqual(loadConfig({}).aiDrafting, { provider: 'offline' });
    assert.deepEqual(loadConfig(validAzure).aiDrafting, { provider: 'off' });
    assert.deepEqual(loadConfig({ AI_DRAFTING: 'off' }).aiDrafting, { provider: 'off' });
    assert.ok(problemsOf({ ...validAzure, AI_DRAFTING: 'azure-openai' }).some((p) => p.startsWith('AZURE_OPENAI_ENDPOINT is required')));
    const ai = loadConfig({ ...validAzure, AI_DRAFTING: 'azure-openai', AZURE_OPENAI_ENDPOINT: 'https://tandem.openai.azure.com/', AZURE_OPENAI_DEPLOYMENT: 'gpt-4o-mini' }).aiDrafting;
    assert.deepEqual(ai, { provider: 'azure-openai', endpoint: 'https://tandem.openai.azure.com/', deployment: 'gpt-4o-mini', timeoutMs: 15000 });
  });

  it('refuses malformed values with the setting named', () => {
    assert.ok(problemsOf({ PORT: 'abc' }).some((p) => p.startsWith('PORT:')));
    assert.ok(problemsOf({ TANDEM_MODE: 'prod' }).some((p) => p.startsWith('TANDEM_MODE')));
    assert.ok(problemsOf({ ...validAzure, COSMOS_ENDPOINT: 'http://insecure' }).some((p) => p.startsWith('COSMOS_ENDPOINT')));
    assert.ok(problemsOf({ ...validAzure, BOT_APP_ID: 'not-a-guid' }).some((p) => p.startsWith('BOT_APP_ID')));
    assert.ok(problemsOf({ ...validAzure, REVIEWS_IDENTITY_CLIENT_ID: GUID(1) }).some((p) => p.startsWith('REVIEWS_IDENTITY_CLIENT_ID')));
  });

  it('the built server exits with the readable list when azure settings are missing', async function () {
    this.timeout(60_000);
    await run('node', ['scripts/build.mjs']);
    const env = { PATH: process.env.PATH ?? '', TANDEM_MODE: 'azure', BOT_APP_ID: GUID(3) };
    const outcome = await run('node', ['dist/server/main.js'], { env }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    assert.equal(outcome.code, 1);
    assert.match(outcome.stderr, /Tandem cannot start; fix these settings:/);
    assert.match(outcome.stderr, /COSMOS_ENDPOINT is required/);
    assert.match(outcome.stderr, /ALLOWED_TENANT_IDS is required/);
    assert.doesNotMatch(outcome.stderr, /BOT_APP_ID/);
  });
});
