import type { ObjectiveView } from '../../src/app/okr/objective-view.js';
import type { Cycle } from '../../src/domain/okr/cycle.js';
import type { Person } from '../../src/domain/people/person.js';
import { bandColor, bandLabel, formatTarget, formatValue } from '../checkin/format.js';
import type { TabLinks } from '../tab-links.js';
import { card, commandButton, container, count, heading, openUrl, percent, subtle, text, type AdaptiveCard } from './card-kit.js';

const MAX_OBJECTIVES = 8;

const STATE_NOTE: Record<ObjectiveView['state'], string> = { draft: ' (draft)', proposed: ' (waiting for approval)', active: '', closed: ' (closed)' };

function objectiveBlock(objective: ObjectiveView, person: Pick<Person, 'id' | 'locale'>, links: TabLinks) {
  const expected = objective.expectedProgress === null ? '' : `, ${percent(objective.expectedProgress)} expected by now`;
  const confidence = objective.confidenceBand ? ` · ${bandLabel(objective.confidenceBand)}` : '';
  return container(
    [
      text(`[${objective.title}](${links.objective(objective.id)})${STATE_NOTE[objective.state]}`, { weight: 'Bolder' }),
      text(`${percent(objective.progress)} done${expected}${confidence}`, { spacing: 'None', size: 'Small', color: bandColor(objective.confidenceBand) }),
      ...objective.keyResults.map((kr) =>
        text(
          `${kr.ownerId === person.id ? '**' : ''}${kr.title}${kr.ownerId === person.id ? '**' : ''}: ${formatValue(kr.spec, kr.current, person.locale)} of ${formatTarget(kr.spec, person.locale)} (${percent(kr.progress)})${kr.confidenceBand ? `, ${bandLabel(kr.confidenceBand)}` : ''}`,
          { size: 'Small', spacing: 'None' },
        ),
      ),
    ],
    { separator: true, spacing: 'Medium' },
  );
}

/** `okrs`: the objectives I take part in this quarter, with progress, and links into the tab. */
export function myOkrsCard(person: Pick<Person, 'id' | 'displayName' | 'locale'>, cycles: readonly { cycle: Cycle; objectives: readonly ObjectiveView[] }[], links: TabLinks): AdaptiveCard {
  const all = cycles.flatMap((c) => c.objectives.map((o) => ({ cycle: c.cycle, objective: o })));
  if (all.length === 0) {
    return card([heading('Your OKRs'), text(cycles.length === 0 ? 'There is no active OKR cycle right now.' : 'You have no objectives in the current quarter yet.')], {
      actions: [openUrl('Open My OKRs', links.my())],
    });
  }
  const shown = all.slice(0, MAX_OBJECTIVES);
  return card(
    [
      heading('Your OKRs'),
      subtle(`${[...new Set(all.map((a) => a.cycle.name))].join(', ')} · ${count(all.length, 'objective')}. Your own key results are in bold.`, { spacing: 'Small' }),
      ...shown.map((a) => objectiveBlock(a.objective, person, links)),
      all.length > shown.length ? subtle(`${count(all.length - shown.length, 'more objective')} in the tab.`) : null,
    ],
    { actions: [openUrl('Open My OKRs', links.my()), commandButton('Check in now', 'checkin')], fallbackText: `Your OKRs: ${count(all.length, 'objective')}` },
  );
}
