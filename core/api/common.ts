// Building blocks of the API v1 schemas (SPEC §5.1): money, ids, timestamps and the list envelope.
import { Type, type Static, type TSchema } from 'typebox';

/** An opaque prefixed id (`prd_…`); callers must not parse it. */
export const IdString = (prefix: string, description?: string) =>
  Type.String({ minLength: 1, maxLength: 64, description: description ?? `${prefix}_… id`, examples: [`${prefix}_01JD0000000000000000000000`] });

export const LIST_LIMIT_DEFAULT = 25;
export const LIST_LIMIT_MAX = 100;

/** `?limit=&cursor=` shared by every list. */
export const ListQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: LIST_LIMIT_MAX, default: LIST_LIMIT_DEFAULT, description: '1–100, default 25' })),
  cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'next_cursor of the previous page' })),
};

/** `{data, next_cursor, has_more}` around a page of `item`. */
export const ListOf = <T extends TSchema>(item: T, name: string) =>
  Type.Object(
    {
      object: Type.Literal('list'),
      data: Type.Array(item),
      next_cursor: Type.Union([Type.String(), Type.Null()], { description: 'pass as ?cursor= for the next page; null on the last page' }),
      has_more: Type.Boolean(),
    },
    { title: `${name}List` },
  );

export interface ListPage<T> {
  object: 'list';
  data: T[];
  next_cursor: string | null;
  has_more: boolean;
}

export const DeletedSchema = Type.Object({ id: Type.String(), object: Type.String(), deleted: Type.Literal(true) });
export type Deleted = Static<typeof DeletedSchema>;
