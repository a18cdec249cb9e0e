import { nextPhase } from '../../../domain/performance/reviews/review-cycle-phases.js';
import type { ReviewCycle } from '../../../domain/performance/reviews/review-cycle.js';
import type { ReviewTemplate } from '../../../domain/performance/reviews/review-template.js';
import type { ReviewCycleSummaryView, ReviewCycleView, ReviewTemplateView } from './review-views.js';

export const templateView = (template: ReviewTemplate): ReviewTemplateView => ({
  competencies: template.competencies.map((c) => ({ id: c.id, name: c.name, description: c.description, scale: { points: c.scale.points.map((p) => ({ ...p })) } })),
  questions: template.questions.map((q) => ({ id: q.id, text: q.text, required: q.required })),
  overallScale: { points: template.overallScale.points.map((p) => ({ ...p })) },
});

export const cycleView = (cycle: ReviewCycle): ReviewCycleView => ({
  id: cycle.id,
  name: cycle.name,
  type: cycle.type,
  periodStart: cycle.periodStart,
  periodEnd: cycle.periodEnd,
  participants: cycle.participants,
  template: templateView(cycle.template),
  deadlines: { ...cycle.deadlines },
  anonymity: { ...cycle.anonymity },
  compensation: { ...cycle.compensation },
  phase: cycle.phase,
  nextPhase: nextPhase(cycle.phase),
  launchedAt: cycle.launchedAt,
  packetCount: cycle.packetCount,
  createdAt: cycle.createdAt,
  updatedAt: cycle.updatedAt,
  revision: cycle.revision,
});

export const cycleSummaryView = (cycle: ReviewCycle): ReviewCycleSummaryView => ({
  id: cycle.id,
  name: cycle.name,
  type: cycle.type,
  periodStart: cycle.periodStart,
  periodEnd: cycle.periodEnd,
  phase: cycle.phase,
  deadlines: { ...cycle.deadlines },
  launchedAt: cycle.launchedAt,
  packetCount: cycle.packetCount,
});
