import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_PERMISSIONS, GUARDED_ACTIONS } from '../../../core/roles';
import { limitFromPercent, percentText, withPermission } from './role-permissions';

describe('role permissions editor rules', () => {
  it('allows and takes back one action for one role, keeping the till order and the other role', () => {
    const start = { manager: [...GUARDED_ACTIONS], cashier: [] as (typeof GUARDED_ACTIONS)[number][] };
    const refunds = withPermission(start, 'cashier', 'refund', true);
    const both = withPermission(refunds, 'cashier', 'void_paid_sale', true);
    expect(both.cashier).toEqual(['void_paid_sale', 'refund']);
    expect(both.manager).toEqual([...GUARDED_ACTIONS]);
    expect(withPermission(both, 'cashier', 'refund', true).cashier).toEqual(['void_paid_sale', 'refund']);
    expect(withPermission(both, 'cashier', 'refund', false).cashier).toEqual(['void_paid_sale']);
    const noSettings = withPermission(DEFAULT_ROLE_PERMISSIONS, 'manager', 'settings', false);
    expect(noSettings.manager).not.toContain('settings');
    expect(DEFAULT_ROLE_PERMISSIONS.manager).toContain('settings');
  });

  it('reads the discount limit as a percentage in whole basis points', () => {
    expect(limitFromPercent('20')).toBe(2000);
    expect(limitFromPercent('12,5')).toBe(1250);
    expect(limitFromPercent('0')).toBe(0);
    expect(limitFromPercent('100')).toBe(10_000);
    expect(limitFromPercent('100.5')).toBeNull();
    expect(limitFromPercent('12.345')).toBeNull();
    expect(limitFromPercent('')).toBeNull();
    expect(limitFromPercent('ten')).toBeNull();
    expect(percentText(1250)).toBe('12.5');
    expect(percentText(2000)).toBe('20');
  });
});
