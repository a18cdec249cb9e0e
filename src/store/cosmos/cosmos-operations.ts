import type { Container, ItemDefinition, SqlQuerySpec } from '@azure/cosmos';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { Page, PageRequest, StoreReadError, StoreWriteError } from '../../app/ports/goals-repository.js';
import { cosmosStatus } from './cosmos-errors.js';
import { measured } from './cosmos-metrics.js';
import { unwrapContinuation, wrapContinuation } from './continuation.js';

/** Fields Cosmos adds to every document; stripped before a document becomes a domain value. */
const SYSTEM_FIELDS = ['_rid', '_self', '_etag', '_attachments', '_ts'] as const;

export type StoredDoc = ItemDefinition & { id: string; pk: string };

export function withoutFields<T>(doc: object, fields: readonly string[]): T {
  const copy: Record<string, unknown> = { ...doc };
  for (const field of [...SYSTEM_FIELDS, ...fields]) delete copy[field];
  return copy as T;
}

/** Cosmos refuses ids with these characters before sending anything; no stored document can have one. */
const UNUSABLE_ID = /[/\\#?]/;

export async function readDoc<T extends StoredDoc>(container: Container, id: string, pk: string): Promise<{ doc: T; etag: string } | null> {
  if (id.length === 0 || id.length > 255 || UNUSABLE_ID.test(id)) return null;
  const response = await measured('point-read', () => container.item(id, pk).read<T>());
  return response.resource && response.etag ? { doc: response.resource, etag: response.etag } : null;
}

export async function createDoc<T extends StoredDoc>(container: Container, doc: T): Promise<Result<{ doc: T; etag: string }, StoreWriteError>> {
  try {
    const response = await measured('write', () => container.items.create<T>(doc));
    return ok({ doc: response.resource as T, etag: response.etag });
  } catch (error) {
    if (cosmosStatus(error) === 409) return fail('STORE.DUPLICATE', `A document ${doc.id} exists already`);
    throw error;
  }
}

/** Replaces only if nobody wrote the document since `etag` was read. */
export async function replaceDoc<T extends StoredDoc>(container: Container, doc: T, etag: string): Promise<Result<{ doc: T; etag: string }, StoreWriteError>> {
  try {
    const response = await measured('write', () =>
      container.item(doc.id, doc.pk).replace<T>(doc, { accessCondition: { type: 'IfMatch', condition: etag } }),
    );
    return ok({ doc: response.resource as T, etag: response.etag });
  } catch (error) {
    const status = cosmosStatus(error);
    if (status === 412) return fail('STORE.CONFLICT', `${doc.id} changed since it was read`);
    if (status === 404) return fail('STORE.NOT_FOUND', `${doc.id} no longer exists`);
    throw error;
  }
}

export async function upsertDoc<T extends StoredDoc>(container: Container, doc: T): Promise<void> {
  await measured('write', () => container.items.upsert(doc));
}

export async function deleteDoc(container: Container, id: string, pk: string, etag?: string): Promise<Result<void, StoreWriteError>> {
  try {
    await measured('write', () =>
      container.item(id, pk).delete(etag === undefined ? undefined : { accessCondition: { type: 'IfMatch', condition: etag } }),
    );
    return ok(undefined);
  } catch (error) {
    const status = cosmosStatus(error);
    if (status === 412) return fail('STORE.CONFLICT', `${id} changed since it was read`);
    if (status === 404) return fail('STORE.NOT_FOUND', `${id} does not exist`);
    throw error;
  }
}

/**
 * Every query names its partition in WHERE as well as in the options: Azure routes by the option,
 * while the local server ignores it and would otherwise answer from every partition.
 */
function scoped(query: SqlQuerySpec, partitionKey: string): SqlQuerySpec {
  if (!/\bc\.pk = @pk\b/.test(query.query)) throw new Error(`Query without its partition filter: ${query.query}`);
  return { query: query.query, parameters: [...(query.parameters ?? []), { name: '@pk', value: partitionKey }] };
}

/** One page of a single-partition query: one round trip. */
export async function queryPage<T>(container: Container, query: SqlQuerySpec, partitionKey: string, page: PageRequest): Promise<Result<Page<T>, StoreReadError>> {
  const scope = `${partitionKey}\n${query.query}\n${JSON.stringify(query.parameters ?? [])}`;
  const continuation = unwrapContinuation(scope, page.continuationToken);
  if (!continuation.ok) return fail('STORE.BAD_CONTINUATION', 'That continuation token is not one Tandem issued');
  try {
    const response = await measured('single-partition-query', () =>
      container.items
        .query<T>(scoped(query, partitionKey), { partitionKey, maxItemCount: page.limit, ...(continuation.value ? { continuationToken: continuation.value } : {}) })
        .fetchNext(),
    );
    const next = response.hasMoreResults ? wrapContinuation(scope, response.continuationToken) : undefined;
    return ok(next ? { items: response.resources, continuationToken: next } : { items: response.resources });
  } catch (error) {
    const status = cosmosStatus(error);
    if (continuation.value !== undefined && (status === 400 || status === undefined)) {
      return fail('STORE.BAD_CONTINUATION', 'That continuation token no longer fits this query');
    }
    throw error;
  }
}

/** Every result of a single-partition query; large pages keep the round trips few. */
export async function queryAll<T>(container: Container, query: SqlQuerySpec, partitionKey: string, pageSize = 1000): Promise<T[]> {
  const iterator = container.items.query<T>(scoped(query, partitionKey), { partitionKey, maxItemCount: pageSize });
  const results: T[] = [];
  while (iterator.hasMoreResults()) {
    const response = await measured('single-partition-query', () => iterator.fetchNext());
    results.push(...response.resources);
  }
  return results;
}
