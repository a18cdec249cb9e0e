import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JWK } from 'jose';

/** A JWKS endpoint on 127.0.0.1 serving `/tenants/{tenantId}/keys`, recording which tenants were asked for. */
export interface LoopbackJwksServer {
  urlForTenant(tenantId: string): URL;
  /** Tenant ids in request order, one entry per HTTP request. */
  readonly requestedTenants: string[];
  close(): Promise<void>;
}

/** `keysForTenant` returning undefined makes the server answer 503 for that tenant. */
export async function startLoopbackJwksServer(
  keysForTenant: (tenantId: string) => JWK[] | undefined,
): Promise<LoopbackJwksServer> {
  const requestedTenants: string[] = [];
  const server = createServer((request, response) => {
    const match = /^\/tenants\/([^/]+)\/keys$/.exec(request.url ?? '');
    if (match?.[1] === undefined) {
      response.writeHead(404).end();
      return;
    }
    const tenantId = decodeURIComponent(match[1]);
    requestedTenants.push(tenantId);
    const keys = keysForTenant(tenantId);
    if (keys === undefined) {
      response.writeHead(503).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    urlForTenant: (tenantId) => new URL(`http://127.0.0.1:${port}/tenants/${encodeURIComponent(tenantId)}/keys`),
    requestedTenants,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // fetch keeps connections alive; drop them so close() does not wait for their idle timeout.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
