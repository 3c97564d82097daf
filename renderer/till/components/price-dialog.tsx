// Price override of a cart line (Shift+F4 or the line's Price button): the cashier types the new unit
// price; a role that may not change prices alone (core/roles.ts price_override) needs a manager's PIN.
// The list price and the approver go on the line (price_override) and travel with the sale.
import { useState } from 'react';
import type { RolePermissions } from '../../../core/roles';
import type { TillDb } from '../../db/till-db';
import { useI18n } from '../i18n/use-i18n';
import { AmountField, parseAmount, useAmountField } from './amount-field';
import { ApprovalDialog, needsApproval } from './approval-dialog';
import { Dialog } from './dialog';

export interface PriceDialogProps {
  name: string;
  currency: string;
  /** the product's price the line was rung up at (before any override) */
  listPrice: number;
  /** the line's unit price now */
  currentPrice: number;
  /** weighed lines are priced by the scale: no override */
  weighed: boolean;
  db: TillDb;
  /** the signed-in staff member's role */
  role: string;
  permissions: RolePermissions | undefined;
  /** approvedBy / approverName: the manager whose PIN allowed it, null when the role may alone or the list price is restored */
  onApply(price: number, approvedBy: string | null, approverName: string | null): void;
  onClose(): void;
}

export function PriceDialog(props: PriceDialogProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const field = useAmountField(() => i18n.editable(props.currentPrice, props.currency));
  const [pending, setPending] = useState<number | null>(null);

  const apply = () => {
    const price = parseAmount(field.text, props.currency);
    if (price === null || price < 0) return field.setError(t('price.invalid'));
    if (price === props.currentPrice) return field.setError(t('price.same'));
    // Going back to the list price undoes an override: nothing to approve.
    if (price !== props.listPrice && needsApproval(props.role, 'price_override', props.permissions)) return setPending(price);
    props.onApply(price, null, null);
  };

  if (pending !== null) {
    return (
      <ApprovalDialog
        db={props.db}
        action="price_override"
        role={props.role}
        permissions={props.permissions}
        title={t('price.title', { name: props.name })}
        confirmLabel={t('price.apply')}
        confirm={false}
        onClose={() => setPending(null)}
        onConfirm={(approvedBy, approverName) => props.onApply(pending, approvedBy, approverName)}
      />
    );
  }

  return (
    <Dialog title={t('price.title', { name: props.name })} onClose={props.onClose} testId="price-dialog">
      <p data-testid="price-list">{t('price.listPrice', { amount: i18n.money(props.listPrice, props.currency) })}</p>
      {props.weighed ? (
        <p className="error-text" role="alert">
          {t('price.weighed')}
        </p>
      ) : (
        <AmountField field={field} label={t('price.newPrice', { currency: props.currency })} selectOnFocus onEnter={apply} />
      )}
      <div className="actions">
        {!props.weighed && props.currentPrice !== props.listPrice && (
          <button type="button" className="btn" data-testid="price-restore" onClick={() => props.onApply(props.listPrice, null, null)}>
            {t('price.restore')}
          </button>
        )}
        <button type="button" className="btn" onClick={props.onClose}>
          {t('common.cancel')} <span className="key">Esc</span>
        </button>
        {!props.weighed && (
          <button type="button" className="btn primary" data-testid="price-apply" onClick={apply}>
            {t('price.apply')} <span className="key">Enter</span>
          </button>
        )}
      </div>
    </Dialog>
  );
}
