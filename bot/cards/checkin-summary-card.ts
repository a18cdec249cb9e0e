import type { KeyResultView } from '../../src/app/okr/objective-view.js';
import type { Person } from '../../src/domain/people/person.js';
import { bandColor, formatConfidence, formatValue } from '../checkin/format.js';
import type { TabLinks } from '../tab-links.js';
import { attention, card, container, count, heading, openUrl, percent, subtle, text, type AdaptiveCard } from './card-kit.js';

export interface SummaryRow {
  readonly before: KeyResultView;
  readonly after: KeyResultView;
  /** False when this card had already recorded the check-in (a second submit): nothing new was written. */
  readonly created: boolean;
}

export interface CheckInSummaryOptions {
  readonly person: Pick<Person, 'displayName' | 'locale'>;
  readonly rows: readonly SummaryRow[];
  /** Key results left out (no value entered, or nothing to repeat for "no change"). */
  readonly skipped: readonly string[];
  /** Key results that could not be recorded, with why. */
  readonly failed: readonly { readonly title: string; readonly message: string }[];
  readonly noChange: boolean;
  readonly links: TabLinks;
}

/** Replaces the check-in card once it is submitted: what was recorded, progress and confidence now. */
export function checkInSummaryCard(options: CheckInSummaryOptions): AdaptiveCard {
  const { locale } = options.person;
  const name = options.person.displayName.split(' ')[0] ?? options.person.displayName;
  const repeated = options.rows.length > 0 && options.rows.every((r) => !r.created);
  const title = options.rows.length === 0 ? 'Check-in not recorded' : options.noChange ? 'No change this week: noted' : `Thanks, ${name}: check-in recorded`;
  return card(
    [
      heading(title),
      options.rows.length > 0 ? subtle(`${count(options.rows.length, 'key result')} updated.`, { spacing: 'Small' }) : null,
      repeated ? text('This card was already submitted; nothing new was recorded.', { color: 'Accent', id: 'already_recorded' }) : null,
      ...options.rows.map((row) =>
        container(
          [
            text(row.after.title, { weight: 'Bolder' }),
            text(
              `${formatValue(row.after.spec, row.before.current, locale)} → ${formatValue(row.after.spec, row.after.current, locale)} · ${percent(row.after.progress)} · confidence ${formatConfidence(row.after.confidence)}`,
              { spacing: 'None', color: bandColor(row.after.confidenceBand) },
            ),
          ],
          { separator: true },
        ),
      ),
      options.skipped.length > 0 ? subtle(`Skipped: ${options.skipped.join('; ')}`, { spacing: 'Medium' }) : null,
      ...options.failed.map((f) => attention(`${f.title}: ${f.message}`)),
    ],
    { actions: [openUrl('Open My OKRs', options.links.my())], fallbackText: title },
  );
}
