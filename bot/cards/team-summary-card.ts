import type { ObjectiveView } from '../../src/app/okr/objective-view.js';
import type { Cycle } from '../../src/domain/okr/cycle.js';
import type { Team } from '../../src/domain/people/team.js';
import { bandColor, bandLabel } from '../checkin/format.js';
import type { TabLinks } from '../tab-links.js';
import { card, count, facts, heading, openUrl, percent, subtle, text, type AdaptiveCard, type CardElement } from './card-kit.js';

const MAX_OBJECTIVES = 10;

const row = (o: ObjectiveView, links: TabLinks): CardElement =>
  text(`[${o.title}](${links.objective(o.id)}): ${percent(o.progress)}${o.expectedProgress === null ? '' : ` of ${percent(o.expectedProgress)} expected`}${o.confidenceBand ? `, ${bandLabel(o.confidenceBand)}` : ''}`, {
    color: bandColor(o.confidenceBand),
    spacing: 'Small',
  });

/** A team channel's answer to an @mention: the team's objectives this quarter and how they are doing. */
export function teamSummaryCard(team: Team, cycles: readonly { cycle: Cycle; objectives: readonly ObjectiveView[] }[], links: TabLinks): AdaptiveCard {
  const all = cycles.flatMap((c) => c.objectives);
  const cycleNames = cycles.map((c) => c.cycle.name).join(', ');
  if (all.length === 0) {
    return card([heading(`${team.name}: OKRs`), text(cycles.length === 0 ? 'There is no active OKR cycle right now.' : `${team.name} has no active objectives in ${cycleNames}.`)], {
      actions: [openUrl('Open the board', links.board(team.id))],
    });
  }
  const teamLevel = all.filter((o) => o.level !== 'individual');
  const individual = all.filter((o) => o.level === 'individual');
  const atRisk = all.filter((o) => o.confidenceBand === 'at-risk').length;
  const offTrack = all.filter((o) => o.confidenceBand === 'off-track').length;
  const average = all.reduce((sum, o) => sum + o.progress, 0) / all.length;
  const shownTeam = teamLevel.slice(0, MAX_OBJECTIVES);
  const shownIndividual = individual.slice(0, Math.max(0, MAX_OBJECTIVES - shownTeam.length));
  return card(
    [
      heading(`${team.name}: OKRs for ${cycleNames}`),
      facts([
        ['Objectives', `${count(teamLevel.length, 'team objective')}, ${count(individual.length, 'individual one')}`],
        ['Average progress', percent(average)],
        ['At risk', String(atRisk)],
        ['Off track', String(offTrack)],
      ]),
      shownTeam.length > 0 ? text('Team objectives', { weight: 'Bolder', spacing: 'Medium' }) : null,
      ...shownTeam.map((o) => row(o, links)),
      shownIndividual.length > 0 ? text('Individual objectives', { weight: 'Bolder', spacing: 'Medium' }) : null,
      ...shownIndividual.map((o) => row(o, links)),
      all.length > shownTeam.length + shownIndividual.length ? subtle(`${count(all.length - shownTeam.length - shownIndividual.length, 'more objective')} on the board.`) : null,
    ],
    { actions: [openUrl('Open the board', links.board(team.id))], fallbackText: `${team.name}: ${count(all.length, 'objective')}` },
  );
}
