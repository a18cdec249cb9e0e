/**
 * The verbs of Tandem's Adaptive Card actions (Action.Execute `verb`, repeated as `data.verb` for
 * hosts that send Action.Submit). Cards name them from here; bot/verb-table.ts maps each to one
 * handler, and its type makes a verb without a handler a compile error.
 */
export const VERB = {
  checkinSubmit: 'checkin.submit',
  checkinNoChange: 'checkin.nochange',
  checkinSnooze: 'checkin.snooze',
  checkinRefresh: 'checkin.refresh',
  settingsSave: 'settings.save',
  settingsReset: 'settings.reset',
  feedbackRespond: 'feedback.respond',
  feedbackRefresh: 'feedback.refresh',
  reviewRespond: 'review.respond',
  reviewSave: 'review.save',
  reviewRefresh: 'review.refresh',
} as const;

export type Verb = (typeof VERB)[keyof typeof VERB];

export const VERBS: readonly Verb[] = Object.values(VERB);

export const isVerb = (value: unknown): value is Verb => typeof value === 'string' && (VERBS as readonly string[]).includes(value);
