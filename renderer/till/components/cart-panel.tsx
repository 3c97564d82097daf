// The cart: lines with modifiers and discounts, the selected line's tools, totals with the tax
// breakdown, and the Pay button. Figures are core's computeOrderTotals result, never re-added here.
import { formatWeighedLine } from '../../../core/weighed-price';
import { useEffect, useRef, type ReactNode } from 'react';
import { shownFigures } from '../../../core/figures';
import type { OrderTotals } from '../../../core/order-totals';
import { useI18n, type TillI18n } from '../i18n/use-i18n';
import type { Cart } from '../../db/till-db';

export interface CartPanelProps {
  cart: Cart;
  totals: OrderTotals;
  currency: string;
  selectedLineId: string | null;
  taxName(id: string): string;
  onSelect(lineId: string): void;
  onQuantity(lineId: string, quantity: number): void;
  onRemove(lineId: string): void;
  onModifiers(lineId: string): void;
  onLineDiscount(lineId: string): void;
  /** the selected line's price override (optional: screens without it show no Price button) */
  onPrice?(lineId: string): void;
  onOrderDiscount(): void;
  onPay(): void;
  title?: string;
  /** buttons acting on the whole sale (park, void), shown in the cart's header */
  actions?: ReactNode;
  /** takes the attached customer off the sale (screens without it show the customer without the button) */
  onRemoveCustomer?(): void;
  /** tenders already taken on this sale (part-payments): shown, and the Pay button asks for the rest */
  taken?: { id: string; label: string; amount: number }[];
}

function discountText(d: NonNullable<Cart['discount']>, currency: string, i18n: TillI18n): string {
  return d.kind === 'percent'
    ? i18n.t('cart.percentOff', { percent: i18n.percent(d.basis_points) })
    : i18n.t('cart.amountOff', { amount: i18n.money(d.amount, currency) });
}

/** "1 item", "3 items" (plural rules of the location's language): units in the cart. */
export function itemCount(cart: Cart, i18n: TillI18n): string {
  return i18n.t('cart.items', { count: cart.lines.reduce((sum, l) => sum + l.quantity, 0) });
}

export function CartPanel(props: CartPanelProps) {
  const { cart, totals, currency, selectedLineId } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const money = (n: number) => i18n.money(n, currency);
  const figures = shownFigures(totals);
  const selected = cart.lines.find((l) => l.id === selectedLineId) ?? null;
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!selectedLineId) return;
    const el = [...(listRef.current?.children ?? [])].find((child) => (child as HTMLElement).dataset.lineId === selectedLineId);
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedLineId, cart.lines.length]);

  return (
    <section className="cart" aria-label={t('cart.label')}>
      <header>
        <span className="title">{props.title ?? t('cart.title')}</span>
        <span className="badge" data-testid="cart-count">
          {itemCount(cart, i18n)}
        </span>
        {props.actions}
        {cart.customer ? (
          <div className="cart-customer" data-testid="cart-customer">
            <span>{t('customer.onSale', { name: cart.customer.label })}</span>
            {props.onRemoveCustomer && (
              <button type="button" className="btn" aria-label={t('customer.remove')} onClick={props.onRemoveCustomer}>
                ×
              </button>
            )}
          </div>
        ) : null}
      </header>
      <div style={{ display: 'grid', gridTemplateRows: 'auto 1fr', minHeight: 0 }}>
        {selected ? (
          <div className="line-tools" aria-label={t('cart.selectedLine')}>
            <button
              type="button"
              className="btn"
              aria-label={t('cart.decrease')}
              disabled={Boolean(selected.weight)}
              title={selected.weight ? t('weigh.noQuantity') : undefined}
              onClick={() => props.onQuantity(selected.id, selected.quantity - 1)}
            >
              −<span className="key">-</span>
            </button>
            <button
              type="button"
              className="btn"
              aria-label={t('cart.increase')}
              disabled={Boolean(selected.weight)}
              title={selected.weight ? t('weigh.noQuantity') : undefined}
              onClick={() => props.onQuantity(selected.id, selected.quantity + 1)}
            >
              +<span className="key">+</span>
            </button>
            <button type="button" className="btn" onClick={() => props.onModifiers(selected.id)}>
              {t('cart.modifiers')} <span className="key">F4</span>
            </button>
            <button type="button" className="btn" onClick={() => props.onLineDiscount(selected.id)}>
              {t('cart.discount')} <span className="key">F3</span>
            </button>
            {props.onPrice && (
              <button
                type="button"
                className="btn"
                data-testid="line-price"
                disabled={Boolean(selected.weight)}
                title={selected.weight ? t('price.weighed') : undefined}
                onClick={() => props.onPrice?.(selected.id)}
              >
                {t('cart.price')} <span className="key">⇧F4</span>
              </button>
            )}
            <button type="button" className="btn" aria-label={t('cart.remove')} onClick={() => props.onRemove(selected.id)}>
              ✕ <span className="key">Del</span>
            </button>
          </div>
        ) : (
          <div />
        )}
        <ul className="cart-lines" ref={listRef} aria-label={t('cart.linesLabel')} data-testid="cart-lines">
          {cart.lines.length === 0 && <li className="empty">{t('cart.empty')}</li>}
          {cart.lines.map((line) => {
            const lt = totals.lines.find((x) => x.id === line.id);
            return (
              <li
                key={line.id}
                data-line-id={line.id}
                className="cart-line"
                aria-current={line.id === selectedLineId ? 'true' : undefined}
                onClick={() => props.onSelect(line.id)}
              >
                <span>
                  <span className="qty">{line.quantity}×</span>
                  {line.name}
                </span>
                <span className="amount" data-testid="line-amount">
                  {lt ? money(lt.gross_before_discount - lt.line_discount) : ''}
                </span>
                {line.weight && (
                  <span className="sub" data-testid="line-weight">
                    {formatWeighedLine(line.weight, currency, i18n.locale)}
                  </span>
                )}
                {line.modifiers.length > 0 && <span className="sub">{line.modifiers.map((m) => m.name).join(', ')}</span>}
                {line.quantity > 1 && lt && <span className="sub">@ {money(lt.unit_price)}</span>}
                {line.price_override && (
                  <span className="sub" data-testid="line-price-override">
                    {t('price.changedFrom', { amount: money(line.price_override.original_price) })}
                  </span>
                )}
                {line.discount && lt && (
                  <span className="sub discount" data-testid="line-discount">
                    {discountText(line.discount, currency, i18n)} (−{money(lt.line_discount)})
                  </span>
                )}
                {line.note && <span className="sub">{line.note}</span>}
              </li>
            );
          })}
        </ul>
      </div>
      <div className="totals" data-testid="cart-totals">
        <div className="row muted">
          <span>{t('cart.subtotal')}</span>
          <span data-testid="cart-subtotal">{money(figures.subtotal)}</span>
        </div>
        <div className="row muted">
          <button type="button" className="btn ghost" style={{ minHeight: 32, padding: 0 }} onClick={props.onOrderDiscount} disabled={cart.lines.length === 0}>
            {t('cart.orderDiscount')}
            {cart.discount ? ` (${discountText(cart.discount, currency, i18n)})` : ''} <span className="key">⇧F3</span>
          </button>
          <span data-testid="cart-order-discount">{figures.orderDiscount > 0 ? `−${money(figures.orderDiscount)}` : money(0)}</span>
        </div>
        {totals.tax_breakdown.map((b) => (
          <div key={b.tax_rate_id} className="row muted" data-testid="tax-row">
            <span>
              {t(totals.tax_mode === 'inclusive' ? 'cart.taxIncl' : 'cart.taxOn', {
                tax: props.taxName(b.tax_rate_id),
                base: money(b.net),
              })}
            </span>
            <span>{money(b.tax)}</span>
          </div>
        ))}
        <div className="row grand">
          <span>{t('cart.total')}</span>
          <span data-testid="cart-total">{money(totals.total)}</span>
        </div>
        {(props.taken ?? []).map((t) => (
          <div key={t.id} className="row" data-testid="cart-taken">
            <span>{t.label}</span>
            <span>−{money(t.amount)}</span>
          </div>
        ))}
        {(props.taken ?? []).length > 0 && (
          <div className="row grand">
            <span>{t('cart.balance')}</span>
            <span data-testid="cart-balance">{money(Math.max(0, totals.total - (props.taken ?? []).reduce((sum, t) => sum + t.amount, 0)))}</span>
          </div>
        )}
        <button type="button" className="btn primary big pay" disabled={cart.lines.length === 0} onClick={props.onPay}>
          {t('cart.pay', { amount: money(Math.max(0, totals.total - (props.taken ?? []).reduce((sum, x) => sum + x.amount, 0))) })}{' '}
          <span className="key">Enter</span>
        </button>
      </div>
    </section>
  );
}
