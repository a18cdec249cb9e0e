import type { PerformanceDeps } from '../performance-deps.js';
import { seedDemoFeedback } from './demo-feedback.js';
import { seedDemoOneOnOnes } from './demo-one-on-ones.js';
import { seedDemoReviewCycle } from './demo-review-cycle.js';

/**
 * Seeds the demo tenants' performance-management data (a review cycle in progress, feedback,
 * 1:1s, development plans), once: each seeder skips what exists already.
 */
export async function seedPerformanceWorld(deps: PerformanceDeps): Promise<void> {
  await seedDemoReviewCycle(deps);
  await seedDemoOneOnOnes(deps);
  await seedDemoFeedback(deps);
}
