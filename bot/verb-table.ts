import { checkinNoChange, checkinRefresh, checkinSnooze, checkinSubmit } from './verbs/checkin-verbs.js';
import { settingsReset, settingsSave } from './verbs/settings-verbs.js';
import { feedbackRefresh, feedbackRespond } from './performance/verbs/feedback-verbs.js';
import { reviewRefresh, reviewRespond, reviewSave } from './performance/verbs/review-verbs.js';
import type { VerbHandler } from './verbs/verb-kit.js';
import { isVerb, VERB, type Verb } from './verb-names.js';

/**
 * Every card verb and the one handler it runs. The mapped type makes a verb without a handler (or
 * a handler for an unknown verb) a compile error. Handlers answer with the card that replaces the
 * one acted on; they take the person from the verified activity and re-check every id in the data.
 */
export const VERB_TABLE: { readonly [V in Verb]: VerbHandler } = {
  [VERB.checkinSubmit]: checkinSubmit,
  [VERB.checkinNoChange]: checkinNoChange,
  [VERB.checkinSnooze]: checkinSnooze,
  [VERB.checkinRefresh]: checkinRefresh,
  [VERB.settingsSave]: settingsSave,
  [VERB.settingsReset]: settingsReset,
  [VERB.feedbackRespond]: feedbackRespond,
  [VERB.feedbackRefresh]: feedbackRefresh,
  [VERB.reviewRespond]: reviewRespond,
  [VERB.reviewSave]: reviewSave,
  [VERB.reviewRefresh]: reviewRefresh,
};

export const verbHandler = (verb: unknown): VerbHandler | null => (isVerb(verb) ? VERB_TABLE[verb] : null);

export { VERB, type Verb };
