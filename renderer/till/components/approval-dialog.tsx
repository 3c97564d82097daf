// Guarded actions (core/roles.ts): a clear confirmation of what is about to happen and, when the
// signed-in role may not do it alone, the PIN of someone who may. The approver's staff id goes on
// the synced mutation as `approved_by` (SPEC §12).
import { useState, type ReactNode } from 'react';
import { GUARDED_ACTION_LABELS, mayDo, type GuardedAction, type RolePermissions, type StaffRole } from '../../../core/roles';
import type { TillDb } from '../../db/till-db';
import { findStaffByPin } from '../screens/sign-in-screen';
import { Dialog } from './dialog';
import { PinPad } from './pin-pad';

/** Whether the signed-in staff member must ask for a manager PIN before `action`. */
export function needsApproval(role: string, action: GuardedAction, permissions: RolePermissions | undefined): boolean {
  return !mayDo(asRole(role), action, permissions);
}

function asRole(role: string): StaffRole {
  return role === 'owner' || role === 'manager' ? role : 'cashier';
}

/** The active staff member with this PIN when their role may do `action`. */
export async function approverByPin(db: TillDb, pin: string, action: GuardedAction, permissions: RolePermissions | undefined): Promise<{ id: string; name: string } | null> {
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
  children: ReactNode;
  confirmLabel: string;
  /** destructive actions get the red button */
  danger?: boolean;
  onClose(): void;
  /** approvedBy: the approver's staff id, null when the signed-in role may do it alone */
  onConfirm(approvedBy: string | null, approverName: string | null): void | Promise<void>;
}

export function ApprovalDialog(props: ApprovalDialogProps) {
  const guarded = needsApproval(props.role, props.action, props.permissions);
  const [approver, setApprover] = useState<{ id: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);

  if (guarded && !approver) {
    return (
      <Dialog title="Manager approval" onClose={props.onClose} testId="manager-approval">
        <p>
          <strong>{GUARDED_ACTION_LABELS[props.action]}</strong> needs a manager. Ask a manager to enter their PIN.
        </p>
        <PinPad
          label="Manager PIN"
          onCancel={props.onClose}
          onSubmit={async (pin) => {
            const found = await approverByPin(props.db, pin, props.action, props.permissions);
            if (!found) return 'That PIN may not approve this.';
            setApprover(found);
            return null;
          }}
        />
      </Dialog>
    );
  }

  return (
    <Dialog title={props.title} onClose={props.onClose} testId="confirm-dialog">
      {props.children}
      {approver && <p data-testid="approved-by">Approved by {approver.name}.</p>}
      <div className="actions">
        <button type="button" className="btn" onClick={props.onClose}>
          Cancel <span className="key">Esc</span>
        </button>
        <button
          type="button"
          className={`btn ${props.danger ? 'danger' : 'primary'}`}
          autoFocus
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
          {props.confirmLabel} <span className="key">Enter</span>
        </button>
      </div>
    </Dialog>
  );
}
