import type https from 'node:https';
import { CosmosClient } from '@azure/cosmos';
import { ManagedIdentityCredential } from '@azure/identity';

export type CosmosAuth =
  | { readonly kind: 'local-key'; readonly key: string; readonly agent: https.Agent }
  | { readonly kind: 'managed-identity'; readonly clientId: string };

/**
 * One client per identity. In Azure the goals client and the reviews client use different managed
 * identities whose data roles are scoped to their own containers, so Azure itself keeps the wall.
 */
export function createCosmosClient(endpoint: string, auth: CosmosAuth): CosmosClient {
  if (auth.kind === 'local-key') {
    return new CosmosClient({ endpoint, key: auth.key, agent: auth.agent, connectionPolicy: { enableEndpointDiscovery: false } });
  }
  return new CosmosClient({ endpoint, aadCredentials: new ManagedIdentityCredential({ clientId: auth.clientId }) });
}
