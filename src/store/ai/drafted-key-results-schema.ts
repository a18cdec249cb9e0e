import { z } from 'zod';
import { MAX_TITLE_LENGTH, UNITS } from '../../domain/okr/key-result.js';
import type { DraftedKeyResult } from '../../domain/okr/coach/drafting.js';

/**
 * The shape the model is asked for, checked before anyone sees a draft. Extra properties the model
 * adds (a rationale, say) are dropped; a wrong type, a missing number or a bad unit fails the item.
 */
const finite = z.number().finite();
const currency = z.string().regex(/^[A-Z]{3}$/);

const specSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('increase-to'), start: finite, target: finite, unit: z.enum(UNITS), currency: currency.optional() }),
  z.object({ type: z.literal('decrease-to'), start: finite, target: finite, unit: z.enum(UNITS), currency: currency.optional() }),
  z.object({ type: z.literal('milestone'), steps: z.array(z.string().min(1).max(200)).min(1).max(20) }),
  z.object({ type: z.literal('binary') }),
  z.object({ type: z.literal('guardrail'), direction: z.enum(['stay-above', 'stay-below']), threshold: finite, unit: z.enum(UNITS), currency: currency.optional() }),
]);

const draftSchema = z.object({ title: z.string().trim().min(1).max(MAX_TITLE_LENGTH), spec: specSchema });

export const draftedKeyResultsSchema = z.object({ keyResults: z.array(z.unknown()).min(1).max(20) });

/**
 * Parses the model's message: JSON, then the envelope, then each key result on its own (one bad
 * item does not sink the good ones). Returns null when the message is not usable at all.
 */
export function parseDraftedKeyResults(content: string): DraftedKeyResult[] | null {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return null;
  }
  const envelope = draftedKeyResultsSchema.safeParse(json);
  if (!envelope.success) return null;
  const drafts: DraftedKeyResult[] = [];
  for (const item of envelope.data.keyResults) {
    const parsed = draftSchema.safeParse(item);
    if (!parsed.success) continue;
    const { spec } = parsed.data;
    // Rebuild the spec so only its own fields are kept, in the domain's shape.
    switch (spec.type) {
      case 'increase-to':
      case 'decrease-to':
        drafts.push({ title: parsed.data.title, spec: { type: spec.type, start: spec.start, target: spec.target, unit: spec.unit, ...(spec.unit === 'currency' ? { currency: spec.currency ?? 'USD' } : {}) } });
        break;
      case 'guardrail':
        drafts.push({ title: parsed.data.title, spec: { type: 'guardrail', direction: spec.direction, threshold: spec.threshold, unit: spec.unit, ...(spec.unit === 'currency' ? { currency: spec.currency ?? 'USD' } : {}) } });
        break;
      case 'milestone':
        drafts.push({ title: parsed.data.title, spec: { type: 'milestone', steps: spec.steps } });
        break;
      case 'binary':
        drafts.push({ title: parsed.data.title, spec: { type: 'binary' } });
        break;
    }
  }
  return drafts;
}
