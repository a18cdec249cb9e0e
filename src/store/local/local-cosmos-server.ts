import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { createHttpsServer } from '@vercel/cosmosdb-server';
import selfsigned from 'selfsigned';

/** The well-known Cosmos emulator key; the local server accepts any key, this one documents intent. */
export const LOCAL_COSMOS_KEY = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

export interface LocalCosmosServer {
  readonly endpoint: string;
  readonly key: string;
  /** Trusts only this server's certificate; keep-alive makes the local server about 3x faster. */
  readonly agent: https.Agent;
  /** Called after every request that may have changed data (anything but GET/HEAD). */
  onWrite(listener: () => void): void;
  close(): Promise<void>;
}

/**
 * Starts the local Cosmos-compatible server on 127.0.0.1. Its bundled certificate expired in 2021,
 * so a fresh one for localhost/127.0.0.1 is made at every start and trusted through a scoped agent
 * (never by turning TLS checks off process-wide).
 */
export async function startLocalCosmosServer(port = 0): Promise<LocalCosmosServer> {
  const notBefore = new Date(Date.now() - 60_000);
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: notBefore,
    notAfterDate: new Date(notBefore.getTime() + 30 * 24 * 3600_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  const server = createHttpsServer({ cert: pems.cert, key: pems.private, keepAlive: true } as https.ServerOptions);
  const writeListeners: (() => void)[] = [];
  server.on('request', (req, res) => {
    // Queries travel as POSTs too; only real writes should schedule a snapshot.
    const isQuery = req.headers['x-ms-documentdb-isquery'] !== undefined || req.headers['x-ms-cosmos-is-query-plan-request'] !== undefined;
    if (req.method !== 'GET' && req.method !== 'HEAD' && !isQuery) res.on('finish', () => writeListeners.forEach((l) => l()));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actualPort } = server.address() as AddressInfo;
  const agent = new https.Agent({ ca: pems.cert, keepAlive: true, maxSockets: 64 });
  return {
    endpoint: `https://127.0.0.1:${actualPort}/`,
    key: LOCAL_COSMOS_KEY,
    agent,
    onWrite: (listener) => writeListeners.push(listener),
    close: async () => {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
