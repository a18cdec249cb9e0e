import { containerDefinition } from '../cosmos/container-definition.js';

/** The shared goal containers: readable by every OKR module, reached with the goals identity. */
export const GOAL_CONTAINERS = {
  okrs: containerDefinition('okrs', ['/description/?', '/reflection/?', '/note/?', '/blockers/?']),
  directory: containerDefinition('directory'),
} as const;
