/** The HTTP status the Cosmos SDK attached to an error, if any. */
export function cosmosStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'number') return code;
  }
  return undefined;
}

export const isCosmosStatus = (error: unknown, status: number): boolean => cosmosStatus(error) === status;
