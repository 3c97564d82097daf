// Guarded actions (core/roles.ts): a clear confirmation of what is about to happen and, when the
// signed-in role may not do it alone, the PIN of someone who may. The approver's staff id goes on
// the synced mutation as `approved_by` (SPEC §12). Wrong PINs are counted across dialogs and reloads
// (Dexie): after APPROVAL_MAX_FAILURES the pad locks for APPROVAL_LOCKOUT_MS, so guessing a manager's
// PIN at the counter takes hours, not minutes.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { mayDo, type GuardedAction, type RolePermissions, type StaffRole } from '../../../core/roles';
import { getSetting, putSetting, type ApprovalLockout, type TillDb } from '../../db/till-db';
import { useI18n } from '../i18n/use-i18n';
import { findStaffByPin } from '../screens/sign-in-screen';
import { Dialog } from './dialog';
import { PinPad } from './pin-pad';

export const APPROVAL_MAX_FAILURES = 3;
export const APPROVAL_LOCKOUT_MS = 30_000;

/** Wrong approval PINs on this till, kept in Dexie: closing the dialog or reloading the page does not reset them. */
async function readLockout(db: TillDb): Promise<ApprovalLockout> {
  return (await getSetting(db, 'approval_lockout')) ?? { failures: 0, until: 0 };
}

/** Milliseconds until approval PINs are accepted again (0 when not locked). */
export async function approvalLockedFor(db: TillDb, now = Date.now()): Promise<number> {
  const lockout = await readLockout(db);
  // A lockout further ahead than it can last means the clock was set back: it ends LOCKOUT_MS from now at the latest.
  return Math.min(APPROVAL_LOCKOUT_MS, Math.max(0, lockout.until - now));
}

/** Counts a refused PIN; the last allowed one starts the lockout. */
export async function noteApprovalFailure(db: TillDb, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const lockout = await readLockout(db);
    const failures = lockout.failures + 1;
    await putSetting(
      db,
      'approval_lockout',
      failures >= APPROVAL_MAX_FAILURES ? { failures: 0, until: now + APPROVAL_LOCKOUT_MS } : { failures, until: lockout.until },
    );
  });
}

/** Forgets refused PINs (after an accepted one). */
export async function resetApprovalLockout(db: TillDb): Promise<void> {
  await putSetting(db, 'approval_lockout', { failures: 0, until: 0 });
}

/** Whether the signed-in staff member must ask for a manager PIN before `action`. */
export function needsApproval(role: string, action: GuardedAction, permissions: RolePermissions | undefined): boolean {
  return !mayDo(asRole(role), action, permissions);
}

function asRole(role: string): StaffRole {
  return role === 'owner' || role === 'manager' ? role : 'cashier';
}

/** The active staff member with this PIN when their role may do `action`. */
export async function approverByPin(
  db: TillDb,
  pin: string,
  action: GuardedAction,
  permissions: RolePermissions | undefined,
): Promise<{ id: string; name: string } | null> {
  const staff = await findStaffByPin(db, pin);
  if (!staff || !mayDo(asRole(staff.role), action, permissions)) return null;
  return { id: staff.id, name: staff.name };
}

export interface ApprovalDialogProps {
  db: TillDb;
  action: GuardedAction;
  /** the signed-in staff member's role */
  role: string;
  permissions: RolePermissions | undefined;
  title: string;
  /** what will happen, in the shop's words */
  children?: ReactNode;
  confirmLabel: string;
  /** destructive actions get the red button, and Cancel has the focus (Enter does not destroy) */
  danger?: boolean;
  /**
   * false: no confirmation step, the action goes ahead as soon as it is allowed (opening settings,
   * a discount the cashier already confirmed in its own dialog).
   */
  confirm?: boolean;
  onClose(): void;
  /** approvedBy: the approver's staff id, null when the signed-in role may do it alone */
  onConfirm(approvedBy: string | null, approverName: string | null): void | Promise<void>;
}

export function ApprovalDialog(props: ApprovalDialogProps) {
  const { t } = useI18n();
  const guarded = needsApproval(props.role, props.action, props.permissions);
  const [approver, setApprover] = useState<{ id: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);

  if (guarded && !approver) {
    return (
      <Dialog title={t('approval.title')} onClose={props.onClose} testId="manager-approval">
        <p>
          <strong>{t(`approval.action.${props.action}`)}</strong> {t('approval.needsManager')}
        </p>
        <PinPad
          label={t('approval.pin')}
          onCancel={props.onClose}
          onSubmit={async (pin) => {
            const wait = await approvalLockedFor(props.db);
            if (wait > 0) return t('approval.locked', { seconds: Math.ceil(wait / 1000) });
            const found = await approverByPin(props.db, pin, props.action, props.permissions);
            if (!found) {
              await noteApprovalFailure(props.db);
              const locked = await approvalLockedFor(props.db);
              return locked > 0 ? t('approval.locked', { seconds: Math.ceil(locked / 1000) }) : t('approval.refused');
            }
            await resetApprovalLockout(props.db);
            if (props.confirm === false) await props.onConfirm(found.id, found.name);
            else setApprover(found);
            return null;
          }}
        />
      </Dialog>
    );
  }

  if (props.confirm === false) return <AllowedNow onConfirm={props.onConfirm} />;

  return (
    <Dialog title={props.title} onClose={props.onClose} testId="confirm-dialog">
      {props.children}
      {approver && <p data-testid="approved-by">{t('approval.approvedBy', { name: approver.name })}</p>}
      <div className="actions">
        <button type="button" className="btn" autoFocus={props.danger === true} data-testid="cancel-action" onClick={props.onClose}>
          {t('common.cancel')} <span className="key">Esc</span>
        </button>
        <button
          type="button"
          className={`btn ${props.danger ? 'danger' : 'primary'}`}
          autoFocus={props.danger !== true}
          disabled={busy}
          data-testid="confirm-action"
          onClick={async () => {
            setBusy(true);
            try {
              await props.onConfirm(approver?.id ?? null, approver?.name ?? null);
            } finally {
              setBusy(false);
            }
          }}
        >
          {props.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}

/** Allowed without asking and nothing to confirm: go ahead once, right after mounting. */
function AllowedNow({ onConfirm }: { onConfirm: ApprovalDialogProps['onConfirm'] }) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    void onConfirm(null, null);
  }, [onConfirm]);
  return null;
}
