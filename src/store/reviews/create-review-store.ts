import type { CosmosClient } from '@azure/cosmos';
import type { PerformanceDeps } from '../../app/performance/performance-deps.js';
import { CosmosAuditLog } from './cosmos-audit-log.js';
import { CosmosDevelopmentPlanRepository } from './cosmos-development-plan-repository.js';
import { CosmosFeedbackRepository } from './cosmos-feedback-repository.js';
import { CosmosOneOnOneRepository } from './cosmos-one-on-one-repository.js';
import { CosmosReviewRepository } from './cosmos-review-repository.js';
import { REVIEW_CONTAINERS } from './review-containers.js';

export type ReviewStore = Pick<PerformanceDeps, 'audit' | 'feedback' | 'oneOnOnes' | 'developmentPlans' | 'reviews'>;

/** The restricted repositories, all on the client of the reviews identity. */
export function createReviewStore(reviewsClient: CosmosClient, databaseId: string): ReviewStore {
  const database = reviewsClient.database(databaseId);
  const container = (definition: { id?: string }) => database.container(definition.id!);
  return {
    audit: new CosmosAuditLog(container(REVIEW_CONTAINERS.audit)),
    feedback: new CosmosFeedbackRepository(container(REVIEW_CONTAINERS.feedback)),
    oneOnOnes: new CosmosOneOnOneRepository(container(REVIEW_CONTAINERS.conversations)),
    developmentPlans: new CosmosDevelopmentPlanRepository(container(REVIEW_CONTAINERS.conversations)),
    reviews: new CosmosReviewRepository(container(REVIEW_CONTAINERS.reviews)),
  };
}
