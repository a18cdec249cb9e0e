/**
 * Spreadsheet formula injection ("CSV injection"): a cell that starts with = + - @ (or a tab or a
 * carriage return, which some spreadsheets skip before looking) may be run as a formula when the
 * file is opened. Every text cell we export that starts with one of them is prefixed with a single
 * quote, the spreadsheet convention for "this is text".
 *
 * To keep the round trip lossless the prefix is reversible: text that itself starts with a quote is
 * prefixed too, and the importer removes exactly one leading quote from every text cell. Numbers
 * are not text: they are written as numbers (XLSX) or as plain number literals (CSV, e.g. -5,
 * which spreadsheets read as the number it is), and a quote before a number is ignored on import.
 */
const NEEDS_PREFIX = /^[=+\-@\t\r']/;

export const QUOTE_PREFIX = "'";

/** The text as it is safe to put in an exported cell. */
export const neutralise = (text: string): string => (NEEDS_PREFIX.test(text) ? `${QUOTE_PREFIX}${text}` : text);

/** The text an exported cell stood for: one leading quote is the neutralisation, not content. */
export const restore = (text: string): string => (text.startsWith(QUOTE_PREFIX) ? text.slice(1) : text);

/** Whether a cell's text would be read as a formula by a spreadsheet. */
export const looksLikeFormula = (text: string): boolean => /^[=+\-@\t\r]/.test(text);
