// The approval dialog: who may approve a guarded action by PIN, the lockout after wrong PINs (kept
// in Dexie), the confirmation step, and the role permissions from the back office.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RolePermissions } from '../../../core/roles';
import { freshTillDb } from '../../db/test-till';
import { seedStaff } from '../testing/staff';
import { TillDb } from '../../db/till-db';
import { I18nProvider } from '../i18n/use-i18n';
import { APPROVAL_LOCKOUT_MS, APPROVAL_MAX_FAILURES, ApprovalDialog, approvalLockedFor, noteApprovalFailure, resetApprovalLockout } from './approval-dialog';

let db: TillDb;
let user: UserEvent;

beforeEach(async () => {
  user = userEvent.setup();
  db = freshTillDb();
  await seedStaff(db, [{ id: 'stf_old', name: 'Old Boss', role: 'owner', pin: '7777', active: false }]);
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

const pinInput = () => document.querySelector<HTMLInputElement>('[data-testid="manager-approval"] input');
const alertText = () => document.querySelector('[role="alert"]')?.textContent ?? '';

/** Types a PIN and Enter, then waits until the pad has taken it (PBKDF2 and the Dexie reads run outside React). */
async function enterPin(pin: string): Promise<void> {
  await user.type(pinInput()!, `${pin}{Enter}`);
  await waitFor(() => expect(pinInput()?.value ?? '').toBe(''));
}

function mount(props: {
  role: string;
  permissions?: RolePermissions;
  confirm?: boolean;
  danger?: boolean;
  locale?: string;
  onConfirm?: () => void;
  onClose?: () => void;
}) {
  const onConfirm = props.onConfirm ?? vi.fn();
  const onClose = props.onClose ?? vi.fn();
  return {
    onConfirm,
    onClose,
    view: render(
      <I18nProvider location={{ locale: props.locale ?? 'en-IE', timezone: 'Europe/Dublin' }}>
        <ApprovalDialog
          db={db}
          action="void_paid_sale"
          role={props.role}
          permissions={props.permissions}
          title="Void sale 42?"
          confirmLabel="Void sale of €12.90"
          danger={props.danger ?? true}
          {...(props.confirm === undefined ? {} : { confirm: props.confirm })}
          onClose={onClose}
          onConfirm={onConfirm}
        >
          <p>The whole sale of €12.90 is cancelled.</p>
        </ApprovalDialog>
      </I18nProvider>,
    ),
  };
}

describe('approval dialog', () => {
  it('asks a cashier for a manager PIN, refuses a cashier PIN and a wrong one, then records the manager', async () => {
    const m = mount({ role: 'cashier' });
    expect(document.querySelector('[data-testid="manager-approval"]')?.textContent).toContain('Voiding a paid sale');
    expect(document.querySelector('[data-testid="confirm-dialog"]')).toBeNull();

    await enterPin('1111'); // a cashier may not approve
    expect(alertText()).toBe('That PIN may not approve this.');
    await enterPin('0000');
    expect(alertText()).toBe('That PIN may not approve this.');
    expect(m.onConfirm).not.toHaveBeenCalled();

    await enterPin('1234');
    expect(document.querySelector('[data-testid="approved-by"]')?.textContent).toBe('Approved by Anna.');
    // Destructive: Cancel has the focus, so a stray Enter does not void the sale.
    expect(document.activeElement?.getAttribute('data-testid')).toBe('cancel-action');
    expect(m.onConfirm).not.toHaveBeenCalled();
    await user.click(screen.getByTestId('confirm-action'));
    expect(m.onConfirm).toHaveBeenCalledWith('stf_anna', 'Anna');
  });

  it("an inactive owner's PIN approves nothing", async () => {
    mount({ role: 'cashier' });
    await enterPin('7777');
    expect(alertText()).toBe('That PIN may not approve this.');
  });

  it(`locks the PIN pad for ${APPROVAL_LOCKOUT_MS / 1000} s after ${APPROVAL_MAX_FAILURES} wrong PINs, even for the right one`, async () => {
    const m = mount({ role: 'cashier' });
    for (let i = 1; i < APPROVAL_MAX_FAILURES; i++) await enterPin('0000');
    expect(alertText()).toBe('That PIN may not approve this.');
    await enterPin('0000');
    expect(alertText()).toMatch(/^Too many wrong PINs\. Try again in (30|29) s\.$/);
    await enterPin('1234');
    expect(alertText()).toMatch(/^Too many wrong PINs/);
    expect(document.querySelector('[data-testid="approved-by"]')).toBeNull();
    expect(m.onConfirm).not.toHaveBeenCalled();
  });

  it('the lockout ends after its time and a right PIN forgets earlier failures', async () => {
    const t0 = 1_000_000;
    await noteApprovalFailure(db, t0);
    await noteApprovalFailure(db, t0);
    expect(await approvalLockedFor(db, t0)).toBe(0);
    await noteApprovalFailure(db, t0);
    expect(await approvalLockedFor(db, t0)).toBe(APPROVAL_LOCKOUT_MS);
    expect(await approvalLockedFor(db, t0 + APPROVAL_LOCKOUT_MS - 1)).toBe(1);
    expect(await approvalLockedFor(db, t0 + APPROVAL_LOCKOUT_MS)).toBe(0);
    // A clock set back does not stretch the lockout beyond its length.
    expect(await approvalLockedFor(db, t0 - 3_600_000)).toBe(APPROVAL_LOCKOUT_MS);
    await resetApprovalLockout(db);
    await noteApprovalFailure(db, t0);
    await noteApprovalFailure(db, t0);
    expect(await approvalLockedFor(db, t0)).toBe(0);
  });

  it('a reload does not reset the lockout nor the wrong PINs counted so far (they are in Dexie)', async () => {
    const first = mount({ role: 'cashier' });
    for (let i = 1; i < APPROVAL_MAX_FAILURES; i++) await enterPin('0000');
    first.view.unmount();
    // "Reload": a new connection to the same IndexedDB database, a new dialog.
    db.close();
    db = new TillDb(db.name);
    const second = mount({ role: 'cashier' });
    await enterPin('0000');
    expect(alertText()).toMatch(/^Too many wrong PINs\. Try again in (30|29) s\.$/);
    second.view.unmount();
    db.close();
    db = new TillDb(db.name);
    mount({ role: 'cashier' });
    await enterPin('1234');
    expect(alertText()).toMatch(/^Too many wrong PINs/);
    expect(document.querySelector('[data-testid="approved-by"]')).toBeNull();
    expect(await approvalLockedFor(db)).toBeGreaterThan(APPROVAL_LOCKOUT_MS - 10_000);
  });

  it('a manager signed in is not asked for a PIN: only the confirmation, approved by nobody', async () => {
    const m = mount({ role: 'manager' });
    expect(document.querySelector('[data-testid="manager-approval"]')).toBeNull();
    expect(document.querySelector('[data-testid="confirm-dialog"]')?.textContent).toContain('The whole sale of €12.90 is cancelled.');
    await user.click(screen.getByTestId('confirm-action'));
    expect(m.onConfirm).toHaveBeenCalledWith(null, null);
  });

  it('follows the role permissions from the back office: a cashier allowed to void is not asked, a manager denied is', async () => {
    const allowed = mount({ role: 'cashier', permissions: { manager: [], cashier: ['void_paid_sale'] } });
    expect(document.querySelector('[data-testid="manager-approval"]')).toBeNull();
    allowed.view.unmount();
    mount({ role: 'manager', permissions: { manager: [], cashier: [] } });
    expect(document.querySelector('[data-testid="manager-approval"]')).not.toBeNull();
    // No manager may approve now; only an owner could (none is active here).
    await enterPin('1234');
    expect(alertText()).toBe('That PIN may not approve this.');
  });

  it('Cancel and Esc close without doing anything', async () => {
    const m = mount({ role: 'manager' });
    await user.keyboard('{Escape}');
    expect(m.onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByTestId('cancel-action'));
    expect(m.onClose).toHaveBeenCalledTimes(2);
    expect(m.onConfirm).not.toHaveBeenCalled();
  });

  it('without a confirmation step the approval goes straight ahead (and at once when none is needed)', async () => {
    const asked = mount({ role: 'cashier', confirm: false });
    await enterPin('1234');
    expect(asked.onConfirm).toHaveBeenCalledWith('stf_anna', 'Anna');
    asked.view.unmount();
    const free = mount({ role: 'owner', confirm: false });
    await waitFor(() => expect(free.onConfirm).toHaveBeenCalledWith(null, null));
    expect(free.onConfirm).toHaveBeenCalledTimes(1);
  });

  it('speaks German on a German till', async () => {
    mount({ role: 'cashier', locale: 'de-DE' });
    expect(document.querySelector('[data-testid="manager-approval"]')?.textContent).toContain('Das Stornieren eines bezahlten Verkaufs braucht eine Freigabe');
    await enterPin('0000');
    expect(alertText()).toBe('Diese PIN darf das nicht freigeben.');
  });
});
