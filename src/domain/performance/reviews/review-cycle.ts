import { fail, ok, type Result } from '../../shared/result.js';
import type { ReviewPhase } from '../document-kinds.js';
import { invalid, isCalendarDate, type FieldErrors } from './review-fields.js';
import { buildTemplate, type ReviewTemplate, type TemplateInput } from './review-template.js';

export const REVIEW_CYCLE_TYPES = ['annual', 'semi-annual', 'probation', 'custom'] as const;
export type ReviewCycleType = (typeof REVIEW_CYCLE_TYPES)[number];

export const ANONYMITY_MODES = ['attributed', 'anonymous', 'aggregated'] as const;
export type AnonymityMode = (typeof ANONYMITY_MODES)[number];

export const DEFAULT_ANONYMITY_THRESHOLD = 3;
/** Below 2 anonymity means nothing; above 20 hardly any review would show feedback. */
export const MIN_ANONYMITY_THRESHOLD = 2;
export const MAX_ANONYMITY_THRESHOLD = 20;
export const MAX_CYCLE_NAME_LENGTH = 120;
export const MAX_LIST_FILTER = 100;

export type Participants =
  | { readonly kind: 'all' }
  | { readonly kind: 'teams'; readonly teamIds: readonly string[] }
  | { readonly kind: 'departments'; readonly departments: readonly string[] };

export interface PhaseDeadlines {
  readonly self: string;
  readonly peer: string;
  readonly manager: string;
  readonly calibration: string;
}

export interface Anonymity {
  readonly mode: AnonymityMode;
  readonly threshold: number;
}

export interface CompensationSettings {
  readonly enabled: boolean;
  readonly visibleToSubjectAfterRelease: boolean;
}

/** A review cycle as HR configures it; launched, it moves through REVIEW_PHASES in order. */
export interface ReviewCycle {
  readonly tenantId: string;
  /** "rc…": never contains a dot, so packet ids can carry it. */
  readonly id: string;
  readonly name: string;
  readonly type: ReviewCycleType;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly participants: Participants;
  readonly template: ReviewTemplate;
  readonly deadlines: PhaseDeadlines;
  readonly anonymity: Anonymity;
  readonly compensation: CompensationSettings;
  readonly phase: ReviewPhase;
  readonly launchedAt: string | null;
  readonly packetCount: number;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly revision: number;
}

export interface CycleSettingsInput {
  readonly name: string;
  readonly type: ReviewCycleType;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly participants: Participants;
  readonly template: TemplateInput;
  readonly deadlines: PhaseDeadlines;
  readonly anonymity?: { readonly mode: AnonymityMode; readonly threshold?: number | undefined } | undefined;
  readonly compensation?: CompensationSettings | undefined;
}

export type CycleChanges = Partial<CycleSettingsInput>;

/** What may still change once a cycle is launched: its name and its deadlines, until it closes. */
const CHANGEABLE_AFTER_LAUNCH: ReadonlySet<keyof CycleSettingsInput> = new Set(['name', 'deadlines']);

const DEADLINE_ORDER = ['self', 'peer', 'manager', 'calibration'] as const;

function settingsErrors(s: Omit<CycleSettingsInput, 'template'> & { anonymity: Anonymity }): FieldErrors {
  const errors: FieldErrors = {};
  const name = s.name.trim();
  if (name.length === 0 || name.length > MAX_CYCLE_NAME_LENGTH) errors.name = `A name has 1 to ${MAX_CYCLE_NAME_LENGTH} characters`;
  if (!isCalendarDate(s.periodStart)) errors.periodStart = 'A date written YYYY-MM-DD';
  if (!isCalendarDate(s.periodEnd)) errors.periodEnd = 'A date written YYYY-MM-DD';
  if (!errors.periodStart && !errors.periodEnd && s.periodEnd < s.periodStart) errors.periodEnd = 'The period ends after it starts';
  for (const phase of DEADLINE_ORDER) if (!isCalendarDate(s.deadlines[phase])) errors[`deadlines.${phase}`] = 'A date written YYYY-MM-DD';
  DEADLINE_ORDER.forEach((phase, i) => {
    const previous = DEADLINE_ORDER[i - 1];
    if (previous && !errors[`deadlines.${phase}`] && !errors[`deadlines.${previous}`] && s.deadlines[phase] < s.deadlines[previous]) {
      errors[`deadlines.${phase}`] = `Comes on or after the ${previous} deadline`;
    }
  });
  if (!errors['deadlines.self'] && !errors.periodStart && s.deadlines.self < s.periodStart) errors['deadlines.self'] = 'Comes on or after the start of the period';
  const t = s.anonymity.threshold;
  if (!Number.isInteger(t) || t < MIN_ANONYMITY_THRESHOLD || t > MAX_ANONYMITY_THRESHOLD) {
    errors['anonymity.threshold'] = `A whole number from ${MIN_ANONYMITY_THRESHOLD} to ${MAX_ANONYMITY_THRESHOLD}`;
  }
  if (s.participants.kind === 'teams' && (s.participants.teamIds.length === 0 || s.participants.teamIds.length > MAX_LIST_FILTER)) {
    errors['participants.teamIds'] = `Choose 1 to ${MAX_LIST_FILTER} teams`;
  }
  if (s.participants.kind === 'departments') {
    const departments = s.participants.departments.map((d) => d.trim());
    if (departments.length === 0 || departments.length > MAX_LIST_FILTER || departments.some((d) => d.length === 0)) {
      errors['participants.departments'] = `Choose 1 to ${MAX_LIST_FILTER} departments`;
    }
  }
  if (s.compensation && !s.compensation.enabled && s.compensation.visibleToSubjectAfterRelease) {
    errors['compensation.visibleToSubjectAfterRelease'] = 'Only a cycle with compensation can show it';
  }
  return errors;
}

const anonymityOf = (input: CycleSettingsInput['anonymity']): Anonymity => ({
  mode: input?.mode ?? 'anonymous',
  threshold: input?.threshold ?? DEFAULT_ANONYMITY_THRESHOLD,
});

const normaliseParticipants = (p: Participants): Participants =>
  p.kind === 'teams' ? { kind: 'teams', teamIds: [...new Set(p.teamIds)] }
  : p.kind === 'departments' ? { kind: 'departments', departments: [...new Set(p.departments.map((d) => d.trim()))] }
  : { kind: 'all' };

function settingsFrom(input: CycleSettingsInput): Result<Omit<ReviewCycle, 'tenantId' | 'id' | 'phase' | 'launchedAt' | 'packetCount' | 'createdBy' | 'createdAt' | 'updatedAt' | 'revision'>, 'PERF.VALIDATION'> {
  const anonymity = anonymityOf(input.anonymity);
  const errors = settingsErrors({ ...input, anonymity });
  const template = buildTemplate(input.template);
  if (!template.ok) Object.assign(errors, (template.details?.fields as FieldErrors | undefined) ?? {});
  if (Object.keys(errors).length > 0 || !template.ok) return invalid(errors, 'The review cycle is not valid');
  return ok({
    name: input.name.trim(),
    type: input.type,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    participants: normaliseParticipants(input.participants),
    template: template.value,
    deadlines: { self: input.deadlines.self, peer: input.deadlines.peer, manager: input.deadlines.manager, calibration: input.deadlines.calibration },
    anonymity,
    compensation: input.compensation ?? { enabled: false, visibleToSubjectAfterRelease: false },
  });
}

export function newReviewCycle(input: CycleSettingsInput, meta: { tenantId: string; id: string; by: string; now: string }): Result<ReviewCycle, 'PERF.VALIDATION'> {
  if (meta.id.includes('.')) throw new Error('Review cycle ids never contain a dot');
  const settings = settingsFrom(input);
  if (!settings.ok) return settings;
  return ok({
    tenantId: meta.tenantId,
    id: meta.id,
    ...settings.value,
    phase: 'draft',
    launchedAt: null,
    packetCount: 0,
    createdBy: meta.by,
    createdAt: meta.now,
    updatedAt: meta.now,
    revision: 1,
  });
}

/** The settings of a cycle as input, so a partial change can be merged and validated whole. */
export const settingsInputOf = (cycle: ReviewCycle): CycleSettingsInput => ({
  name: cycle.name,
  type: cycle.type,
  periodStart: cycle.periodStart,
  periodEnd: cycle.periodEnd,
  participants: cycle.participants,
  template: cycle.template,
  deadlines: cycle.deadlines,
  anonymity: cycle.anonymity,
  compensation: cycle.compensation,
});

/** Applies HR's changes: anything while a draft; only the name and deadlines once launched; nothing once closed. */
export function changeReviewCycle(cycle: ReviewCycle, changes: CycleChanges, now: string): Result<ReviewCycle, 'PERF.VALIDATION' | 'PERF.WRONG_PHASE'> {
  const keys = (Object.keys(changes) as (keyof CycleSettingsInput)[]).filter((k) => changes[k] !== undefined);
  if (cycle.phase === 'closed') return fail('PERF.WRONG_PHASE', 'A closed review cycle cannot change');
  if (cycle.phase !== 'draft') {
    const locked = keys.filter((k) => !CHANGEABLE_AFTER_LAUNCH.has(k));
    if (locked.length > 0) return fail('PERF.WRONG_PHASE', `Once launched only the name and deadlines can change (not ${locked.join(', ')})`, { fields: Object.fromEntries(locked.map((k) => [k, 'Fixed since launch'])) });
  }
  const merged: CycleSettingsInput = { ...settingsInputOf(cycle), ...Object.fromEntries(keys.map((k) => [k, changes[k]])) };
  const settings = settingsFrom(merged);
  if (!settings.ok) return settings;
  return ok({ ...cycle, ...settings.value, updatedAt: now, revision: cycle.revision + 1 });
}
