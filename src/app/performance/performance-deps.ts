import type { Clock } from '../ports/clock.js';
import type { DirectoryRepository } from '../ports/directory-repository.js';
import type { GoalsRepository } from '../ports/goals-repository.js';
import type { IdGenerator } from '../ports/id-generator.js';
import type { AuditLog } from './ports/audit-log.js';
import type { DevelopmentPlanRepository } from './ports/development-plan-repository.js';
import type { FeedbackRepository } from './ports/feedback-repository.js';
import type { OneOnOneRepository } from './ports/one-on-one-repository.js';
import type { ReviewRepository } from './ports/review-repository.js';

/**
 * What performance-management use cases may touch: the restricted repositories, the directory, and
 * the goals store read-only (a review freezes OKR context; it never writes goals).
 */
export interface PerformanceDeps {
  readonly directory: DirectoryRepository;
  readonly goals: Pick<GoalsRepository, 'listCycles' | 'getCycle' | 'listAllObjectives' | 'listCheckIns'>;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly audit: AuditLog;
  readonly feedback: FeedbackRepository;
  readonly oneOnOnes: OneOnOneRepository;
  readonly developmentPlans: DevelopmentPlanRepository;
  readonly reviews: ReviewRepository;
}
