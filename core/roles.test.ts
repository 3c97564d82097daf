import { describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import { DEFAULT_ROLE_PERMISSIONS, GUARDED_ACTIONS, GUARDED_ACTION_LABELS, mayDo, RolePermissionsSchema } from './roles';

describe('till roles', () => {
  it('by default managers and owners may do every guarded action, cashiers none', () => {
    for (const action of GUARDED_ACTIONS) {
      expect(mayDo('owner', action)).toBe(true);
      expect(mayDo('manager', action)).toBe(true);
      expect(mayDo('cashier', action)).toBe(false);
      expect(GUARDED_ACTION_LABELS[action]).not.toBe('');
    }
  });

  it('follows the business settings; an owner is never restricted', () => {
    const permissions = { manager: ['refund' as const], cashier: ['no_sale' as const] };
    expect(mayDo('cashier', 'no_sale', permissions)).toBe(true);
    expect(mayDo('cashier', 'refund', permissions)).toBe(false);
    expect(mayDo('manager', 'close_shift', permissions)).toBe(false);
    expect(mayDo('owner', 'close_shift', { manager: [], cashier: [] })).toBe(true);
  });

  it('the schema accepts the defaults and refuses unknown actions and fields', () => {
    expect(Value.Check(RolePermissionsSchema, DEFAULT_ROLE_PERMISSIONS)).toBe(true);
    expect(Value.Check(RolePermissionsSchema, { manager: ['fly'], cashier: [] })).toBe(false);
    expect(Value.Check(RolePermissionsSchema, { manager: [], cashier: [], owner: [] })).toBe(false);
  });
});
