// Giving a taken tender back before the sale is finished (cash handed back, card reversed): a manager's
// approval where the role needs one, and a clear danger confirmation naming the amount.
import type { TillLocation } from '../../../core/sync/catalog';
import type { TakenTenderRow, TillDb } from '../../db/till-db';
import type { SignedInStaff } from '../till-store';
import { ApprovalDialog } from '../components/approval-dialog';
import { useI18n } from '../i18n/use-i18n';

export function GiveBackDialog({
  db,
  staff,
  location,
  row,
  onClose,
  onConfirm,
}: {
  db: TillDb;
  staff: SignedInStaff;
  location: TillLocation;
  row: TakenTenderRow;
  onClose: () => void;
  onConfirm: (approvedBy: string | null) => Promise<void>;
}) {
  const i18n = useI18n();
  const amount = i18n.money(row.amount + (row.tip ?? 0), location.currency);
  const cash = row.method === 'cash';
  return (
    <ApprovalDialog
      db={db}
      action="give_back_tender"
      role={staff.role}
      permissions={location.role_permissions}
      title={i18n.t(cash ? 'tender.giveBackCashTitle' : 'tender.reverseCardTitle')}
      confirmLabel={i18n.t(cash ? 'tender.giveBackCash' : 'tender.reverseCard', { amount })}
      danger
      onClose={onClose}
      onConfirm={onConfirm}
    >
      <p>{i18n.t(cash ? 'tender.giveBackCashBody' : 'tender.reverseCardBody', { amount })}</p>
    </ApprovalDialog>
  );
}
