// Customers of a business as API v1 objects: list with search, load, create and update, with their
// customer.created / customer.updated events in the caller's transaction. Live and test-mode
// customers are apart: writes touch only customers of the transaction's mode (storage/live-mode.ts).
import type { ListPage } from '../../core/api/common';
import type { Customer, CustomerCreate, CustomerUpdate } from '../../core/api/customers';
import { newId } from '../../core/ids';
import { recordEvent } from '../events/outbox';
import { ApiError } from '../http/api-error';
import { decodeListCursor, encodeListCursor } from '../http/list-cursor';
import type { Queryable } from '../storage/database';
import { previousAttributes } from '../catalog/products-repository';

const SELECT = `SELECT id, 'customer' AS object, name, email, phone, note, livemode, created_at, updated_at FROM customers`;

type Row = Omit<Customer, 'created_at' | 'updated_at'> & { created_at: Date | string; updated_at: Date | string };
const toCustomer = (row: Row): Customer => ({ ...row, created_at: new Date(row.created_at).toISOString(), updated_at: new Date(row.updated_at).toISOString() });

export async function getCustomer(q: Queryable, businessId: string, id: string): Promise<Customer | null> {
  const { rows } = await q.query<Row>(`${SELECT} WHERE business_id = $1 AND id = $2`, [businessId, id]);
  return rows[0] ? toCustomer(rows[0]) : null;
}

/** A page in id (creation) order; `query` matches name, email or phone anywhere (phone by its digits). */
export async function listCustomers(
  q: Queryable,
  filter: { businessId: string; query?: string | undefined; limit: number; cursor?: string | undefined; livemode?: boolean | undefined },
): Promise<ListPage<Customer>> {
  const where = ['business_id = $1', 'livemode = $2'];
  const params: unknown[] = [filter.businessId, filter.livemode ?? true];
  if (filter.query) {
    const text = `%${filter.query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const digits = filter.query.replace(/\D/g, '');
    params.push(text, digits.length >= 3 ? `%${digits}%` : null);
    where.push(`(lower(name) LIKE $3 OR lower(email) LIKE $3 OR ($4::text IS NOT NULL AND regexp_replace(phone, '\\D', '', 'g') LIKE $4))`);
  }
  if (filter.cursor) {
    params.push(decodeListCursor(filter.cursor));
    where.push(`id > $${params.length}`);
  }
  params.push(filter.limit + 1);
  const { rows } = await q.query<Row>(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY id LIMIT $${params.length}`, params);
  const page = rows.slice(0, filter.limit).map(toCustomer);
  const hasMore = rows.length > filter.limit;
  return { object: 'list', data: page, has_more: hasMore, next_cursor: hasMore ? encodeListCursor(page[page.length - 1]!.id) : null };
}

function requireContact(c: { name?: string | null; email?: string | null; phone?: string | null }): void {
  if (!c.name && !c.email && !c.phone) {
    throw new ApiError('invalid_request', 'customer_contact_required', 'A customer needs at least one of name, email and phone.', {
      status: 422,
      param: 'name',
    });
  }
}

/** E-mail addresses are kept lower-case (they are matched case-insensitively anyway). */
const normalEmail = (email: string | null | undefined) => (email ? email.trim().toLowerCase() : (email ?? null));

export async function createCustomerWithEvent(tx: Queryable, businessId: string, input: CustomerCreate): Promise<Customer> {
  requireContact(input);
  const id = newId('cus');
  await tx.query('INSERT INTO customers (id, business_id, name, email, phone, note) VALUES ($1, $2, $3, $4, $5, $6)', [
    id,
    businessId,
    input.name ?? null,
    normalEmail(input.email),
    input.phone ?? null,
    input.note ?? '',
  ]);
  const created = (await getCustomer(tx, businessId, id))!;
  await recordEvent(tx, { businessId, type: 'customer.created', data: { object: created } });
  return created;
}

/** The customer after the PATCH; null when there is none. No event when nothing changed. */
export async function updateCustomerWithEvent(tx: Queryable, businessId: string, id: string, patch: CustomerUpdate): Promise<Customer | null> {
  const locked = await tx.query<Row>(`${SELECT} WHERE business_id = $1 AND id = $2 AND livemode = pos_livemode() FOR UPDATE`, [businessId, id]);
  if (!locked.rows[0]) return null;
  const before = toCustomer(locked.rows[0]);
  const next = {
    name: patch.name !== undefined ? patch.name : before.name,
    email: patch.email !== undefined ? normalEmail(patch.email) : before.email,
    phone: patch.phone !== undefined ? patch.phone : before.phone,
    note: patch.note ?? before.note,
  };
  requireContact(next);
  await tx.query('UPDATE customers SET name = $2, email = $3, phone = $4, note = $5, updated_at = now() WHERE id = $1', [
    id,
    next.name,
    next.email,
    next.phone,
    next.note,
  ]);
  const after = (await getCustomer(tx, businessId, id))!;
  const previous = previousAttributes(before, after);
  if (Object.keys(previous).length > 0) await recordEvent(tx, { businessId, type: 'customer.updated', data: { object: after, previous_attributes: previous } });
  return after;
}
