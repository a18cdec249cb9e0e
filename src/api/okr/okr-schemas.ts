import { z } from 'zod';
import { CONFIDENCE_BANDS } from '../../domain/okr/confidence.js';
import { CADENCES, CYCLE_STATES } from '../../domain/okr/cycle.js';
import { MAX_KEY_RESULTS, MAX_MILESTONE_STEPS, MAX_TITLE_LENGTH, UNITS } from '../../domain/okr/key-result.js';
import { COMMITMENTS, OBJECTIVE_LEVELS, OBJECTIVE_STATES } from '../../domain/okr/objective.js';

/** Request shapes. Objects are strict: an unknown field is an error, not silently dropped. */
const id = z.string().min(1).max(128).regex(/^[A-Za-z0-9._-]+$/, 'not a valid id');
const title = z.string().max(MAX_TITLE_LENGTH);
const text = (max: number) => z.string().max(max);
const finite = z.number().finite();
const currency = z.string().regex(/^[A-Z]{3}$/, 'a three-letter currency code such as EUR');

export const keyResultSpecSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.enum(['increase-to', 'decrease-to']), start: finite, target: finite, unit: z.enum(UNITS), currency: currency.optional() }),
  z.strictObject({ type: z.literal('milestone'), steps: z.array(text(200)).min(1).max(MAX_MILESTONE_STEPS) }),
  z.strictObject({ type: z.literal('binary') }),
  z.strictObject({ type: z.literal('guardrail'), direction: z.enum(['stay-above', 'stay-below']), threshold: finite, unit: z.enum(UNITS), currency: currency.optional() }),
]);

export const keyResultDraftSchema = z.strictObject({
  title,
  ownerId: id,
  weight: z.number().positive().max(100).default(1),
  spec: keyResultSpecSchema,
});

const alignmentSchema = z.strictObject({ objectiveId: id, keyResultId: id.nullable().default(null) });

/** Shared with the coach routes. */
export { id as idSchema, alignmentSchema };

export const createCycleSchema = z.strictObject({
  name: z.string().min(1).max(80),
  startDate: z.string().max(10),
  endDate: z.string().max(10),
  cadence: z.enum(CADENCES).default('quarterly'),
});

export const transitionCycleSchema = z.strictObject({ to: z.enum(CYCLE_STATES) });

export const createObjectiveSchema = z.strictObject({
  level: z.enum(OBJECTIVE_LEVELS),
  owner: z.strictObject({ kind: z.enum(['person', 'team']), id }),
  title,
  description: text(4000).default(''),
  commitment: z.enum(COMMITMENTS).default('aspirational'),
  contributorIds: z.array(id).max(50).default([]),
  alignments: z.array(alignmentSchema).max(10).default([]),
  keyResults: z.array(keyResultDraftSchema).max(MAX_KEY_RESULTS).default([]),
});

export const updateObjectiveSchema = z
  .strictObject({
    title: title.optional(),
    description: text(4000).optional(),
    commitment: z.enum(COMMITMENTS).optional(),
    contributorIds: z.array(id).max(50).optional(),
    alignments: z.array(alignmentSchema).max(10).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'Name at least one field to change');

export const updateKeyResultSchema = z
  .strictObject({ title: title.optional(), ownerId: id.optional(), weight: z.number().positive().max(100).optional(), spec: keyResultSpecSchema.optional() })
  .refine((v) => Object.keys(v).length > 0, 'Name at least one field to change');

export const sendBackSchema = z.strictObject({ comment: text(2000) });

export const closeObjectiveSchema = z.strictObject({
  reflection: text(4000),
  grades: z
    .array(z.strictObject({ keyResultId: id, grade: z.number().min(0).max(1), reason: text(1000).nullable().default(null) }))
    .max(MAX_KEY_RESULTS)
    .default([]),
});

export const commentSchema = z.strictObject({ text: text(2000) });

export const carryOverSchema = z.strictObject({ targetCycleId: id });

export const checkInSchema = z.strictObject({
  value: finite,
  confidence: z.number().int().min(0).max(10),
  note: text(2000).default(''),
  blockers: text(2000).default(''),
  idempotencyKey: z.string().min(1).max(128).optional(),
});

const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .max(200)
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item));

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  continuation: z.string().max(20_000).optional(),
});

export const objectiveListQuerySchema = pageQuerySchema.extend({
  team: id.optional(),
  owner: id.optional(),
  participant: id.optional(),
  level: csv(z.enum(OBJECTIVE_LEVELS)).optional(),
  state: csv(z.enum(OBJECTIVE_STATES)).optional(),
  confidence: csv(z.enum(CONFIDENCE_BANDS)).optional(),
});

export const treeQuerySchema = z.object({
  levels: csv(z.enum(OBJECTIVE_LEVELS)).optional(),
  states: csv(z.enum(OBJECTIVE_STATES)).optional(),
});
