/**
 * Tandem's expectations of its templates, taken from the code where the code is the source of
 * truth: the container lists and their index exclusions come from the store's container
 * definitions, so renaming a container or adding an unindexed long-text field in TypeScript
 * fails the infra test until the Bicep follows.
 */
import type { ContainerDefinition } from '@azure/cosmos';
import { GOAL_CONTAINERS } from '../../src/store/goals/goal-containers.js';
import { REVIEW_CONTAINERS } from '../../src/store/reviews/review-containers.js';
import type { ContainerSpec, InfraPolicy } from './bicep-invariants.js';

function spec(definition: ContainerDefinition): ContainerSpec {
  return {
    id: definition.id ?? '',
    partitionKeyPaths: definition.partitionKey?.paths ?? [],
    excludedPaths: (definition.indexingPolicy?.excludedPaths ?? []).map((p) => p.path),
  };
}

export const TANDEM_INFRA_POLICY: InfraPolicy = {
  sharedContainers: Object.values(GOAL_CONTAINERS).map(spec),
  restrictedContainers: Object.values(REVIEW_CONTAINERS).map(spec),
  goalsIdentitySetting: 'GOALS_IDENTITY_CLIENT_ID',
  reviewsIdentitySetting: 'REVIEWS_IDENTITY_CLIENT_ID',
  // README "Configuration" (azure mode) plus the monitoring connection string.
  requiredAppSettings: [
    'TANDEM_MODE',
    'PORT',
    'COSMOS_ENDPOINT',
    'COSMOS_DATABASE',
    'GOALS_IDENTITY_CLIENT_ID',
    'REVIEWS_IDENTITY_CLIENT_ID',
    'BOT_APP_ID',
    'BOT_TENANT_ID',
    'ALLOWED_TENANT_IDS',
    'SSO_AUDIENCE',
    'SSO_CLIENT_ID',
    'STORAGE_QUEUE_ENDPOINT',
    'APPLICATIONINSIGHTS_CONNECTION_STRING',
  ],
  fixedAppSettings: { TANDEM_MODE: 'azure' },
  // src/config.ts refuses to start in azure mode with these set.
  forbiddenAppSettings: ['TANDEM_DEV_IDENTITY', 'TANDEM_DEFAULT_USER'],
};
