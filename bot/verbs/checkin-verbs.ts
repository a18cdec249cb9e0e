import { DateTime } from 'luxon';
import { checkInCardDataSchema, type CheckInCardData } from '../checkin/checkin-form.js';
import { currentCheckInCard, noChangeCheckIn, submitCheckIn } from '../checkin/checkin-flow.js';
import { snoozedCard } from '../cards/checkin-card.js';
import { errorCard } from '../cards/error-card.js';
import type { PersonTurn } from '../bot-services.js';
import { cardResponse, type ActionData, type VerbHandler } from './verb-kit.js';

/** When a snooze ends: 09:00 tomorrow in the person's time zone. */
export const SNOOZE_UNTIL_HOUR = 9;

const damagedCard = (turn: PersonTurn) =>
  cardResponse(
    errorCard('This card could not be read', 'Its data is incomplete or was changed on the way.', {
      links: turn.services.links,
      retry: { title: 'Get a fresh card', command: 'checkin' },
    }),
  );

const withCardData = (run: (turn: PersonTurn, data: CheckInCardData, raw: ActionData) => Promise<ReturnType<typeof cardResponse>>): VerbHandler =>
  async (turn, raw) => {
    const data = checkInCardDataSchema.safeParse(raw);
    if (!data.success) {
      turn.services.logger.warn({ personId: turn.person.id, issues: data.error.issues.map((i) => i.path.join('.')) }, 'check-in card data rejected');
      return damagedCard(turn);
    }
    return run(turn, data.data, raw);
  };

/** `checkin.submit`: the inputs are validated, the ids re-checked, then recorded through recordCheckIn. */
export const checkinSubmit: VerbHandler = withCardData(async (turn, data, raw) => cardResponse(await submitCheckIn(turn.services, turn.request, data, raw, turn.userMri)));

/** `checkin.nochange`: last week's values again, one click. */
export const checkinNoChange: VerbHandler = withCardData(async (turn, data) => cardResponse(await noChangeCheckIn(turn.services, turn.request, data, turn.userMri)));

/** `checkin.snooze`: put the card away until tomorrow morning; its refresh brings it back. */
export const checkinSnooze: VerbHandler = withCardData(async (turn, data) => {
  const now = DateTime.fromJSDate(turn.services.okr.clock.now()).setZone(turn.person.timezone);
  const zone = now.isValid ? now : DateTime.fromJSDate(turn.services.okr.clock.now()).toUTC();
  const until = zone.plus({ days: 1 }).set({ hour: SNOOZE_UNTIL_HOUR, minute: 0, second: 0, millisecond: 0 }).toUTC().toISO()!;
  return cardResponse(snoozedCard({ cardId: data.cardId, keyResultIds: data.keyResultIds, until, person: turn.person, links: turn.services.links, userMri: turn.userMri }));
});

/**
 * `checkin.refresh`: the card's user-specific refresh (and "Check in now" on a snoozed card). Rebuilt
 * from the store for the person asking, so it never shows anyone else's key results.
 */
export const checkinRefresh: VerbHandler = withCardData(async (turn, data) => {
  if (data.snoozedUntil && Date.parse(data.snoozedUntil) > turn.services.okr.clock.now().getTime()) {
    return cardResponse(snoozedCard({ cardId: data.cardId, keyResultIds: data.keyResultIds, until: data.snoozedUntil, person: turn.person, links: turn.services.links, userMri: turn.userMri }));
  }
  return cardResponse((await currentCheckInCard(turn.services, turn.request, data.cardId, null, turn.userMri)).card);
});
