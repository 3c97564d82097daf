// What a till keeps of a customer (issue 13): only what a cashier needs to find and greet them —
// the name, the last digits of the phone and a masked e-mail; never the full phone, e-mail or the
// note (docs/decisions.md). The server builds these rows; the till searches them offline.
import { Type, type Static } from 'typebox';
import { Id, Text, Timestamp } from '../schema-primitives';

/** Digits of the phone a till gets: enough to confirm "the one ending in 4321", not to call them. */
export const PHONE_TAIL_DIGITS = 4;

export const TillCustomerSchema = Type.Object({
  id: Id,
  name: Type.Union([Text(200), Type.Null()]),
  /** the last PHONE_TAIL_DIGITS digits of the phone, or null */
  phone_last4: Type.Union([Type.String({ pattern: '^[0-9]{1,4}$' }), Type.Null()]),
  /** first character of the local part, then •••@domain (`j•••@example.com`), or null */
  email_masked: Type.Union([Text(320), Type.Null()]),
  updated_at: Timestamp(),
});
export type TillCustomer = Static<typeof TillCustomerSchema>;

export function phoneTail(phone: string | null): string | null {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits ? digits.slice(-PHONE_TAIL_DIGITS) : null;
}

export function maskEmail(email: string | null): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${email[0]}•••${email.slice(at)}`;
}

/** The till's row of a customer record (full contact details in, the cashier's view out). */
export function toTillCustomer(customer: { id: string; name: string | null; email: string | null; phone: string | null; updated_at: string }): TillCustomer {
  return {
    id: customer.id,
    name: customer.name,
    phone_last4: phoneTail(customer.phone),
    email_masked: maskEmail(customer.email),
    updated_at: customer.updated_at,
  };
}

/** A name to show and print: the name, else the masked e-mail, else "…4321". */
export function customerLabel(customer: Pick<TillCustomer, 'name' | 'phone_last4' | 'email_masked'>): string {
  return customer.name ?? customer.email_masked ?? (customer.phone_last4 ? `…${customer.phone_last4}` : '—');
}

/**
 * Does `query` find this customer? Words match the start of a word of the name (case- and
 * accent-insensitive, every word must match); digits (3 or more) match the phone's last digits,
 * so a cashier may type the whole number the customer says.
 */
export function matchesCustomer(customer: Pick<TillCustomer, 'name' | 'phone_last4'>, query: string): boolean {
  const digits = query.replace(/[\s+()./-]/g, '');
  if (/^\d{3,}$/.test(digits)) {
    if (!customer.phone_last4) return false;
    const tail = digits.slice(-PHONE_TAIL_DIGITS);
    return tail.length <= customer.phone_last4.length ? customer.phone_last4.endsWith(tail) : false;
  }
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0 || !customer.name) return false;
  const nameWords = fold(customer.name).split(/[\s-]+/);
  return words.every((w) => nameWords.some((n) => n.startsWith(w)));
}
