/** What the review-cycle end-to-end run types and then looks for (shared by its scenario and its mocha test). */
export const SCREENSHOT_PREFIX = 'e2e-review-';

export const CYCLE = 'Engineering leads review';
export const SELF_ANSWER = 'Shipped offline sync for the mobile app and grew the team to five.';
export const PRIYA_ANSWER = 'Tom made the shared release train work for both teams.';
export const LENA_ANSWER = 'Tom reviews cross-team designs quickly and kindly.';
export const MANAGER_COMMENT = 'Delivered offline sync on time with a team that doubled.';
export const MANAGER_SUMMARY = 'A strong half: steady delivery and a healthier, bigger mobile team.';
export const CALIBRATION_REASON = 'Cross-team release work confirmed by the platform lead.';
export const ACK_COMMENT = 'Thanks, agreed on the hiring goals.';
