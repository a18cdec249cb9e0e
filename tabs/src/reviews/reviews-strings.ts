/** Strings of the Reviews area shell; each part of the area keeps its strings beside it in reviews/strings/. */
export const reviewsStrings = {
  nav: { reviews: 'Reviews' },
  sections: { mine: 'My reviews', team: 'My team', feedback: 'Feedback', growth: 'Development plan', cycles: 'Cycles', calibration: 'Calibration', analytics: 'Analytics', privacy: 'Privacy' },
  confidential: 'Confidential: visible to you, your manager chain and HR only.',
};
