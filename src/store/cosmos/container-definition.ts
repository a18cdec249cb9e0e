import type { ContainerDefinition } from '@azure/cosmos';
import { PARTITION_KEY_PATH } from './partition-keys.js';

/** A container with the `/pk` key and an index that skips the given long text fields. */
export function containerDefinition(id: string, unindexedPaths: readonly string[] = []): ContainerDefinition {
  return {
    id,
    partitionKey: { paths: [PARTITION_KEY_PATH] },
    indexingPolicy: {
      indexingMode: 'consistent',
      automatic: true,
      includedPaths: [{ path: '/*' }],
      excludedPaths: [{ path: '/"_etag"/?' }, ...unindexedPaths.map((path) => ({ path }))],
    },
  };
}
