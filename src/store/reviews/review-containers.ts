import { containerDefinition } from '../cosmos/container-definition.js';

/**
 * The restricted review containers: reached only with the reviews identity, and only from the
 * performance-management modules (the boundary check enforces who may import this folder).
 */
export const REVIEW_CONTAINERS = {
  reviews: containerDefinition('reviews', ['/comments/?', '/privateNotes/?']),
  feedback: containerDefinition('feedback', ['/answers/?', '/text/?']),
  conversations: containerDefinition('conversations', ['/notes/?', '/privateNotes/?']),
  audit: containerDefinition('audit'),
} as const;
