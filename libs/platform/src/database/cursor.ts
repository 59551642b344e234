import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors/domain-error';

export interface PageArgs {
  first?: number;
  after?: string | null;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

export const MAX_PAGE_SIZE = 100;

/**
 * Cursors are opaque to clients: the creation time and id of the last row seen. Paged tables keep
 * `created_at` as `timestamptz(3)` so that the millisecond a JavaScript Date holds is the whole value.
 */
export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) {
    throw badInput('Le curseur de pagination est invalide : reprenez la liste depuis le début.', 'after');
  }
  return { createdAt, id };
}

export function pageSize(first: number | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(`« first » doit être un entier entre 1 et ${MAX_PAGE_SIZE}.`, 'first');
  }
  return size;
}

/**
 * Cursor pagination in creation order over any query whose rows have `createdAt` and `id`: the one
 * implementation behind every list, tenant-scoped or platform-wide.
 */
export async function paginate<T extends ObjectLiteral & { createdAt: Date; id: string }>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  args: PageArgs,
  defaultSize = 20,
): Promise<Page<T>> {
  const size = pageSize(args.first, defaultSize);
  const totalCount = await qb.clone().getCount();
  if (args.after) {
    const { createdAt, id } = decodeCursor(args.after);
    qb.andWhere(`(${alias}.createdAt, ${alias}.id) > (:cursorAt, :cursorId)`, {
      cursorAt: createdAt,
      cursorId: id,
    });
  }
  const rows = await qb
    .orderBy(`${alias}.createdAt`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .take(size + 1)
    .getMany();
  const items = rows.slice(0, size);
  const last = items[items.length - 1];
  return {
    items,
    hasNextPage: rows.length > size,
    endCursor: last ? encodeCursor(last.createdAt, last.id) : null,
    totalCount,
  };
}
