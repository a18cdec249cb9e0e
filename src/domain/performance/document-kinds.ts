/**
 * Every kind of confidential document (or section of one) that the access policy decides on.
 * A review packet is stored as one document but read section by section, so each section is a kind.
 */
export const DOCUMENT_KINDS = [
  // Review cycles
  'review-cycle',
  'self-review',
  'nomination',
  'peer-response',
  'manager-review',
  'manager-private-notes',
  'calibration',
  'compensation',
  'okr-context',
  'release',
  'acknowledgement',
  // Continuous feedback
  'feedback-private',
  'feedback-manager-only',
  'praise',
  'feedback-request',
  'feedback-response',
  // 1:1s and growth
  'one-on-one',
  'one-on-one-private-note',
  'development-plan',
  // Oversight
  'audit-trail',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const ACCESS_ACTIONS = ['read', 'write'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

/** Phases of a review cycle, in order. A packet released early is 'released' while its cycle is still calibrating. */
export const REVIEW_PHASES = ['draft', 'self', 'peer', 'manager', 'calibration', 'released', 'closed'] as const;
export type ReviewPhase = (typeof REVIEW_PHASES)[number];
