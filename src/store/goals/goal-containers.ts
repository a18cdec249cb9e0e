import { containerDefinition } from '../cosmos/container-definition.js';

/** The shared goal containers: readable by every OKR module, reached with the goals identity. */
export const GOAL_CONTAINERS = {
  okrs: containerDefinition('okrs', ['/description/?', '/reflection/?', '/note/?', '/blockers/?']),
  directory: containerDefinition('directory'),
  /** The send pipeline's ledger: enqueue claims, sent records, dead letters, throttle markers. */
  deliveries: containerDefinition('deliveries', ['/detail/?']),
} as const;
