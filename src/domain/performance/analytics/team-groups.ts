/**
 * Splits facts about people into teams: a person in two teams counts in both, a person in none
 * under `null`. Teams in id order, "no team" last, so every breakdown reads the same way.
 */
export function groupByTeam<F extends { readonly teamIds: readonly string[] }>(facts: readonly F[]): { teamId: string | null; members: F[] }[] {
  const teams = new Map<string | null, F[]>();
  for (const fact of facts) {
    for (const key of fact.teamIds.length > 0 ? [...new Set(fact.teamIds)] : [null]) teams.set(key, [...(teams.get(key) ?? []), fact]);
  }
  return [...teams.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([teamId, members]) => ({ teamId, members }));
}
