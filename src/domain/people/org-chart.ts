import { fail, ok, type Result } from '../shared/result.js';

export interface ReportingLine {
  readonly id: string;
  readonly managerId: string | null;
}

/**
 * Manager chains for everyone, nearest manager first. Computed once when the org is loaded,
 * so "is X above Y" is a lookup on Y's document rather than a walk over many reads.
 */
export function buildManagerChains(
  people: readonly ReportingLine[],
): Result<Map<string, string[]>, 'ORG.MANAGER_CYCLE' | 'ORG.UNKNOWN_MANAGER'> {
  const managerOf = new Map(people.map((p) => [p.id, p.managerId]));
  const chains = new Map<string, string[]>();
  for (const person of people) {
    const chain: string[] = [];
    const seen = new Set([person.id]);
    let next = person.managerId;
    while (next !== null) {
      if (seen.has(next)) {
        return fail('ORG.MANAGER_CYCLE', `The reporting lines of ${person.id} loop back on themselves`, {
          personId: person.id,
        });
      }
      if (!managerOf.has(next)) {
        return fail('ORG.UNKNOWN_MANAGER', `${person.id} reports to ${next}, who is not in the organisation`, {
          personId: person.id,
          managerId: next,
        });
      }
      seen.add(next);
      chain.push(next);
      next = managerOf.get(next) ?? null;
    }
    chains.set(person.id, chain);
  }
  return ok(chains);
}

export const isInManagerChain = (subject: { readonly managerChain: readonly string[] }, candidateId: string): boolean =>
  subject.managerChain.includes(candidateId);

export const isDirectManager = (subject: { readonly managerId: string | null }, candidateId: string): boolean =>
  subject.managerId === candidateId;
