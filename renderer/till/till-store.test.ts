import { beforeEach, describe, expect, it } from 'vitest';
import { cartFromOpenOrder, cartLineFromProduct, newCart } from '../db/sales';
import { MAX_QUANTITY } from './cart';
import { lastNotice } from './testing/notices';
import { useTill } from './till-store';

const product = {
  id: 'prd_1',
  name: 'Tea',
  category_id: null,
  price: 260,
  tax_rate_id: 'tax_19',
  barcode: null,
  sku: null,
  modifier_group_ids: [],
  stock: null,
  active: true,
  sort: 0,
  updated_at: '2026-11-23T10:00:00.000Z',
};
const rate = { id: 'tax_19', name: 'VAT 19%', rate_ppm: 190_000 };

beforeEach(() => {
  useTill.setState({ cart: newCart(), selectedLineId: null, pendingQuantity: null, screen: 'sell', dialog: null, notices: [] });
});

describe('till session store', () => {
  it('a quantity applies to the next product only, is at most MAX_QUANTITY and never outlives its screen', () => {
    const s = useTill.getState();
    expect(s.setPendingQuantity(3)).toBe(true);
    s.addToCart(cartLineFromProduct(product, rate));
    expect(useTill.getState().cart.lines[0]?.quantity).toBe(3);
    expect(useTill.getState().pendingQuantity).toBeNull();
    expect(useTill.getState().setPendingQuantity(MAX_QUANTITY + 1)).toBe(false);
    expect(useTill.getState().setPendingQuantity(0)).toBe(false);
    expect(useTill.getState().pendingQuantity).toBeNull();
    expect(lastNotice()).toContain(`1 to ${MAX_QUANTITY}`);
    for (const screen of ['tender', 'sell', 'history'] as const) {
      useTill.getState().setPendingQuantity(7);
      useTill.getState().go(screen);
      expect(useTill.getState().pendingQuantity).toBeNull();
    }
    useTill.getState().setPendingQuantity(7);
    useTill.getState().signOut();
    expect(useTill.getState().pendingQuantity).toBeNull();
  });

  it('a line quantity is capped at MAX_QUANTITY', () => {
    useTill.getState().addToCart(cartLineFromProduct(product, rate));
    const id = useTill.getState().cart.lines[0]!.id;
    useTill.getState().changeQuantity(id, 123456);
    expect(useTill.getState().cart.lines[0]?.quantity).toBe(MAX_QUANTITY);
  });

  it('an API order is paid as the cloud priced it: no lines added, changed, removed or discounted', () => {
    const cart = cartFromOpenOrder({
      id: 'ord_api',
      number: 'W-7',
      currency: 'EUR',
      tax_mode: 'inclusive',
      lines: [
        { id: 'lin_1', product_id: 'prd_1', name: 'Tea', quantity: 1, unit_price: 260, modifiers: [], tax_rate_id: 'tax_19', rate_ppm: 190_000, note: null },
      ],
      total: 260,
      amount_paid: 0,
      customer_note: null,
      external_ref: null,
      created_at: '2026-11-23T10:00:00.000Z',
    });
    useTill.getState().setCart(cart);
    useTill.getState().addToCart(cartLineFromProduct(product, rate));
    useTill.getState().changeQuantity('lin_1', 5);
    useTill.getState().removeFromCart('lin_1');
    useTill.getState().openDialog({ kind: 'discount', target: 'order', lineId: null });
    const state = useTill.getState();
    expect(state.cart.lines.map((l) => [l.id, l.quantity])).toEqual([['lin_1', 1]]);
    expect(state.dialog).toBeNull();
    expect(lastNotice()).toContain('W-7');
    state.clearCart();
    expect(useTill.getState().cart.open_order_id).toBeNull();
  });

  it('the cart is kept in sessionStorage, the signed-in staff is not', () => {
    useTill.getState().signIn({ id: 'stf_1', name: 'Ben', role: 'cashier' });
    useTill.getState().addToCart(cartLineFromProduct(product, rate));
    const saved = JSON.parse(sessionStorage.getItem('pos.till-session') ?? '{}') as { state?: Record<string, unknown> };
    expect(Object.keys(saved.state ?? {})).toEqual(['cart']);
    expect((saved.state?.cart as { lines: unknown[] }).lines).toHaveLength(1);
  });
});
