import type { RatingScale } from './rating-scale.js';
import type { NineBoxLevel } from './review-packet.js';

/** What calibration needs of one review. */
export interface CalibrationFacts {
  readonly subjectId: string;
  /** Teams at launch; a person in no team counts under `null`. */
  readonly teamIds: readonly string[];
  readonly finalRating: number | null;
  readonly performance: NineBoxLevel | null;
  readonly potential: NineBoxLevel | null;
}

export interface RatingCount {
  readonly rating: number;
  readonly label: string;
  readonly count: number;
}

export interface TeamDistribution {
  readonly teamId: string | null;
  readonly people: number;
  readonly unrated: number;
  readonly counts: readonly RatingCount[];
}

export interface NineBoxCell {
  readonly performance: NineBoxLevel;
  readonly potential: NineBoxLevel;
  readonly count: number;
  readonly subjectIds: readonly string[];
}

export interface NineBox {
  readonly cells: readonly NineBoxCell[];
  readonly unplaced: number;
}

const LEVELS: readonly NineBoxLevel[] = [1, 2, 3];

/** How many final ratings fall on each point of the scale (every point listed, zero included). */
export function ratingDistribution(facts: readonly CalibrationFacts[], scale: RatingScale): RatingCount[] {
  return scale.points.map((p) => ({ rating: p.value, label: p.label, count: facts.filter((f) => f.finalRating === p.value).length }));
}

/** The distribution per team at launch; a person in two teams counts in both. Teams sorted by id, no team last. */
export function distributionByTeam(facts: readonly CalibrationFacts[], scale: RatingScale): TeamDistribution[] {
  const teams = new Map<string | null, CalibrationFacts[]>();
  for (const f of facts) {
    const keys = f.teamIds.length > 0 ? f.teamIds : [null];
    for (const key of keys) teams.set(key, [...(teams.get(key) ?? []), f]);
  }
  return [...teams.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([teamId, members]) => ({
      teamId,
      people: members.length,
      unrated: members.filter((m) => m.finalRating === null).length,
      counts: ratingDistribution(members, scale),
    }));
}

/** The 9-box: all nine cells (performance × potential, low to high), and who is not placed yet. */
export function nineBox(facts: readonly CalibrationFacts[]): NineBox {
  const cells = LEVELS.flatMap((performance) =>
    LEVELS.map((potential) => {
      const subjectIds = facts.filter((f) => f.performance === performance && f.potential === potential).map((f) => f.subjectId);
      return { performance, potential, count: subjectIds.length, subjectIds };
    }),
  );
  return { cells, unplaced: facts.filter((f) => f.performance === null || f.potential === null).length };
}
