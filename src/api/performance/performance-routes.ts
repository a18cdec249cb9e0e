import type { PerformanceDeps } from '../../app/performance/performance-deps.js';
import type { Route } from '../http/api-types.js';
import { auditRoutes } from './audit-routes.js';

/** Every route that touches restricted data; only these are handed the performance deps. */
export function performanceRoutes(deps: PerformanceDeps): Route[] {
  return [...auditRoutes(deps)];
}
