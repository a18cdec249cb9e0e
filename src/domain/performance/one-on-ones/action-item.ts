import { fail, ok, type Result } from '../../shared/result.js';
import { isCalendarDate } from './calendar-date.js';
import type { OneOnOneErrorCode } from './one-on-one-error-codes.js';
import { isInPair, type OneOnOnePair } from './one-on-one-pair.js';

export const MAX_ACTION_ITEM_LENGTH = 500;

/** Something one side of the pair agreed to do, tracked across meetings until done. */
export interface ActionItem extends OneOnOnePair {
  readonly id: string;
  /** The meeting it came out of, when there was one. */
  readonly meetingId: string | null;
  readonly text: string;
  /** The report or the manager. */
  readonly ownerId: string;
  /** Calendar date, YYYY-MM-DD. */
  readonly dueDate: string | null;
  readonly done: boolean;
  readonly doneAt: string | null;
  readonly doneBy: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly revision: number;
}

export interface ActionItemFields {
  readonly text: string;
  readonly ownerId: string;
  readonly dueDate: string | null;
}

export interface ActionItemChanges {
  readonly text?: string;
  readonly ownerId?: string;
  readonly dueDate?: string | null;
  readonly done?: boolean;
}

function checkFields(pair: OneOnOnePair, fields: ActionItemFields): Result<ActionItemFields, OneOnOneErrorCode> {
  const errors: Record<string, string> = {};
  const text = fields.text.trim();
  if (text.length === 0) errors.text = 'Say what needs doing';
  else if (text.length > MAX_ACTION_ITEM_LENGTH) errors.text = `At most ${MAX_ACTION_ITEM_LENGTH} characters`;
  if (!isInPair(pair, fields.ownerId)) errors.ownerId = 'The owner is one of the two people in this 1:1';
  if (fields.dueDate !== null && !isCalendarDate(fields.dueDate)) errors.dueDate = 'Use a date like 2026-11-30';
  if (Object.keys(errors).length > 0) return fail('PERF.VALIDATION', 'Some fields need attention', { fields: errors });
  return ok({ text, ownerId: fields.ownerId, dueDate: fields.dueDate });
}

export function newActionItem(pair: OneOnOnePair, input: ActionItemFields & { id: string; meetingId: string | null; by: string; now: string }): Result<ActionItem, OneOnOneErrorCode> {
  const fields = checkFields(pair, input);
  if (!fields.ok) return fields;
  return ok({
    ...pair,
    id: input.id,
    meetingId: input.meetingId,
    ...fields.value,
    done: false,
    doneAt: null,
    doneBy: null,
    createdBy: input.by,
    createdAt: input.now,
    updatedAt: input.now,
    revision: 1,
  });
}

/** Either side may update or close an action item: it is shared work. */
export function updateActionItem(item: ActionItem, changes: ActionItemChanges, by: string, now: string, expectedRevision?: number): Result<ActionItem, OneOnOneErrorCode> {
  if (expectedRevision !== undefined && expectedRevision !== item.revision) {
    return fail('PERF.REVISION_MISMATCH', 'The action item changed since you loaded it; reload and try again', { revision: item.revision });
  }
  const fields = checkFields(item, {
    text: changes.text ?? item.text,
    ownerId: changes.ownerId ?? item.ownerId,
    dueDate: changes.dueDate === undefined ? item.dueDate : changes.dueDate,
  });
  if (!fields.ok) return fields;
  const done = changes.done ?? item.done;
  const unchanged = fields.value.text === item.text && fields.value.ownerId === item.ownerId && fields.value.dueDate === item.dueDate && done === item.done;
  if (unchanged) return ok(item);
  return ok({
    ...item,
    ...fields.value,
    done,
    doneAt: done ? (item.done ? item.doneAt : now) : null,
    doneBy: done ? (item.done ? item.doneBy : by) : null,
    updatedAt: now,
    revision: item.revision + 1,
  });
}

/** Open items first by due date (undated last), then done ones, most recently closed first. */
export function sortActionItems(items: readonly ActionItem[]): ActionItem[] {
  const due = (i: ActionItem) => i.dueDate ?? '9999-12-31';
  return [...items].sort((a, b) => {
    if (a.done !== b.done) return a.done ? 1 : -1;
    if (!a.done) return due(a).localeCompare(due(b)) || a.createdAt.localeCompare(b.createdAt);
    return (b.doneAt ?? '').localeCompare(a.doneAt ?? '');
  });
}
