/** What the tab reads from the API: the server's own types, imported as types only. */
export type { ObjectiveView, KeyResultView } from '../../../src/app/okr/objective-view.js';
export type { ObjectiveDetail, AlignmentLink } from '../../../src/app/okr/get-objective.js';
export type { AlignmentTreeView } from '../../../src/app/okr/get-alignment-tree.js';
export type { AlignmentNode } from '../../../src/domain/okr/alignment-tree.js';
export type { Cycle, CycleState } from '../../../src/domain/okr/cycle.js';
export type { CheckIn } from '../../../src/domain/okr/check-in.js';
export type { ObjectiveComment } from '../../../src/domain/okr/objective-comment.js';
export type { KeyResultSpec } from '../../../src/domain/okr/key-result.js';
export type { ObjectiveLevel, ObjectiveState } from '../../../src/domain/okr/objective.js';
export type { Person } from '../../../src/domain/people/person.js';
export type { Team } from '../../../src/domain/people/team.js';
export type { ParticipationInsights } from '../../../src/app/insights/get-participation.js';
export type { ProgressInsights } from '../../../src/app/insights/get-progress-insights.js';
export type { AtRiskInsights } from '../../../src/app/insights/get-at-risk.js';
export type { GradeInsights } from '../../../src/app/insights/get-grade-insights.js';
export type { DependencyInsights } from '../../../src/app/insights/get-dependency-health.js';
export type { ImportReport, ImportChange } from '../../../src/app/portability/import-cycle.js';
export type { ImportIssue } from '../../../src/domain/okr/portability/import-issues.js';

export interface Page<T> {
  readonly items: T[];
  readonly continuationToken?: string;
}

export interface DevUser {
  readonly id: string;
  readonly tenantId: string;
  readonly tenantName: string;
  readonly displayName: string;
  readonly jobTitle: string;
  readonly roles: string[];
}

export interface TabConfig {
  readonly mode: 'local' | 'azure';
  readonly ssoClientId?: string;
  readonly initiateLoginEndpoint?: string;
}
