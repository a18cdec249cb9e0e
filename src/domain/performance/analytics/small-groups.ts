/**
 * Aggregates about people are shown only over groups large enough that nobody can be picked out:
 * a group below the anonymity threshold is not shown as zero but withheld, with a marker that says
 * why. The threshold is the review cycle's anonymity threshold, or the default for feedback.
 */
export const TOO_FEW_PEOPLE = 'too-few-people' as const;

/** An aggregate over `people` people, shown. */
export type Shown<T> = { readonly shown: true; readonly people: number } & T;

/** Stands in for an aggregate over fewer people than the threshold: no number at all, not even the group size. */
export interface Withheld {
  readonly shown: false;
  readonly reason: typeof TOO_FEW_PEOPLE;
  readonly threshold: number;
}

export type Disclosure<T> = Shown<T> | Withheld;

export const withheld = (threshold: number): Withheld => ({ shown: false, reason: TOO_FEW_PEOPLE, threshold });

/** The aggregate when its group reaches the threshold, else the marker. */
export function disclose<T extends object>(people: number, value: T, threshold: number): Disclosure<T> {
  return people >= threshold ? { shown: true, people, ...value } : withheld(threshold);
}

/** One group of a breakdown (a team, say) before disclosure. */
export interface GroupAggregate<K, T> {
  readonly key: K;
  readonly people: number;
  readonly value: T;
}

/**
 * Discloses every group of a breakdown. When the groups split the total exactly (each person in
 * one group), the total is shown and exactly one group is withheld, that group could be worked out
 * by subtracting the others from the total: the smallest shown group is withheld as well
 * (complementary suppression). Groups that overlap (a person in two teams) do not add up to the
 * total, so subtraction tells nothing and no second group is withheld. Groups keep their order.
 */
export function discloseBreakdown<K, T extends object>(groups: readonly GroupAggregate<K, T>[], threshold: number, total: { readonly shown: boolean; readonly people: number }): { key: K; aggregate: Disclosure<T> }[] {
  const small = new Set(groups.filter((g) => g.people < threshold).map((g) => g.key));
  const partition = groups.reduce((n, g) => n + g.people, 0) === total.people;
  if (total.shown && partition && small.size === 1 && groups.length > 1) {
    const smallestShown = groups.filter((g) => !small.has(g.key)).reduce<GroupAggregate<K, T> | null>((min, g) => (min === null || g.people < min.people ? g : min), null);
    if (smallestShown) small.add(smallestShown.key);
  }
  return groups.map((g) => ({ key: g.key, aggregate: small.has(g.key) ? withheld(threshold) : { shown: true as const, people: g.people, ...g.value } }));
}
