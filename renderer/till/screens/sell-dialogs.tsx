// The sell screen's dialogs, one open at a time (till-store's dialog): customer, weigh, modifiers, price
// override and discount; each applies its result to the cart and closes.
import type { ScaleWeight } from '../../../core/hardware-contract';
import type { OrderTotals } from '../../../core/order-totals';
import type { TillLocation, TillProduct } from '../../../core/sync/catalog';
import { customerLabel } from '../../../core/sync/till-customer';
import { listPrice, setLineDiscount, setLineModifiers, setLinePrice, setOrderDiscount } from '../cart';
import { CustomerDialog } from '../components/customer-dialog';
import { DiscountDialog } from '../components/discount-dialog';
import { ModifiersDialog, type ModifierGroupView } from '../components/modifiers-dialog';
import { PriceDialog } from '../components/price-dialog';
import { WeighDialog } from '../components/weigh-dialog';
import { useI18n } from '../i18n/use-i18n';
import { useServices } from '../services';
import { useTill } from '../till-store';

export function SellDialogs({
  location,
  products,
  totals,
  groupsOf,
  addProduct,
}: {
  location: TillLocation;
  products: readonly TillProduct[];
  totals: OrderTotals;
  groupsOf: (productId: string | null) => ModifierGroupView[];
  addProduct: (product: TillProduct, weight?: ScaleWeight) => Promise<void>;
}) {
  const { db, hardware } = useServices();
  const till = useTill();
  const i18n = useI18n();
  const dialog = till.dialog;
  const weighProduct = dialog?.kind === 'weigh' ? products.find((p) => p.id === dialog.productId) : undefined;
  const dialogLine =
    dialog && (dialog.kind === 'modifiers' || dialog.kind === 'discount' || dialog.kind === 'price') && dialog.lineId
      ? till.cart.lines.find((l) => l.id === dialog.lineId)
      : undefined;
  const lineTotals = dialogLine ? totals.lines.find((l) => l.id === dialogLine.id) : undefined;
  return (
    <>
      {dialog?.kind === 'customer' && (
        <CustomerDialog
          db={db}
          onClose={till.closeDialog}
          onPick={(customer) => {
            const label = customerLabel(customer);
            till.setCart({ ...useTill.getState().cart, customer: { id: customer.id, label } });
            till.closeDialog();
            till.notify('info', i18n.t('customer.attached', { name: label }));
          }}
        />
      )}
      {dialog?.kind === 'weigh' && weighProduct && (
        <WeighDialog
          productName={weighProduct.name}
          pricePerKg={weighProduct.price}
          tareGrams={weighProduct.tare_grams ?? 0}
          currency={location.currency}
          client={hardware.client}
          onClose={till.closeDialog}
          onAdd={(weight) => {
            till.closeDialog();
            void addProduct(weighProduct, weight);
          }}
        />
      )}
      {dialog?.kind === 'modifiers' && dialogLine && (
        <ModifiersDialog
          productName={dialogLine.name}
          currency={location.currency}
          groups={groupsOf(dialogLine.product_id)}
          selected={dialogLine.modifiers}
          onClose={till.closeDialog}
          onApply={(mods) => {
            till.setCart(setLineModifiers(till.cart, dialogLine.id, mods));
            till.selectLine(dialogLine.id);
            till.closeDialog();
          }}
        />
      )}
      {dialog?.kind === 'price' && dialogLine && (
        <PriceDialog
          name={dialogLine.name}
          currency={location.currency}
          listPrice={listPrice(dialogLine)}
          currentPrice={dialogLine.unit_price}
          weighed={Boolean(dialogLine.weight)}
          db={db}
          role={till.staff?.role ?? 'cashier'}
          permissions={location.role_permissions}
          onClose={till.closeDialog}
          onApply={(price, approvedBy, approverName) => {
            till.setCart(setLinePrice(till.cart, dialogLine.id, price, approvedBy));
            till.selectLine(dialogLine.id);
            till.closeDialog();
            if (approverName) till.notify('info', i18n.t('price.approvedBy', { name: approverName }));
          }}
        />
      )}
      {dialog?.kind === 'discount' && (dialog.target === 'order' || dialogLine) && (
        <DiscountDialog
          title={dialog.target === 'order' ? i18n.t('cart.orderDiscount') : i18n.t('discount.lineTitle', { name: dialogLine?.name ?? '' })}
          currency={location.currency}
          base={
            dialog.target === 'order'
              ? totals.lines.reduce((s, l) => s + l.gross_before_discount - l.line_discount, 0)
              : (lineTotals?.gross_before_discount ?? 0)
          }
          current={dialog.target === 'order' ? till.cart.discount : (dialogLine?.discount ?? null)}
          thresholdBp={location.discount_approval_basis_points}
          db={db}
          role={till.staff?.role ?? 'cashier'}
          permissions={location.role_permissions}
          onClose={till.closeDialog}
          onApply={(discount, approvedBy, approverName) => {
            const selected = till.selectedLineId;
            const cart = dialog.target === 'order' ? setOrderDiscount(till.cart, discount) : setLineDiscount(till.cart, dialogLine!.id, discount);
            // The approver goes on the sale (approved_by); a later approval replaces an earlier one.
            till.setCart(approvedBy ? { ...cart, approved_by: approvedBy } : cart);
            till.selectLine(selected);
            till.closeDialog();
            if (approverName) till.notify('info', i18n.t('discount.approvedBy', { name: approverName }));
          }}
        />
      )}
    </>
  );
}
