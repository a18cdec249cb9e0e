import type { ErasureLedger } from '../../ports/erasure-ledger.js';
import type { GoalsErasure } from '../../ports/goals-erasure.js';
import type { PersonalGoalsData } from '../../ports/personal-goals-data.js';
import type { PerformanceDeps } from '../performance-deps.js';

/**
 * A data-subject request reaches both stores: the restricted one through the performance deps, the
 * shared goal containers only through these narrow ports (the OKR side never sees the review store).
 */
export interface PersonalDataDeps extends PerformanceDeps {
  readonly goalsData: PersonalGoalsData;
  readonly goalsErasure: GoalsErasure;
  readonly erasures: ErasureLedger;
  /** Told why an erasure step failed (the caller only learns which step): for the operators' log. */
  readonly onErasureStepFailed?: (step: string, error: unknown) => void;
}

/** The goals-store ports the composition root hands over beside the performance deps. */
export type PersonalDataPorts = Pick<PersonalDataDeps, 'goalsData' | 'goalsErasure' | 'erasures' | 'onErasureStepFailed'>;
