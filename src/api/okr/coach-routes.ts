import { z } from 'zod';
import { CoachContextCache } from '../../app/okr/coach/cached-coach-context.js';
import { checkObjectiveDraft } from '../../app/okr/coach/check-objective-draft.js';
import { improveKeyResult, suggestKeyResults } from '../../app/okr/coach/draft-key-results.js';
import { listOkrTemplates } from '../../app/okr/coach/okr-templates.js';
import type { OkrDeps } from '../../app/okr/okr-deps.js';
import type { KeyResultDrafter } from '../../app/ports/key-result-drafter.js';
import { MAX_KEY_RESULTS, MAX_MILESTONE_STEPS, MAX_TITLE_LENGTH, UNITS } from '../../domain/okr/key-result.js';
import { COMMITMENTS, OBJECTIVE_LEVELS } from '../../domain/okr/objective.js';
import { respond, success, type Route } from '../http/api-types.js';
import { validate } from '../http/validate.js';
import { alignmentSchema, idSchema, keyResultSpecSchema } from './okr-schemas.js';

const finite = z.number().finite();
const currency = z.string().regex(/^[A-Z]{3}$/, 'a three-letter currency code such as EUR');
const title = z.string().max(MAX_TITLE_LENGTH);

/** A key result's spec while it is being typed: the numbers may still be missing. */
const draftSpecSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.enum(['increase-to', 'decrease-to']), start: finite.nullable(), target: finite.nullable(), unit: z.enum(UNITS).default('number'), currency: currency.optional() }),
  z.strictObject({ type: z.literal('milestone'), steps: z.array(z.string().max(200)).max(MAX_MILESTONE_STEPS) }),
  z.strictObject({ type: z.literal('binary') }),
  z.strictObject({
    type: z.literal('guardrail'),
    direction: z.enum(['stay-above', 'stay-below']),
    threshold: finite.nullable(),
    unit: z.enum(UNITS).default('number'),
    currency: currency.optional(),
  }),
]);

export const coachCheckSchema = z.strictObject({
  cycleId: idSchema,
  objectiveId: idSchema.nullable().default(null),
  level: z.enum(OBJECTIVE_LEVELS),
  owner: z.strictObject({ kind: z.enum(['person', 'team']), id: idSchema }),
  title: title.default(''),
  description: z.string().max(4000).default(''),
  commitment: z.enum(COMMITMENTS).default('aspirational'),
  alignments: z.array(alignmentSchema).max(10).default([]),
  keyResults: z.array(z.strictObject({ title, spec: draftSpecSchema })).max(MAX_KEY_RESULTS).default([]),
});

const draftingObjectiveSchema = z.strictObject({
  title: z.string().trim().min(1, 'Write the objective first').max(MAX_TITLE_LENGTH),
  description: z.string().max(4000).default(''),
  level: z.enum(OBJECTIVE_LEVELS),
  commitment: z.enum(COMMITMENTS).default('aspirational'),
  keyResults: z.array(z.strictObject({ title })).max(MAX_KEY_RESULTS).default([]),
});

export const suggestKeyResultsSchema = z.strictObject({
  cycleId: idSchema,
  objective: draftingObjectiveSchema,
  alignTo: idSchema.nullable().default(null),
  teamId: idSchema.nullable().default(null),
});

export const improveKeyResultSchema = suggestKeyResultsSchema.extend({
  keyResult: z.strictObject({ title: z.string().trim().min(1, 'Write the key result first').max(MAX_TITLE_LENGTH), spec: keyResultSpecSchema.nullable().default(null) }),
});

/** The writing coach: checks as the person types, templates, and (when configured) drafting. */
export function coachRoutes(deps: OkrDeps, drafter: KeyResultDrafter | null): Route[] {
  // Checks run on every pause in typing: the cycle's titles and the owner's grades are kept briefly.
  const context = new CoachContextCache(deps.goals, deps.clock);
  const contextSource = context.load.bind(context);
  return [
    {
      method: 'get',
      path: '/coach/capabilities',
      handler: async () => success({ drafting: drafter?.provider ?? 'off' }),
    },
    {
      method: 'get',
      path: '/coach/templates',
      handler: async () => success(listOkrTemplates()),
    },
    {
      method: 'post',
      path: '/coach/check',
      handler: async ({ ctx, body }) => {
        const input = validate(coachCheckSchema, body);
        return input.ok ? respond(await checkObjectiveDraft(deps, ctx, input.value, contextSource)) : input;
      },
    },
    {
      method: 'post',
      path: '/coach/suggest-key-results',
      handler: async ({ ctx, body }) => {
        const input = validate(suggestKeyResultsSchema, body);
        return input.ok ? respond(await suggestKeyResults(deps, drafter, ctx, input.value)) : input;
      },
    },
    {
      method: 'post',
      path: '/coach/improve-key-result',
      handler: async ({ ctx, body }) => {
        const input = validate(improveKeyResultSchema, body);
        return input.ok ? respond(await improveKeyResult(deps, drafter, ctx, input.value)) : input;
      },
    },
  ];
}
