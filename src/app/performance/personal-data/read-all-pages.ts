import type { Result } from '../../../domain/shared/result.js';
import type { Page, PageRequest } from '../../ports/goals-repository.js';

const PAGE: PageRequest = { limit: 200 };

/** Every item of a paged list; a page the store refuses ends the list (a continuation it no longer knows). */
export async function readAllPages<T>(pager: (page: PageRequest) => Promise<Result<Page<T>, string>>): Promise<T[]> {
  const items: T[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await pager(continuationToken ? { ...PAGE, continuationToken } : PAGE);
    if (!page.ok) break;
    items.push(...page.value.items);
    continuationToken = page.value.continuationToken;
  } while (continuationToken);
  return items;
}
