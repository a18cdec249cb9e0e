import { mkdtemp, rm } from 'node:fs/promises';
import type { Container } from '@azure/cosmos';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTOSO, FABRIKAM, demoPersonId, demoTeamId, type DemoTenant } from '../../src/app/demo/demo-org.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startTandem, type RunningTandem } from '../../src/server.js';
import { TestClock } from './test-clock.js';

export interface ApiResponse<T = any> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

export interface RequestOptions {
  /** A demo person key ("priya") or a raw user id; the local dev identity header. */
  readonly as?: string;
  readonly tenant?: DemoTenant;
  readonly body?: unknown;
  /** Sent as-is instead of JSON.stringify(body). */
  readonly rawBody?: string;
  readonly headers?: Record<string, string>;
}

export interface TestTandem {
  readonly url: string;
  readonly tandem: RunningTandem;
  readonly clock: TestClock;
  readonly dataDir: string;
  /** The id of a seeded person by key, in Contoso unless another tenant is given. */
  person(key: string, tenant?: DemoTenant): string;
  team(key: string): string;
  request<T = any>(method: string, path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  /** The shared `directory` container, for stores the server does not expose (bot conversation references, notification settings). */
  directoryContainer(): Container;
  /** The id of a tenant's cycle by state (the seed makes one closed, one active, one planning in Contoso). */
  cycleId(state: 'closed' | 'active' | 'planning', as?: string, tenant?: DemoTenant): Promise<string>;
  close(): Promise<void>;
}

export { CONTOSO, FABRIKAM };

/**
 * Starts Tandem in-process on the real local Cosmos server with the demo world seeded, on a random
 * port, with a controllable clock and a throwaway data folder.
 */
export async function startTestTandem(env: Record<string, string> = {}, clock = new TestClock()): Promise<TestTandem> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tandem-test-'));
  // The send pipeline (and its Azurite) starts only for tests that ask for it.
  const config = loadConfig({ TANDEM_MODE: 'local', PORT: '0', TANDEM_DATA_DIR: dataDir, TANDEM_PERSIST: 'false', TANDEM_EXPOSE_TIMINGS: 'true', LOG_LEVEL: 'silent', NOTIFICATIONS_ENABLED: 'false', ...env });
  const tandem = await startTandem(config, { clock, logger: createLogger('silent') });
  const person = (key: string, tenant: DemoTenant = CONTOSO) => demoPersonId(tenant, key);
  const isKnownKey = (key: string, tenant: DemoTenant) => tenant.people.some((p) => p.key === key);

  const request = async <T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.as !== undefined) {
      const tenant = options.tenant ?? (isKnownKey(options.as, CONTOSO) ? CONTOSO : FABRIKAM);
      headers['x-tandem-user'] = isKnownKey(options.as, tenant) ? person(options.as, tenant) : options.as;
    }
    let body: string | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${tandem.url}${path.startsWith('/api') ? path : `/api/v1${path}`}`, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: keep the text so a test can show what came back.
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  };

  return {
    url: tandem.url,
    tandem,
    clock,
    dataDir,
    person,
    team: demoTeamId,
    request,
    directoryContainer: () => {
      // The directory repository keeps its container in a private field; tests reuse it rather than widen RunningTandem.
      const container = (tandem.okr.directory as unknown as { directory?: Container }).directory;
      if (!container) throw new Error('The directory repository does not expose its Cosmos container');
      return container;
    },
    cycleId: async (state, as = 'priya', tenant = CONTOSO) => {
      const cycles = await request<{ items: { id: string; state: string }[] }>('GET', '/cycles', { as, tenant });
      const cycle = cycles.body.items.find((c) => c.state === state);
      if (!cycle) throw new Error(`No ${state} cycle in ${tenant.name}`);
      return cycle.id;
    },
    close: async () => {
      await tandem.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
