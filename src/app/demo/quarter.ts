/** Calendar quarters in UTC, for naming and dating the demo cycles around today. */
export interface Quarter {
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function quarterContaining(date: Date, offset = 0): Quarter {
  const index = date.getUTCFullYear() * 4 + Math.floor(date.getUTCMonth() / 3) + offset;
  const year = Math.floor(index / 4);
  const q = index % 4;
  const startMonth = q * 3;
  const end = new Date(Date.UTC(year, startMonth + 3, 0));
  return {
    name: `${year} Q${q + 1}`,
    startDate: `${year}-${pad(startMonth + 1)}-01`,
    endDate: `${year}-${pad(startMonth + 3)}-${pad(end.getUTCDate())}`,
  };
}
