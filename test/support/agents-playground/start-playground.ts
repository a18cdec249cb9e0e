/**
 * Starts the Microsoft 365 Agents Playground (`@microsoft/m365agentsplayground`, the `agentsplayground`
 * CLI) pointed at a bot endpoint, inside the current loopback-only network namespace (it refuses to
 * start anywhere else: see in-network-namespace.ts).
 *
 * - `--disable-telemetry`, `TEAMSAPPTESTER_BROWSER=none` (no browser is opened);
 * - `--port 0` by default: a random free port (it also falls back to a random one when the asked port
 *   is taken); the port is read from its `Listening on N` line, which is the only thing it prints on a
 *   non-TTY stdout: everything else goes to its log file (M365_AGENTS_PLAYGROUND_LOGFILE, default
 *   ./devTools/m365agentsplayground.log, deleted at each start), so we give it a throwaway one;
 * - the config is `.m365agentsplayground.yml` at the repo root, passed by M365_AGENTS_PLAYGROUND_CONFIG_PATH;
 *   a bad config makes it log the reason and exit(1) right after `Listening on`, so we wait for the
 *   internal API to answer before returning.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertLoopbackOnlyNetwork } from './in-network-namespace.js';
import { PLAYGROUND_CONFIG_PATH } from './playground-config.js';

export interface StartPlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  readonly botEndpoint: string;
  /** 0 (default) = random free port; the Playground's own default is 56150. */
  readonly port?: number;
  /** Default: the committed `.m365agentsplayground.yml`. */
  readonly configPath?: string;
  /** msteams (default), emulator, webchat, directline. */
  readonly channelId?: string;
  /** Extra CLI flags (e.g. ['--delivery-mode', 'expectReplies']). */
  readonly extraArgs?: readonly string[];
  /** How long to wait for `Listening on N` and a working API. Default 30 s. */
  readonly startTimeoutMs?: number;
  /** Copy the Playground's stderr to ours. */
  readonly echoStderr?: boolean;
}

export interface RunningPlayground {
  /** http://127.0.0.1:<port>: the web UI at `/`, the internal API below it. */
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** Where the Playground's console output goes (its log file). */
  readonly logFile: string;
  /** Its log file so far, plus anything it wrote to stderr. */
  log(): Promise<string>;
  /** Kills its process group (SIGTERM, then SIGKILL after 3 s) and removes its temp folder. */
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);
export const PLAYGROUND_CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

export async function startPlayground(options: StartPlaygroundOptions): Promise<RunningPlayground> {
  assertLoopbackOnlyNetwork('the Agents Playground');
  const workDir = await mkdtemp(join(tmpdir(), 'tandem-playground-'));
  const logFile = join(workDir, 'devTools', 'm365agentsplayground.log');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TEAMSAPPTESTER_BROWSER: 'none',
    M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: options.configPath ?? PLAYGROUND_CONFIG_PATH,
    // Events recording (off by default) would write next to it, not into the repo.
    M365_AGENTS_PLAYGROUND_RECORDING_FILE: join(workDir, 'devTools', 'events_recording.log'),
  };
  for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'NODE_OPTIONS']) delete env[name];
  const args = [
    PLAYGROUND_CLI,
    'start',
    '--app-endpoint',
    options.botEndpoint,
    '--port',
    String(options.port ?? 0),
    '--channel-id',
    options.channelId ?? 'msteams',
    '--disable-telemetry',
    ...(options.extraArgs ?? []),
  ];
  const child = spawn(process.execPath, args, { cwd: workDir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const pid = child.pid;
  if (pid === undefined) throw new Error('Could not start the Agents Playground');
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => {
    stderr += c;
    if (options.echoStderr) process.stderr.write(c);
  });

  const log = async () => {
    const file = await readFile(logFile, 'utf8').catch(() => '(no log file)');
    return `${file}${stderr ? `\n--- stderr\n${stderr}` : ''}${stdout ? `\n--- stdout\n${stdout}` : ''}`;
  };
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-pid, 'SIGTERM');
        } catch {
          /* gone */
        }
        const killer = setTimeout(() => {
          try {
            process.kill(-pid, 'SIGKILL');
          } catch {
            /* gone */
          }
        }, 3000);
        await exited(child);
        clearTimeout(killer);
      }
      await rm(workDir, { recursive: true, force: true });
    })());
  const fail = async (why: string): Promise<never> => {
    const text = await log();
    await stop();
    throw new Error(`Agents Playground ${why}.\n--- Playground log\n${text}`);
  };

  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  let port: number | undefined;
  while (port === undefined) {
    const m = /Listening on (\d+)/.exec(stdout);
    if (m) port = Number(m[1]);
    else if (child.exitCode !== null || child.signalCode !== null) return fail(`exited (${child.exitCode ?? child.signalCode}) before listening`);
    else if (Date.now() > deadline) return fail('did not print "Listening on N" in time');
    else await sleep(50);
  }
  const url = `http://127.0.0.1:${port}`;
  // The backend (and the config file) is loaded just after `Listening on`; a bad config exits then.
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) return fail(`exited (${child.exitCode ?? child.signalCode}) after listening on ${port}: usually a config error`);
    const ok = await fetch(`${url}/_internal/v1/testConfig`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) return fail(`listened on ${port} but its API did not answer in time`);
    await sleep(50);
  }
  return { url, port, pid, logFile, log, stop };
}
