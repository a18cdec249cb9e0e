import type { OkrDeps } from '../okr/okr-deps.js';
import type { PerformanceDeps } from '../performance/performance-deps.js';
import type { MeetingParticipants } from './ports/meeting-participants.js';

/**
 * What the side panel's use cases may use: the OKR deps, the meeting roster, and performance
 * management's deps, which they only ever hand to performance management's own use cases (each
 * checks the access policy and writes the audit record). The stage gets StageDeps instead.
 */
export interface SidePanelDeps {
  readonly okr: OkrDeps;
  readonly performance: PerformanceDeps;
  readonly participants: MeetingParticipants;
}
