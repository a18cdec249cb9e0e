import { MAX_NOTE_LENGTH } from '../../src/domain/okr/check-in.js';
import { MAX_CONFIDENCE, MIN_CONFIDENCE } from '../../src/domain/okr/confidence.js';
import type { KeyResultSpec } from '../../src/domain/okr/key-result.js';
import type { Person } from '../../src/domain/people/person.js';
import type { OwnedKeyResult } from '../../src/app/okr/owned-key-results.js';
import { inputIds, inputText, type RawInputs } from '../checkin/checkin-form.js';
import { formatConfidence, formatDate, formatTarget, formatValue } from '../checkin/format.js';
import type { TabLinks } from '../tab-links.js';
import { VERB } from '../verb-names.js';
import { attention, card, container, count, execute, facts, heading, openUrl, percent, subtle, text, type AdaptiveCard, type CardElement } from './card-kit.js';

export interface CheckInCardOptions {
  readonly cardId: string;
  readonly person: Pick<Person, 'id' | 'displayName' | 'locale' | 'timezone'>;
  readonly items: readonly OwnedKeyResult[];
  readonly links: TabLinks;
  /** What the person typed, shown again when the card comes back with errors. */
  readonly values?: RawInputs;
  readonly errors?: Readonly<Record<string, string>>;
  /** A message about the whole card (errors in attention colour, otherwise neutral). */
  readonly notice?: { readonly text: string; readonly tone: 'attention' | 'info' } | null;
  /** Key results the card could not show (more than fit). */
  readonly omitted?: number;
  /** The person's Teams user id (MRI), when known: the refresh names it next to the Entra object id. */
  readonly userMri?: string | null;
}

/**
 * Who gets the card's automatic refresh. Teams documents user MRIs ("29:..."); the Entra object id is
 * listed first so hosts that key users by it (and tests) find it too. Unknown ids are ignored.
 */
export const refreshUserIds = (personId: string, userMri: string | null | undefined): string[] => (userMri && userMri !== personId ? [personId, userMri] : [personId]);

/** The value the input starts with: what the person typed, else the last value (or the step reached, or done / not done). */
function prefill(spec: KeyResultSpec, current: number | null, typed: unknown): string | null {
  const textValue = inputText(typed);
  if (typed !== undefined && textValue !== null) return textValue;
  if (current !== null) return String(current);
  return spec.type === 'milestone' || spec.type === 'binary' ? '0' : null;
}

function valueInput(id: string, spec: KeyResultSpec, current: number | null, typed: unknown, locale: string): CardElement {
  const value = prefill(spec, current, typed);
  const label = `Value now (target: ${formatTarget(spec, locale)})`;
  switch (spec.type) {
    case 'milestone':
      return {
        type: 'Input.ChoiceSet',
        id,
        label: 'Steps done',
        style: 'compact',
        value: value ?? '0',
        choices: [
          { title: `0 of ${spec.steps.length}: not started`, value: '0' },
          // Step names are cut short so a card with many milestones stays under Teams' ~28 KB card limit.
          ...spec.steps.map((step, i) => ({ title: `${i + 1} of ${spec.steps.length}: ${step.length > 80 ? `${step.slice(0, 79)}…` : step}`, value: String(i + 1) })),
        ],
      };
    case 'binary':
      return {
        type: 'Input.ChoiceSet',
        id,
        label: 'Status',
        style: 'expanded',
        value: value ?? '0',
        choices: [
          { title: 'Not done', value: '0' },
          { title: 'Done', value: '1' },
        ],
      };
    default: {
      const numeric = value !== null && value !== '' && Number.isFinite(Number(value)) ? Number(value) : undefined;
      return { type: 'Input.Number', id, label, placeholder: 'e.g. 42', ...(numeric !== undefined ? { value: numeric } : {}) };
    }
  }
}

function section(item: OwnedKeyResult, index: number, options: CheckInCardOptions): CardElement {
  const { keyResult, objective } = item;
  const ids = inputIds(index);
  const errors = options.errors ?? {};
  const values = options.values ?? {};
  const { locale, timezone } = options.person;
  const confidenceTyped = values[ids.confidence];
  const confidenceText = confidenceTyped !== undefined ? inputText(confidenceTyped) : keyResult.confidence === null ? '' : String(keyResult.confidence);
  const confidenceNumber = confidenceText !== null && /^\d{1,2}$/.test(confidenceText) ? Number(confidenceText) : undefined;
  const noteTyped = values[ids.note];
  const noteText = typeof noteTyped === 'string' ? noteTyped : '';
  return container(
    [
      text(keyResult.title, { weight: 'Bolder' }),
      subtle(objective.title),
      facts([
        ['Now', `${formatValue(keyResult.spec, keyResult.current, locale)} (${percent(keyResult.progress)})`],
        ['Target', formatTarget(keyResult.spec, locale)],
        ['Confidence', formatConfidence(keyResult.confidence)],
        ['Last check-in', keyResult.lastCheckIn ? formatDate(keyResult.lastCheckIn.at, timezone, locale) : 'never'],
      ]),
      valueInput(ids.value, keyResult.spec, keyResult.current, values[ids.value], locale),
      errors[ids.value] ? attention(errors[ids.value]!, `${ids.value}_error`) : null,
      {
        type: 'Input.Number',
        id: ids.confidence,
        label: `Confidence (${MIN_CONFIDENCE} = no chance, ${MAX_CONFIDENCE} = certain)`,
        min: MIN_CONFIDENCE,
        max: MAX_CONFIDENCE,
        ...(confidenceNumber !== undefined ? { value: confidenceNumber } : {}),
      },
      errors[ids.confidence] ? attention(errors[ids.confidence]!, `${ids.confidence}_error`) : null,
      { type: 'Input.Text', id: ids.note, label: 'Note (optional)', isMultiline: true, maxLength: MAX_NOTE_LENGTH, placeholder: 'What moved? What is in the way?', value: noteText },
      errors[ids.note] ? attention(errors[ids.note]!, `${ids.note}_error`) : null,
    ],
    { separator: true, spacing: 'Large' },
  );
}

/**
 * The weekly check-in card: a section per key result the person owns in the active cycle, inputs
 * prefilled with the last values, and Submit / No change this week / Snooze. Universal Actions with a
 * user-specific refresh, so the card shows current values whenever its owner opens it.
 */
export function checkInCard(options: CheckInCardOptions): AdaptiveCard {
  const data = { cardId: options.cardId, keyResultIds: options.items.map((i) => i.keyResult.id) };
  const name = options.person.displayName.split(' ')[0] ?? options.person.displayName;
  const cycleNames = [...new Set(options.items.map((i) => i.cycle.name))].join(', ');
  return card(
    [
      heading('Weekly check-in'),
      text(`Hi ${name}, how are your key results going? ${count(options.items.length, 'key result')} in ${cycleNames}. Leave a value empty to skip it.`, { spacing: 'Small' }),
      options.notice ? (options.notice.tone === 'attention' ? attention(options.notice.text, 'form_error') : text(options.notice.text, { color: 'Accent', id: 'form_notice' })) : null,
      ...options.items.map((item, index) => section(item, index, options)),
      options.omitted ? subtle(`${count(options.omitted, 'more key result')} in the tab.`, { spacing: 'Medium' }) : null,
    ],
    {
      actions: [
        execute('Submit', VERB.checkinSubmit, data, { style: 'positive', associatedInputs: 'auto' }),
        execute('No change this week', VERB.checkinNoChange, data, { associatedInputs: 'none' }),
        execute('Snooze until tomorrow', VERB.checkinSnooze, data, { associatedInputs: 'none' }),
        openUrl('Open My OKRs', options.links.my()),
      ],
      refresh: { action: { type: 'Action.Execute', verb: VERB.checkinRefresh, data: { ...data, verb: VERB.checkinRefresh } }, userIds: refreshUserIds(options.person.id, options.userMri) },
      fallbackText: 'Your weekly check-in: open Tandem to update your key results.',
    },
  );
}

/** A snoozed check-in: comes back (on refresh) once the snooze is over, or at once with "Check in now". */
export function snoozedCard(options: { cardId: string; keyResultIds: readonly string[]; until: string; person: Pick<Person, 'id' | 'locale' | 'timezone'>; links: TabLinks; userMri?: string | null }): AdaptiveCard {
  const data = { cardId: options.cardId, keyResultIds: [...options.keyResultIds] };
  return card(
    [
      heading('Check-in snoozed'),
      text(`I will put this check-in back here ${formatDate(options.until, options.person.timezone, options.person.locale, true)}.`),
    ],
    {
      actions: [execute('Check in now', VERB.checkinRefresh, data, { associatedInputs: 'none' }), openUrl('Open My OKRs', options.links.my())],
      refresh: { action: { type: 'Action.Execute', verb: VERB.checkinRefresh, data: { ...data, snoozedUntil: options.until, verb: VERB.checkinRefresh } }, userIds: refreshUserIds(options.person.id, options.userMri) },
    },
  );
}

/** When the person owns nothing to check in on. */
export function nothingToCheckInCard(links: TabLinks, reason: string): AdaptiveCard {
  return card([heading('Nothing to check in on'), text(reason)], { actions: [openUrl('Open My OKRs', links.my())] });
}
