import type { ContainerDefinition, CosmosClient, Database } from '@azure/cosmos';
import { GOAL_CONTAINERS } from '../goals/goal-containers.js';
import { REVIEW_CONTAINERS } from '../reviews/review-containers.js';

export const ALL_CONTAINERS: readonly ContainerDefinition[] = [...Object.values(GOAL_CONTAINERS), ...Object.values(REVIEW_CONTAINERS)];

/** Locally Tandem creates its own database and containers; in Azure the Bicep in infra/ does. */
export async function provisionContainers(client: CosmosClient, databaseId: string): Promise<Database> {
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  for (const definition of ALL_CONTAINERS) await database.containers.createIfNotExists(definition);
  return database;
}
