import { z } from 'zod';
import { REVIEW_PHASES } from '../../domain/performance/document-kinds.js';
import { ANONYMITY_MODES, REVIEW_CYCLE_TYPES } from '../../domain/performance/reviews/review-cycle.js';

/**
 * Request shapes of the review-cycle API. Objects are strict (unknown fields refused); lengths are
 * bounded here, meaning (scales, ids of the template, phases) is checked by the domain.
 */
const id = z.string().min(1).max(128).regex(/^[A-Za-z0-9._-]+$/, 'not a valid id');
const date = z.string().max(10);
const text = (max: number) => z.string().max(max);
const boundedRecord = <V extends z.ZodType>(value: V, maxKeys = 50) =>
  z.record(z.string().min(1).max(40), value).refine((r) => Object.keys(r).length <= maxKeys, `at most ${maxKeys} entries`);
const rating = z.number().int().min(-1000).max(1000);

const ratingScale = z.strictObject({
  points: z.array(z.strictObject({ value: z.number().int().min(-1000).max(1000), label: text(200) })).max(20),
});

const template = z.strictObject({
  competencies: z.array(z.strictObject({ id: text(40).optional(), name: text(400), description: text(4000).optional(), scale: ratingScale })).max(50),
  questions: z.array(z.strictObject({ id: text(40).optional(), text: text(2000), required: z.boolean().optional() })).max(50),
  overallScale: ratingScale,
});

const participants = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('teams'), teamIds: z.array(id).max(200) }),
  z.strictObject({ kind: z.literal('departments'), departments: z.array(text(200)).max(200) }),
]);

const deadlines = z.strictObject({ self: date, peer: date, manager: date, calibration: date });

const cycleFields = {
  name: text(400),
  type: z.enum(REVIEW_CYCLE_TYPES),
  periodStart: date,
  periodEnd: date,
  participants,
  template,
  deadlines,
  anonymity: z.strictObject({ mode: z.enum(ANONYMITY_MODES), threshold: z.number().int().min(0).max(1000).optional() }).optional(),
  compensation: z.strictObject({ enabled: z.boolean(), visibleToSubjectAfterRelease: z.boolean() }).optional(),
};

export const createReviewCycleSchema = z.strictObject(cycleFields);

export const updateReviewCycleSchema = z
  .strictObject({
    name: cycleFields.name.optional(),
    type: cycleFields.type.optional(),
    periodStart: date.optional(),
    periodEnd: date.optional(),
    participants: participants.optional(),
    template: template.optional(),
    deadlines: deadlines.optional(),
    anonymity: cycleFields.anonymity,
    compensation: cycleFields.compensation,
  })
  .refine((b) => Object.keys(b).length > 0, 'nothing to change');

export const advanceCycleSchema = z.strictObject({ to: z.enum(REVIEW_PHASES) });

export const emptyBodySchema = z.strictObject({});

export const answersSchema = z.strictObject({
  answers: boundedRecord(text(20000)).optional(),
  ratings: boundedRecord(rating).optional(),
});

export const nominateSchema = z.strictObject({ nomineeId: id, relation: z.enum(['peer', 'upward']) });

export const nominationDecisionSchema = z.strictObject({ decision: z.enum(['approve', 'reject']), reason: text(4000).optional() });

export const managerReviewSchema = z.strictObject({
  ratings: boundedRecord(rating).optional(),
  comments: boundedRecord(text(20000)).optional(),
  summary: text(40000).optional(),
  overallRating: rating.nullable().optional(),
});

export const privateNotesSchema = z.strictObject({ text: text(40000) });

export const compensationSchema = z.strictObject({
  meritPercent: z.number().finite().nullable(),
  promotion: z.boolean().nullable(),
  note: text(8000).optional(),
});

const nineBoxLevel = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const calibrationSchema = z
  .strictObject({
    adjustedRating: rating.nullable().optional(),
    reason: text(4000).optional(),
    performance: nineBoxLevel.nullable().optional(),
    potential: nineBoxLevel.nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'nothing to change');

export const acknowledgeSchema = z.strictObject({ comment: text(8000).optional() });
