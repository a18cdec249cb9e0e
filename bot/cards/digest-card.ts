import type { DigestKeyResult, ManagerDigest } from '../../src/app/okr/manager-digest.js';
import { STALE_AFTER_DAYS } from '../../src/app/okr/manager-digest.js';
import { bandColor, formatConfidence, formatDate } from '../checkin/format.js';
import type { TabLinks } from '../tab-links.js';
import { card, container, count, facts, heading, openUrl, subtle, text, type AdaptiveCard } from './card-kit.js';

const MAX_ROWS = 8;

const krLine = (row: DigestKeyResult, detail: string, color: 'Good' | 'Warning' | 'Attention' | 'Default' = 'Default') =>
  text(`**${row.keyResult.title}** (${row.owner.displayName}): ${detail}`, { size: 'Small', spacing: 'Small', color });

/** The manager's weekly digest: reports' check-in participation, what is at risk, what has gone quiet. */
export function digestCard(digest: ManagerDigest, links: TabLinks): AdaptiveCard {
  const { manager } = digest;
  const withKeyResults = digest.reports.filter((r) => r.keyResults > 0);
  const checkedIn = withKeyResults.filter((r) => r.checkedInThisWeek > 0).length;
  const more = (n: number) => (n > MAX_ROWS ? subtle(`${count(n - MAX_ROWS, 'more')} on the board.`) : null);
  return card(
    [
      heading('Your team this week'),
      subtle(`Week of ${formatDate(digest.weekStart, manager.timezone, manager.locale)} · ${count(digest.reports.length, 'direct report')}`, { spacing: 'Small' }),
      container(
        [
          text(`Check-ins: ${checkedIn} of ${withKeyResults.length} checked in this week`, { weight: 'Bolder' }),
          facts(
            digest.reports.map((r) => [
              r.person.displayName,
              r.keyResults === 0 ? 'no key results this quarter' : `${r.checkedInThisWeek} of ${count(r.keyResults, 'key result')} checked in`,
            ] as const),
          ),
        ],
        { separator: true, spacing: 'Medium', id: 'participation' },
      ),
      container(
        [
          text(`At risk or off track: ${digest.atRisk.length}`, { weight: 'Bolder' }),
          ...(digest.atRisk.length === 0
            ? [subtle('Nothing at risk. Nice.')]
            : digest.atRisk.slice(0, MAX_ROWS).map((r) => krLine(r, `confidence ${formatConfidence(r.keyResult.confidence)}`, bandColor(r.keyResult.confidenceBand)))),
          more(digest.atRisk.length),
        ],
        { separator: true, spacing: 'Medium', id: 'at_risk' },
      ),
      container(
        [
          text(`No check-in for ${STALE_AFTER_DAYS} days or more: ${digest.stale.length}`, { weight: 'Bolder' }),
          ...(digest.stale.length === 0
            ? [subtle('Everyone is keeping their key results current.')]
            : digest.stale
                .slice(0, MAX_ROWS)
                .map((r) => krLine(r, r.keyResult.lastCheckIn ? `last check-in ${formatDate(r.keyResult.lastCheckIn.at, manager.timezone, manager.locale)}` : 'never checked in'))),
          more(digest.stale.length),
        ],
        { separator: true, spacing: 'Medium', id: 'stale' },
      ),
    ],
    { actions: [openUrl('Open the board', links.board())], fallbackText: `Your team this week: ${checkedIn} of ${withKeyResults.length} checked in` },
  );
}
