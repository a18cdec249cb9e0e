import type { Clock } from '../ports/clock.js';
import type { DirectoryRepository } from '../ports/directory-repository.js';
import type { GoalsRepository } from '../ports/goals-repository.js';
import type { IdGenerator } from '../ports/id-generator.js';

/** What OKR use cases may touch. The review store is deliberately absent. */
export interface OkrDeps {
  readonly goals: GoalsRepository;
  readonly directory: DirectoryRepository;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}
