// The cart: lines with modifiers and discounts, the selected line's tools, totals with the tax
// breakdown, and the Pay button. Figures are core's computeOrderTotals result, never re-added here.
import { useEffect, useRef } from 'react';
import { formatTillMoney } from '../money-format';
import type { OrderTotals } from '../../../core/order-totals';
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
  onOrderDiscount(): void;
  onPay(): void;
  title?: string;
}

function discountText(d: NonNullable<Cart['discount']>, currency: string): string {
  return d.kind === 'percent' ? `${d.basis_points / 100}% off` : `${formatTillMoney(d.amount, currency)} off`;
}

/** "1 item", "3 items": units in the cart. */
export function itemCount(cart: Cart): string {
  const n = cart.lines.reduce((sum, l) => sum + l.quantity, 0);
  return n === 1 ? '1 item' : `${n} items`;
}

export function CartPanel(props: CartPanelProps) {
  const { cart, totals, currency, selectedLineId } = props;
  const money = (n: number) => formatTillMoney(n, currency);
  const selected = cart.lines.find((l) => l.id === selectedLineId) ?? null;
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!selectedLineId) return;
    const el = [...(listRef.current?.children ?? [])].find((child) => (child as HTMLElement).dataset.lineId === selectedLineId);
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedLineId, cart.lines.length]);

  return (
    <section className="cart" aria-label="Cart">
      <header>
        <span>{props.title ?? 'Current sale'}</span>
        <span className="badge">{itemCount(cart)}</span>
      </header>
      <div style={{ display: 'grid', gridTemplateRows: 'auto 1fr', minHeight: 0 }}>
        {selected ? (
          <div className="line-tools" aria-label="Selected line">
            <button type="button" className="btn" aria-label="Decrease quantity" onClick={() => props.onQuantity(selected.id, selected.quantity - 1)}>
              −<span className="key">-</span>
            </button>
            <button type="button" className="btn" aria-label="Increase quantity" onClick={() => props.onQuantity(selected.id, selected.quantity + 1)}>
              +<span className="key">+</span>
            </button>
            <button type="button" className="btn" onClick={() => props.onModifiers(selected.id)}>
              Modifiers <span className="key">F4</span>
            </button>
            <button type="button" className="btn" onClick={() => props.onLineDiscount(selected.id)}>
              Discount <span className="key">F3</span>
            </button>
            <button type="button" className="btn" aria-label="Remove line" onClick={() => props.onRemove(selected.id)}>
              ✕ <span className="key">Del</span>
            </button>
          </div>
        ) : (
          <div />
        )}
        <ul className="cart-lines" ref={listRef} aria-label="Cart lines" data-testid="cart-lines">
          {cart.lines.length === 0 && <li className="empty">Scan a barcode or tap a product to start a sale.</li>}
          {cart.lines.map((line) => {
            const t = totals.lines.find((x) => x.id === line.id);
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
                <span className="amount">{t ? money(t.gross_before_discount - t.line_discount) : ''}</span>
                {line.modifiers.length > 0 && <span className="sub">{line.modifiers.map((m) => m.name).join(', ')}</span>}
                {line.quantity > 1 && t && <span className="sub">@ {money(t.unit_price)}</span>}
                {line.discount && t && (
                  <span className="sub discount">
                    {discountText(line.discount, currency)} (−{money(t.line_discount)})
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
          <span>Subtotal</span>
          <span>{money(totals.subtotal)}</span>
        </div>
        <div className="row muted">
          <button type="button" className="btn ghost" style={{ minHeight: 32, padding: 0 }} onClick={props.onOrderDiscount} disabled={cart.lines.length === 0}>
            Order discount{cart.discount ? ` (${discountText(cart.discount, currency)})` : ''} <span className="key">⇧F3</span>
          </button>
          <span>{totals.discount_total > 0 ? `−${money(totals.discount_total)}` : money(0)}</span>
        </div>
        {totals.tax_breakdown.map((t) => (
          <div key={t.tax_rate_id} className="row muted" data-testid="tax-row">
            <span>
              {totals.tax_mode === 'inclusive' ? 'incl. ' : ''}
              {props.taxName(t.tax_rate_id)} on {money(totals.tax_mode === 'inclusive' ? t.gross : t.net)}
            </span>
            <span>{money(t.tax)}</span>
          </div>
        ))}
        <div className="row grand">
          <span>Total</span>
          <span data-testid="cart-total">{money(totals.total)}</span>
        </div>
        <button type="button" className="btn primary big pay" disabled={cart.lines.length === 0} onClick={props.onPay}>
          Pay {money(totals.total)} <span className="key">Enter</span>
        </button>
      </div>
    </section>
  );
}
