// Line or order discount, percent or amount. Above the location's limit a role that may not give
// such discounts alone (core/roles.ts discount_over_limit) needs a manager's PIN; the approver is
// recorded on the sale (approved_by).
import { useState } from 'react';
import type { RolePermissions } from '../../../core/roles';
import type { TillDb } from '../../db/till-db';
import type { Discount } from '../../../core/order-totals';
import { needsManagerApproval } from '../cart';
import { AmountField, parseAmount, useAmountField } from './amount-field';
import { ApprovalDialog, needsApproval } from './approval-dialog';
import { Dialog } from './dialog';
import { useI18n } from '../i18n/use-i18n';

export interface DiscountDialogProps {
  title: string;
  currency: string;
  /** The amount the discount applies to (line or order before this discount). */
  base: number;
  current: Discount | null;
  thresholdBp: number;
  db: TillDb;
  /** the signed-in staff member's role */
  role: string;
  permissions: RolePermissions | undefined;
  /** approvedBy / approverName: the manager who approved a discount above the limit, else null */
  onApply(discount: Discount | null, approvedBy: string | null, approverName: string | null): void;
  onClose(): void;
}

/** "10" or "12.5" percent → basis points; null when it is not a percentage 0–100. */
export function parsePercent(text: string): number | null {
  const match = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bp <= 10_000 ? bp : null;
}

export function DiscountDialog({ title, currency, base, current, thresholdBp, db, role, permissions, onApply, onClose }: DiscountDialogProps) {
  const [kind, setKind] = useState<Discount['kind']>(current?.kind ?? 'percent');
  const { t, money, editable, editableNumber } = useI18n();
  const field = useAmountField(() =>
    current ? (current.kind === 'percent' ? editableNumber(current.basis_points / 100) : editable(current.amount, currency)) : '',
  );
  const [pending, setPending] = useState<Discount | null>(null);

  const parse = (): Discount | null => {
    if (kind === 'percent') {
      const bp = parsePercent(field.text);
      if (bp === null) throw new RangeError(t('discount.percentRange'));
      return { kind: 'percent', basis_points: bp };
    }
    const amount = parseAmount(field.text, currency);
    if (amount === null) throw new RangeError(t('discount.notAmount', { text: field.text, currency }));
    if (amount < 0) throw new RangeError(t('discount.negative'));
    if (amount > base) throw new RangeError(t('discount.tooMuch', { amount: money(base, currency) }));
    return { kind: 'amount', amount };
  };

  const apply = () => {
    let discount: Discount | null;
    try {
      discount = parse();
    } catch (cause) {
      field.setError(cause instanceof Error ? cause.message : String(cause));
      return;
    }
    if (discount && needsManagerApproval(base, discount, thresholdBp) && needsApproval(role, 'discount_over_limit', permissions)) {
      setPending(discount);
      return;
    }
    onApply(discount, null, null);
  };

  if (pending) {
    return (
      <ApprovalDialog
        db={db}
        action="discount_over_limit"
        role={role}
        permissions={permissions}
        title={title}
        confirmLabel={title}
        confirm={false}
        onClose={() => setPending(null)}
        onConfirm={(approvedBy, approverName) => onApply(pending, approvedBy, approverName)}
      />
    );
  }

  return (
    <Dialog title={title} onClose={onClose} testId="discount-dialog">
      <div className="segmented" role="group" aria-label={t('discount.type')}>
        <button type="button" className="btn" aria-pressed={kind === 'percent'} onClick={() => setKind('percent')}>
          {t('discount.percent')}
        </button>
        <button type="button" className="btn" aria-pressed={kind === 'amount'} onClick={() => setKind('amount')}>
          {t('discount.amount', { currency })}
        </button>
      </div>
      <AmountField
        field={field}
        label={kind === 'percent' ? t('discount.percentOff') : t('discount.amountOff', { currency })}
        ariaLabel={t('discount.value')}
        onEnter={apply}
        onOtherKey={(e) => {
          if (e.key === '%') {
            e.preventDefault();
            setKind('percent');
          }
        }}
      />
      <div className="actions">
        {current && (
          <button type="button" className="btn" onClick={() => onApply(null, null, null)}>
            {t('discount.remove')}
          </button>
        )}
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')} <span className="key">Esc</span>
        </button>
        <button type="button" className="btn primary" onClick={apply}>
          {t('common.apply')} <span className="key">Enter</span>
        </button>
      </div>
    </Dialog>
  );
}
