/**
 * Objective and key result ids carry the id of their cycle, so any of them can be turned into
 * a Cosmos point read (partition tenant|cycle) without a lookup. Clients treat them as opaque.
 */
const CYCLE_ID = /^cy[a-z0-9]{4,32}$/;
const OBJECTIVE_ID = /^(cy[a-z0-9]{4,32})\.ob[a-z0-9]{4,32}$/;
const KEY_RESULT_ID = /^((cy[a-z0-9]{4,32})\.ob[a-z0-9]{4,32})\.kr[a-z0-9]{2,32}$/;

export const isCycleId = (value: string): boolean => CYCLE_ID.test(value);

export const makeObjectiveId = (cycleId: string, unique: string): string => `${cycleId}.ob${unique}`;
export const makeKeyResultId = (objectiveId: string, unique: string): string => `${objectiveId}.kr${unique}`;

export function parseObjectiveId(value: string): { cycleId: string; objectiveId: string } | null {
  const match = OBJECTIVE_ID.exec(value);
  return match ? { cycleId: match[1]!, objectiveId: value } : null;
}

export function parseKeyResultId(value: string): { cycleId: string; objectiveId: string; keyResultId: string } | null {
  const match = KEY_RESULT_ID.exec(value);
  return match ? { cycleId: match[2]!, objectiveId: match[1]!, keyResultId: value } : null;
}
