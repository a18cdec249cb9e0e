/**
 * Runs a Node script inside a fresh network namespace that has nothing but loopback, so the Agents
 * Playground (which probes DNS and 169.254.169.254 even with telemetry off), the bot server, the test
 * driver and Chromium can talk to each other on 127.0.0.1 and to nothing else.
 *
 *   unshare --net --pid --fork --mount-proc -- sh -c 'ip link set lo up && exec "$0" "$@"' \
 *     node --experimental-websocket --import tsx <script> <args...>
 *
 * The PID namespace is for cleanup: the script is its PID 1, so when it ends (or is killed on a
 * timeout) the kernel kills everything it started (the Playground, Chromium) with it.
 *
 * The script prints one JSON line last (use `runScenario` below); `runInNetworkNamespace` returns it.
 * There is no fallback: when `unshare` is not permitted it throws, it never runs in the host namespace.
 */
import { spawn, spawnSync } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { REPO_ROOT } from './playground-config.js';

export interface NamespaceRunOptions {
  /** Kill the whole namespace after this long. Default 180 s. */
  readonly timeoutMs?: number;
  /** Extra environment for the script (proxy variables are always removed). */
  readonly env?: Record<string, string>;
  /** Working directory; default the repo root. */
  readonly cwd?: string;
  /** Extra `node` flags, after the defaults (`--experimental-websocket --import tsx`). */
  readonly nodeArgs?: readonly string[];
  /** Copy the script's stderr to ours as it runs (also on with PLAYGROUND_VERBOSE=1). */
  readonly echoStderr?: boolean;
}

export interface NamespaceRunResult<T> {
  readonly result: T;
  readonly stdout: string;
  readonly stderr: string;
  readonly durationMs: number;
}

export class NamespaceUnavailableError extends Error {
  override readonly name = 'NamespaceUnavailableError';
}

export class ScenarioFailedError extends Error {
  override readonly name = 'ScenarioFailedError';
  constructor(
    message: string,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(message);
  }
}

const PROXY_VARS = ['HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'all_proxy', 'no_proxy'];
/** Set inside the namespace by the runner (informational; `assertLoopbackOnlyNetwork` checks the real thing). */
export const NETNS_ENV = 'TANDEM_LOOPBACK_NETNS';

/** Null when this process can only reach loopback; otherwise what is wrong. */
export function loopbackOnlyProblem(): string | null {
  const interfaces = networkInterfaces();
  const outside = Object.entries(interfaces).flatMap(([name, addresses]) => (addresses ?? []).filter((a) => !a.internal).map((a) => `${name} ${a.address}`));
  if (outside.length > 0) return `this process can reach non-loopback interfaces (${outside.join(', ')}): it is not in a loopback-only network namespace`;
  const hasLoopback = Object.values(interfaces).some((addresses) => (addresses ?? []).some((a) => a.internal && a.address === '127.0.0.1'));
  if (!hasLoopback) return 'loopback is down in this network namespace (run `ip link set lo up` first)';
  return null;
}

/** Throws unless this process is in a network namespace that has only loopback (used before starting the Playground or Chromium). */
export function assertLoopbackOnlyNetwork(what = 'the Agents Playground'): void {
  const problem = loopbackOnlyProblem();
  if (problem) {
    throw new NamespaceUnavailableError(
      `Refusing to start ${what}: ${problem}. Run it through runInNetworkNamespace() (test/support/agents-playground/in-network-namespace.ts) or scripts/playground.sh.`,
    );
  }
}

let preflight: string | null | undefined;

/** Null when `unshare --net --pid` and `ip` work here; otherwise why not. Cached. */
export function namespaceProblem(): string | null {
  if (preflight !== undefined) return preflight;
  const probe = spawnSync('unshare', ['--net', '--pid', '--fork', '--mount-proc', '--', 'sh', '-c', 'command -v ip >/dev/null || { echo "ip (iproute2) is not installed: apt-get install -y iproute2" >&2; exit 97; }; ip link set lo up'], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  if (probe.error) preflight = `cannot run unshare: ${probe.error.message}`;
  else if (probe.status === 97) preflight = probe.stderr.trim();
  else if (probe.status !== 0) preflight = `unshare --net --pid is not permitted here (exit ${probe.status}: ${probe.stderr.trim()}); it needs root or CAP_SYS_ADMIN`;
  else preflight = null;
  return preflight;
}

/** Parses the last non-empty stdout line as JSON. A `{ "scenarioError": ... }` line becomes a thrown error. */
function parseResult<T>(stdout: string, stderr: string, exitCode: number | null, signal: string | null): T {
  const lines = stdout.split('\n').filter((l) => l.trim() !== '');
  const last = lines.at(-1);
  const tail = (s: string) => s.split('\n').slice(-60).join('\n');
  let parsed: unknown;
  try {
    parsed = last === undefined ? undefined : JSON.parse(last);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined) {
    throw new ScenarioFailedError(`The namespace script ended (exit ${exitCode ?? signal}) without a JSON result line.\n--- stdout (tail)\n${tail(stdout)}\n--- stderr (tail)\n${tail(stderr)}`, stdout, stderr);
  }
  if (parsed && typeof parsed === 'object' && 'scenarioError' in parsed) {
    const error = (parsed as { scenarioError: { message?: string; stack?: string } }).scenarioError;
    throw new ScenarioFailedError(`${error.stack ?? error.message ?? 'scenario failed'}\n--- stderr (tail)\n${tail(stderr)}`, stdout, stderr);
  }
  return parsed as T;
}

/**
 * Runs `node --experimental-websocket --import tsx <script> <args>` in a new loopback-only network
 * namespace (and PID namespace) and returns the JSON the script printed last.
 */
export async function runInNetworkNamespace<T = unknown>(script: string, args: readonly string[] = [], options: NamespaceRunOptions = {}): Promise<NamespaceRunResult<T>> {
  const problem = namespaceProblem();
  if (problem) {
    throw new NamespaceUnavailableError(`Cannot create a loopback-only network namespace: ${problem}. The Agents Playground must not run in the host namespace, so the run is refused.`);
  }
  const cwd = options.cwd ?? REPO_ROOT;
  const scriptPath = isAbsolute(script) ? script : resolve(cwd, script);
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, [NETNS_ENV]: '1' };
  for (const name of PROXY_VARS) delete env[name];
  const nodeArgs = ['--experimental-websocket', '--disable-warning=ExperimentalWarning', '--import', 'tsx', ...(options.nodeArgs ?? [])];
  const echo = options.echoStderr ?? process.env.PLAYGROUND_VERBOSE === '1';
  const timeoutMs = options.timeoutMs ?? 180_000;
  const started = performance.now();

  const child = spawn('unshare', ['--net', '--pid', '--fork', '--mount-proc', '--', 'sh', '-c', 'ip link set lo up && exec "$0" "$@"', process.execPath, ...nodeArgs, scriptPath, ...args], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    if (echo) process.stderr.write(chunk);
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    // unshare's process group: unshare, and through the PID namespace everything inside it.
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, timeoutMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done, fail) => {
    child.on('error', fail);
    child.on('close', (c, s) => done([c, s]));
  }).finally(() => clearTimeout(timer));
  if (timedOut) {
    throw new ScenarioFailedError(`The namespace script ${script} timed out after ${timeoutMs} ms and was killed.\n--- stderr (tail)\n${stderr.split('\n').slice(-60).join('\n')}`, stdout, stderr);
  }
  const result = parseResult<T>(stdout, stderr, code, signal);
  return { result, stdout, stderr, durationMs: Math.round(performance.now() - started) };
}

/**
 * The scenario side: refuses to run outside a loopback-only namespace, runs `main(args)`, prints its
 * result as the last stdout line (or `{ "scenarioError": ... }`), then exits, which, as PID 1 of the
 * namespace, also ends everything it started.
 */
export function runScenario<T>(main: (args: string[]) => Promise<T>): void {
  const finish = (line: unknown, code: number) => {
    process.stdout.write(`\n${JSON.stringify(line)}\n`, () => process.exit(code));
  };
  Promise.resolve()
    .then(() => {
      assertLoopbackOnlyNetwork('this scenario');
      return main(process.argv.slice(2));
    })
    .then(
      (result) => finish(result ?? null, 0),
      (error: unknown) => {
        const e = error instanceof Error ? error : new Error(String(error));
        finish({ scenarioError: { message: e.message, stack: e.stack } }, 1);
      },
    );
}

// As a command, from the host namespace: runs a scenario script in a fresh namespace and prints its JSON.
//   node --import tsx test/support/agents-playground/in-network-namespace.ts <script.ts> [args...]
if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const [script, ...rest] = process.argv.slice(2);
  if (!script) {
    process.stderr.write('usage: in-network-namespace.ts <script.ts> [args...]\n');
    process.exit(2);
  }
  runInNetworkNamespace(script, rest, { echoStderr: true, cwd: process.cwd() }).then(
    ({ result, durationMs }) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n(${durationMs} ms)\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
