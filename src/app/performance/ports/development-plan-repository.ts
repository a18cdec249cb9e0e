/** Development plans, one per person, on the restricted review containers. */
export interface DevelopmentPlanRepository {}
