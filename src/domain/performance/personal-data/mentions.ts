/** Mentions shorter than this are not searched for: they would match inside ordinary words. */
const MIN_MENTION_LENGTH = 3;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with every mention of a person (any case) replaced; the same string when none occurs. */
export function cutMentions(text: string, mentions: readonly string[], replacement: string): string {
  let result = text;
  for (const mention of mentions) {
    const term = mention.trim();
    if (term.length >= MIN_MENTION_LENGTH) result = result.replace(new RegExp(escapeRegExp(term), 'gi'), replacement);
  }
  return result;
}
