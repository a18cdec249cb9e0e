/**
 * Plain-language heuristics for the writing coach: word stems, title similarity, task verbs and
 * numbers. Deliberately small and predictable: every rule here has cases that must and must not
 * trigger in test/domain/okr/coach.
 */

const STOP_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'our', 'we', 'us', 'my', 'your',
  'is', 'are', 'be', 'it', 'its', 'from', 'that', 'this', 'so', 'as', 'into', 'than', 'every', 'all', 'more', 'i',
]);

/** A light suffix-stripping stemmer: enough to match "launch", "launches", "launched", "launching". */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ch|sh|x|ss|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4 && !w.endsWith('eed')) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  // "running" -> "runn" -> "run"; "planned" -> "plann" -> "plan"
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  // "make"/"making" -> "mak", "release"/"released" -> "releas"
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Lower-case words (letters and digits), in order. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The set of meaningful stems in a text: stop words dropped, the rest stemmed. */
export function stemSet(text: string): Set<string> {
  return new Set(words(text).filter((w) => !STOP_WORDS.has(w)).map(stem));
}

/** Jaccard similarity of two texts' stem sets, 0-1; 0 when either has no meaningful words. */
export function titleSimilarity(a: string, b: string): number {
  const left = stemSet(a);
  const right = stemSet(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const s of left) if (right.has(s)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/** Verbs that describe work to do rather than a result to reach (as stems). */
const TASK_VERBS = [
  'launch', 'build', 'hold', 'do', 'write', 'attend', 'create', 'implement', 'complete', 'finish', 'organise', 'organize',
  'host', 'run', 'conduct', 'develop', 'design', 'set', 'roll', 'migrate', 'deploy', 'publish', 'release', 'prepare',
  'draft', 'plan', 'ship', 'deliver', 'install', 'configure', 'document', 'meet', 'introduce', 'start', 'kick',
  'finalise', 'finalize', 'rewrite', 'redesign', 'refactor', 'send',
].map(stem);
const TASK_VERB_STEMS = new Set(TASK_VERBS);

/** Words people put in front of the verb that do not change what it says. */
const LEAD_INS = new Set(['successfully', 'fully', 'finally', 'to', 'we', 'will', 'i', 'should', 'must']);

/**
 * The task verb a key result starts with ("Launch the new pricing page" -> "Launch"), or null.
 * A title that states a change from one number to another is an outcome, whatever its first word
 * ("Build time from 20 to 5 minutes").
 */
export function leadingTaskVerb(title: string): string | null {
  // A share or an amount measures a result ("Deliver 95% of orders on time").
  if (describesChange(title) || /\d\s*%|[$€£¥]\s*\d/.test(title)) return null;
  const tokens = title.trim().split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < tokens.length - 1 && LEAD_INS.has(tokens[i]!.toLowerCase())) i += 1;
  const first = tokens[i];
  if (!first) return null;
  // Hyphenated words are nouns or adjectives here ("Launch-time work"), not the verb.
  const bare = first.replace(/[.,:;!?]+$/, '');
  if (!/^\p{L}+$/u.test(bare)) return null;
  return TASK_VERB_STEMS.has(stem(bare)) ? bare : null;
}

const NUMBER = String.raw`[$€£¥]?\d+(?:[.,]\d+)*`;
const FROM_TO = new RegExp(String.raw`\bfrom\s+${NUMBER}\s*(?:%|[a-z]{1,8})?\s+to\s+${NUMBER}`, 'i');

/** "from 32 to 45", "from $2M to $12M": a title that says how a number moves. */
export function describesChange(text: string): boolean {
  return FROM_TO.test(text);
}

export const hasDigit = (text: string): boolean => /\d/.test(text);

const METRIC_VERBS = new Set(
  ['increase', 'decrease', 'reduce', 'raise', 'grow', 'cut', 'reach', 'hit', 'achieve', 'improve', 'lower', 'boost', 'double', 'triple', 'get', 'drive', 'lift', 'sell', 'close', 'sign', 'win', 'acquire', 'add', 'save', 'generate', 'earn', 'hire'].map(stem),
);

/** Numbers that are not metrics: years (2026), quarters (Q3), halves (H1), fiscal years (FY27). */
const NOT_A_METRIC = /^(?:(?:19|20)\d{2}|q[1-4]|h[12]|fy\d{2,4})$/i;

/**
 * Whether an objective reads as a number rather than an aim: "Increase revenue by 20%",
 * "Reach $4M ARR", "NPS from 32 to 45", "99.9% availability". A year or a plain count in an
 * otherwise qualitative aim ("Be a top 3 vendor in DACH", "Ship the 2027 roadmap") does not count.
 */
export function readsAsNumber(title: string): boolean {
  if (describesChange(title)) return true;
  const tokens = title.trim().split(/\s+/).filter(Boolean);
  const numeric = tokens.filter((t) => {
    const bare = t.replace(/^[(]+|[.,;:!?)]+$/g, '');
    if (NOT_A_METRIC.test(bare)) return false;
    return /^[$€£¥]?\d/.test(bare);
  });
  if (numeric.length === 0) return false;
  const withUnit = numeric.some((t) => /^[$€£¥]|%|\d(?:k|m|bn|x|pts?)\b/i.test(t)) || /\d\s*(?:%|percent|points?\b)/i.test(title);
  const first = tokens[0]?.toLowerCase().replace(/[^\p{L}]/gu, '') ?? '';
  const startsWithMetricVerb = METRIC_VERBS.has(stem(first));
  // "NPS 45", "ARR $4M": little more than a metric and its value.
  const mostlyNumber = stemSet(title).size <= 3 && numeric.length > 0;
  return withUnit || startsWithMetricVerb || mostlyNumber;
}
