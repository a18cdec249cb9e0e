import { OKR_ERROR, type OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { DirectoryRepository } from '../ports/directory-repository.js';

/** Contributors and key result owners must be people of the actor's tenant. One query. */
export async function checkPeopleExist(directory: DirectoryRepository, tenantId: string, ids: readonly string[], field: string): Promise<Result<void, OkrErrorCode>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return ok(undefined);
  const found = new Set((await directory.getPeople(tenantId, wanted)).map((p) => p.id));
  const missing = wanted.filter((id) => !found.has(id));
  return missing.length === 0
    ? ok(undefined)
    : fail(OKR_ERROR.validation, 'Some people are not in your organisation', { fields: { [field]: `Unknown people: ${missing.join(', ')}` } });
}
