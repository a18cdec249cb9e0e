import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { Server as TlsServer } from 'node:tls';

/** HTTP requests that reached the local Cosmos server, by what they were. */
export interface WireCounts {
  /** Query plan requests the SDK sends before a query. */
  plan: number;
  query: number;
  /** GETs: point reads and SDK metadata reads. */
  read: number;
  write: number;
}

const CHANNEL = 'http.server.request.start';

const classify = (req: IncomingMessage): keyof WireCounts => {
  if (req.headers['x-ms-cosmos-is-query-plan-request'] !== undefined) return 'plan';
  if (req.headers['x-ms-documentdb-isquery'] !== undefined) return 'query';
  return req.method === 'GET' || req.method === 'HEAD' ? 'read' : 'write';
};

/**
 * Counts the requests the in-process local Cosmos server receives (the only HTTPS server in the
 * process), without touching src/. Shows what a "round trip" costs on the wire, e.g. a query plan.
 */
export class CosmosWireCounter {
  private readonly counts: WireCounts = { plan: 0, query: 0, read: 0, write: 0 };
  private readonly listener = (message: unknown): void => {
    const { request, server } = message as { request: IncomingMessage; server: unknown };
    if (server instanceof TlsServer) this.counts[classify(request)]++;
  };

  constructor() {
    subscribe(CHANNEL, this.listener);
  }

  snapshot(): WireCounts {
    return { ...this.counts };
  }

  static diff(after: WireCounts, before: WireCounts): WireCounts {
    return { plan: after.plan - before.plan, query: after.query - before.query, read: after.read - before.read, write: after.write - before.write };
  }

  static total(c: WireCounts): number {
    return c.plan + c.query + c.read + c.write;
  }

  close(): void {
    unsubscribe(CHANNEL, this.listener);
  }
}
