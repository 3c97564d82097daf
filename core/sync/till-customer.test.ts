// The till's customer rows keep only the cashier's view, and search finds them by name or phone digits.
import { describe, expect, it } from 'vitest';
import { customerLabel, maskEmail, matchesCustomer, phoneTail, toTillCustomer } from './till-customer';

describe('till customer', () => {
  it('keeps the name, the last 4 phone digits and a masked e-mail, never the note', () => {
    const row = toTillCustomer({
      id: 'cus_1',
      name: 'Jana Novák',
      email: 'jana@example.com',
      phone: '+49 30 1234-5678',
      updated_at: '2026-12-03T09:00:00.000Z',
      note: 'VIP',
    } as never);
    expect(row).toEqual({ id: 'cus_1', name: 'Jana Novák', phone_last4: '5678', email_masked: 'j•••@example.com', updated_at: '2026-12-03T09:00:00.000Z' });
    expect(phoneTail(null)).toBeNull();
    expect(phoneTail('12')).toBe('12');
    expect(maskEmail(null)).toBeNull();
    expect(maskEmail('nope')).toBe('•••');
  });

  it('finds by the start of name words (accents ignored) and by phone digits as the customer says them', () => {
    const jana = { name: 'Jana Novák', phone_last4: '5678' };
    expect(matchesCustomer(jana, 'nov')).toBe(true);
    expect(matchesCustomer(jana, 'jana novak')).toBe(true);
    expect(matchesCustomer(jana, 'ovak')).toBe(false);
    expect(matchesCustomer(jana, '+49 30 1234 5678')).toBe(true);
    expect(matchesCustomer(jana, '678')).toBe(true);
    expect(matchesCustomer(jana, '030 1234 5679')).toBe(false);
    expect(matchesCustomer({ name: null, phone_last4: null }, 'jana')).toBe(false);
    expect(matchesCustomer(jana, '   ')).toBe(false);
    // No phone on file, or fewer digits on file than the cashier typed: digits cannot match.
    expect(matchesCustomer({ name: 'Jana', phone_last4: null }, '5678')).toBe(false);
    expect(matchesCustomer({ name: 'Jana', phone_last4: '78' }, '5678')).toBe(false);
  });

  it('labels a customer without a name by the masked e-mail or phone tail', () => {
    expect(customerLabel({ name: null, email_masked: 'j•••@example.com', phone_last4: '5678' })).toBe('j•••@example.com');
    expect(customerLabel({ name: null, email_masked: null, phone_last4: '5678' })).toBe('…5678');
    expect(customerLabel({ name: null, email_masked: null, phone_last4: null })).toBe('—');
  });
});
