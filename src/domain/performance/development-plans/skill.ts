import { ok, type Result } from '../../shared/result.js';
import type { PerformanceErrorCode } from '../performance-error-codes.js';
import { fieldErrors } from './field-errors.js';

export const MIN_SKILL_LEVEL = 1;
export const MAX_SKILL_LEVEL = 5;
export const MAX_SKILL_NAME_LENGTH = 100;

/** A skill with where the person is and where the role needs them, on a 1 to 5 scale. */
export interface Skill {
  readonly id: string;
  readonly name: string;
  readonly currentLevel: number;
  readonly targetLevel: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly revision: number;
}

export interface SkillFields {
  readonly name: string;
  readonly currentLevel: number;
  readonly targetLevel: number;
}

const isLevel = (n: number): boolean => Number.isInteger(n) && n >= MIN_SKILL_LEVEL && n <= MAX_SKILL_LEVEL;
const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** `others`: the plan's other skills, whose names this one may not repeat. */
function checkSkill(fields: SkillFields, others: readonly Skill[]): Result<SkillFields, PerformanceErrorCode> {
  const errors: Record<string, string> = {};
  const name = fields.name.trim();
  if (name.length === 0) errors.name = 'Name the skill';
  else if (name.length > MAX_SKILL_NAME_LENGTH) errors.name = `At most ${MAX_SKILL_NAME_LENGTH} characters`;
  else if (others.some((s) => sameName(s.name, name))) errors.name = 'The plan has this skill already';
  if (!isLevel(fields.currentLevel)) errors.currentLevel = `A whole number from ${MIN_SKILL_LEVEL} to ${MAX_SKILL_LEVEL}`;
  if (!isLevel(fields.targetLevel)) errors.targetLevel = `A whole number from ${MIN_SKILL_LEVEL} to ${MAX_SKILL_LEVEL}`;
  else if (isLevel(fields.currentLevel) && fields.targetLevel < fields.currentLevel) errors.targetLevel = 'The target is at or above the current level';
  return Object.keys(errors).length > 0 ? fieldErrors(errors) : ok({ name, currentLevel: fields.currentLevel, targetLevel: fields.targetLevel });
}

export function makeSkill(fields: SkillFields, others: readonly Skill[], meta: { id: string; now: string }): Result<Skill, PerformanceErrorCode> {
  const checked = checkSkill(fields, others);
  if (!checked.ok) return checked;
  return ok({ id: meta.id, ...checked.value, createdAt: meta.now, updatedAt: meta.now, revision: 1 });
}

export function reviseSkill(skill: Skill, changes: Partial<SkillFields>, others: readonly Skill[], now: string): Result<Skill, PerformanceErrorCode> {
  const checked = checkSkill({ name: changes.name ?? skill.name, currentLevel: changes.currentLevel ?? skill.currentLevel, targetLevel: changes.targetLevel ?? skill.targetLevel }, others.filter((s) => s.id !== skill.id));
  if (!checked.ok) return checked;
  return ok({ ...skill, ...checked.value, updatedAt: now, revision: skill.revision + 1 });
}
