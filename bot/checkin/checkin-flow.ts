import { createHash, randomBytes } from 'node:crypto';
import { getOwnedKeyResult, listOwnedKeyResults, type OwnedKeyResult } from '../../src/app/okr/owned-key-results.js';
import { recordCheckIn } from '../../src/app/okr/record-check-in.js';
import { OKR_ERROR } from '../../src/domain/okr/okr-error-codes.js';
import type { RequestContext } from '../../src/app/request-context.js';
import type { BotServices } from '../bot-services.js';
import type { AdaptiveCard } from '../cards/card-kit.js';
import { checkInCard, nothingToCheckInCard } from '../cards/checkin-card.js';
import { checkInSummaryCard, type SummaryRow } from '../cards/checkin-summary-card.js';
import { errorCard } from '../cards/error-card.js';
import { idempotencyKeyFor, MAX_CARD_KEY_RESULTS, parseCheckInForm, type CheckInCardData, type RawInputs } from './checkin-form.js';

/** A fresh card instance id (opaque, URL-safe). */
export const newCardId = (): string => randomBytes(12).toString('base64url');

/** A card id derived from a stable key, so a resent reminder is the same card (and records once). */
export const cardIdFor = (key: string): string => createHash('sha256').update(key).digest('base64url').slice(0, 22);

export interface CheckInCardResult {
  readonly card: AdaptiveCard;
  /** The key results on the card; empty when there is nothing to check in on. */
  readonly items: readonly OwnedKeyResult[];
}

/** The check-in card for a person now: every key result they own in the active cycle, prefilled. */
export async function currentCheckInCard(
  services: BotServices,
  request: RequestContext,
  cardId: string,
  notice: { text: string; tone: 'attention' | 'info' } | null = null,
  userMri: string | null = null,
): Promise<CheckInCardResult> {
  const owned = await listOwnedKeyResults(services.okr, request);
  if (owned.length === 0) {
    return { card: nothingToCheckInCard(services.links, 'You own no key results on active objectives in the current quarter.'), items: [] };
  }
  const items = owned.slice(0, MAX_CARD_KEY_RESULTS);
  return {
    card: checkInCard({ cardId, person: request.actor, items, links: services.links, notice, omitted: owned.length - items.length, userMri }),
    items,
  };
}

export const staleCardError = (services: BotServices): AdaptiveCard =>
  errorCard('This check-in card is out of date', 'It names a key result that does not exist any more or is not yours to check in on.', {
    links: services.links,
    retry: { title: 'Get a fresh card', command: 'checkin' },
  });

/**
 * Re-checks every key result id a card sent back: each must be the person's own, on an active
 * objective in an active cycle. One bad id rejects the whole card, before anything is written.
 */
export async function recheckCardItems(services: BotServices, request: RequestContext, data: CheckInCardData): Promise<{ ok: true; items: OwnedKeyResult[] } | { ok: false; card: AdaptiveCard }> {
  const checked = await Promise.all(data.keyResultIds.map((id) => getOwnedKeyResult(services.okr, request, id)));
  const items: OwnedKeyResult[] = [];
  for (const [index, result] of checked.entries()) {
    if (result.ok) {
      items.push(result.value);
      continue;
    }
    services.logger.warn({ code: result.code, personId: request.actor.id, tenantId: request.actor.tenantId, index }, 'check-in card names a key result the person may not check in on');
    if (result.code === OKR_ERROR.cycleNotOpen || result.code === OKR_ERROR.objectiveNotActive) {
      return {
        ok: false,
        card: errorCard('Check-ins are closed', `${result.message}.`, { links: services.links, retry: { title: 'Get a fresh card', command: 'checkin' } }),
      };
    }
    return { ok: false, card: staleCardError(services) };
  }
  return { ok: true, items };
}

async function record(services: BotServices, request: RequestContext, cardId: string, entries: readonly { item: OwnedKeyResult; input: { value: number; confidence: number; note: string; blockers: string } }[]) {
  const rows: SummaryRow[] = [];
  const failed: { title: string; message: string }[] = [];
  // One key result at a time: they usually share an objective document, and sequential writes avoid ETag retries.
  for (const { item, input } of entries) {
    const recorded = await recordCheckIn(services.okr, request, item.keyResult.id, { ...input, idempotencyKey: idempotencyKeyFor(cardId, item.keyResult.id) });
    if (recorded.ok) rows.push({ before: item.keyResult, after: recorded.value.keyResult, created: recorded.value.created });
    else {
      services.logger.warn({ code: recorded.code, keyResultId: item.keyResult.id }, 'bot check-in not recorded');
      failed.push({ title: item.keyResult.title, message: recorded.message });
    }
  }
  return { rows, failed };
}

/** `checkin.submit`: validate everything, answer errors inside the card, else record and summarise. */
export async function submitCheckIn(services: BotServices, request: RequestContext, data: CheckInCardData, raw: RawInputs, userMri: string | null = null): Promise<AdaptiveCard> {
  const rechecked = await recheckCardItems(services, request, data);
  if (!rechecked.ok) return rechecked.card;
  const { items } = rechecked;
  const form = parseCheckInForm(items, raw);
  if (form.formError) {
    return checkInCard({ cardId: data.cardId, person: request.actor, items, links: services.links, values: raw, errors: form.errors, notice: { text: form.formError, tone: 'attention' }, userMri });
  }
  const entered = new Set(form.entries.map((e) => e.index));
  const { rows, failed } = await record(
    services,
    request,
    data.cardId,
    form.entries.map((e) => ({ item: items[e.index]!, input: e.input })),
  );
  return checkInSummaryCard({
    person: request.actor,
    rows,
    skipped: items.filter((_, i) => !entered.has(i)).map((i) => i.keyResult.title),
    failed,
    noChange: false,
    links: services.links,
  });
}

/** `checkin.nochange`: repeat each key result's last value and confidence; ones never checked in on are skipped. */
export async function noChangeCheckIn(services: BotServices, request: RequestContext, data: CheckInCardData, userMri: string | null = null): Promise<AdaptiveCard> {
  const rechecked = await recheckCardItems(services, request, data);
  if (!rechecked.ok) return rechecked.card;
  const repeatable = rechecked.items.filter((i) => i.keyResult.lastCheckIn !== null && i.keyResult.current !== null && i.keyResult.confidence !== null);
  if (repeatable.length === 0) {
    return checkInCard({
      cardId: data.cardId,
      person: request.actor,
      items: rechecked.items,
      links: services.links,
      notice: { text: 'There is no earlier check-in to repeat yet: enter this week\'s values.', tone: 'attention' },
      userMri,
    });
  }
  const { rows, failed } = await record(
    services,
    request,
    data.cardId,
    repeatable.map((item) => ({ item, input: { value: item.keyResult.current!, confidence: item.keyResult.confidence!, note: 'No change this week.', blockers: '' } })),
  );
  return checkInSummaryCard({
    person: request.actor,
    rows,
    skipped: rechecked.items.filter((i) => !repeatable.includes(i)).map((i) => `${i.keyResult.title} (no earlier check-in)`),
    failed,
    noChange: true,
    links: services.links,
  });
}

