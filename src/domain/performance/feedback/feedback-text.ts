/** Limits on what people type; generous for prose, tight enough to keep documents and cards small. */
export const FEEDBACK_TEXT_MAX = 4000;
export const QUESTION_TEXT_MAX = 300;

/** Text as stored: trimmed, with Windows line breaks normalised. */
export const cleanText = (text: string): string => text.replace(/\r\n?/g, '\n').trim();
