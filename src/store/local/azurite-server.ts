import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createConnection, createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { AZURITE_ACCOUNT_KEY, AZURITE_ACCOUNT_NAME } from '../queues/storage-send-queue.js';

export interface AzuriteQueueServer {
  /** http://127.0.0.1:<port>/devstoreaccount1 */
  readonly queueEndpoint: string;
  readonly accountName: string;
  readonly accountKey: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface AzuriteOptions {
  /** 0 (the default): a free port. */
  readonly port?: number;
  /**
   * Keep the queues under this folder (`<dataDir>/azurite`); absent: in memory only. Prefer a folder
   * for anything beyond a few thousand messages: Azurite 3.35's in-memory store stalls for a minute
   * and more when its garbage collector deletes the extents of some thousands of handled messages
   * (one scan per extent), while on disk it appends messages to a few large extents.
   */
  readonly dataDir?: string;
  readonly startTimeoutMs?: number;
}

/** The azurite-queue entry point of the pinned azurite package (no shell, no PATH lookup). */
function azuriteQueueScript(): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('azurite/package.json');
  const bin = (require(packageJson) as { bin: Record<string, string> }).bin['azurite-queue'];
  if (!bin) throw new Error('the azurite package has no azurite-queue binary');
  return join(dirname(packageJson), bin);
}

/** A free port on 127.0.0.1: listen on port 0, read it, let it go. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

async function startOnce(port: number, dataDir: string | undefined, timeoutMs: number): Promise<{ child: ChildProcess; output: () => string }> {
  const args = [azuriteQueueScript(), '--queueHost', '127.0.0.1', '--queuePort', String(port), '--skipApiVersionCheck', '--silent', '--disableTelemetry'];
  if (dataDir) {
    const location = join(dataDir, 'azurite');
    await mkdir(location, { recursive: true });
    args.push('--location', location);
  } else {
    args.push('--inMemoryPersistence');
  }
  // Its own process group, so stop() takes down anything it started too.
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`azurite-queue exited (${child.exitCode ?? child.signalCode}): ${output.trim()}`);
    if (await accepts(port)) return { child, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  killGroup(child, 'SIGKILL');
  throw new Error(`azurite-queue did not accept connections on 127.0.0.1:${port} within ${timeoutMs} ms: ${output.trim()}`);
}

/**
 * Starts Azurite's queue service as a child process on 127.0.0.1 (DESIGN §4): on a free port unless
 * one is given, in memory or under `dataDir`, telemetry off. stop() ends its process group.
 */
export async function startAzuriteQueue(options: AzuriteOptions = {}): Promise<AzuriteQueueServer> {
  const timeoutMs = options.startTimeoutMs ?? 20_000;
  let started: { child: ChildProcess; output: () => string } | null = null;
  let port = options.port ?? 0;
  let lastError: unknown;
  // A port picked free can be taken before Azurite binds it: try a few.
  for (let attempt = 0; attempt < (options.port ? 1 : 3) && !started; attempt++) {
    port = options.port || (await freePort());
    try {
      started = await startOnce(port, options.dataDir, timeoutMs);
    } catch (error) {
      lastError = error;
    }
  }
  if (!started) throw lastError instanceof Error ? lastError : new Error(String(lastError));
  const { child } = started;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // If this process ends without stop(), do not leave Azurite behind.
  const onExit = (): void => killGroup(child, 'SIGKILL');
  process.once('exit', onExit);
  child.unref();
  (child.stdout as { unref?: () => void } | null)?.unref?.();
  (child.stderr as { unref?: () => void } | null)?.unref?.();
  return {
    queueEndpoint: `http://127.0.0.1:${port}/${AZURITE_ACCOUNT_NAME}`,
    accountName: AZURITE_ACCOUNT_NAME,
    accountKey: AZURITE_ACCOUNT_KEY,
    port,
    stop: async () => {
      process.removeListener('exit', onExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}
