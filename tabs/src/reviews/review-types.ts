/**
 * The review-cycle API as the tab reads it: the contract's own types, imported as types only, so the
 * tab and the server cannot drift apart and no server code reaches the bundle.
 */
export type * from '../../../src/app/performance/reviews/review-views.js';
