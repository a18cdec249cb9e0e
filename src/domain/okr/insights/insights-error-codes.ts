/** Stable codes of the insights views; the API maps them to HTTP statuses. */
export const INSIGHTS_ERROR = {
  /** Neither an OKR admin nor a manager, or a manager asking for the whole tenant. */
  forbidden: 'INSIGHTS.FORBIDDEN',
  unknownTeam: 'INSIGHTS.UNKNOWN_TEAM',
  /** A team with nobody in the viewer's scope. */
  outOfScope: 'INSIGHTS.OUT_OF_SCOPE',
  unknownWeek: 'INSIGHTS.UNKNOWN_WEEK',
} as const;

export type InsightsErrorCode = (typeof INSIGHTS_ERROR)[keyof typeof INSIGHTS_ERROR];
