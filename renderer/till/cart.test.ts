import { describe, expect, it } from 'vitest';
import { layoutReceipt, receiptBlocksToText } from '../../core/receipt-layout';
import type { OrderSnapshot } from '../../core/sync/order-snapshot';
import { cartTotals, newCart } from '../db/sales';
import { addLine, discountShareBp, listPrice, needsManagerApproval, setLineDiscount, setLinePrice, setOrderDiscount, setQuantity } from './cart';
import { toReceiptOrder } from './receipt';

const pricing = { currency: 'EUR', tax_mode: 'inclusive' as const, cash_rounding: 1 };
const coffee = {
  id: 'l1',
  product_id: 'prd_coffee',
  name: 'Coffee',
  quantity: 1,
  unit_price: 350,
  modifiers: [],
  tax_rate_id: 'tax_19',
  rate_ppm: 190_000,
  note: null,
};
const cake = {
  id: 'l2',
  product_id: 'prd_cake',
  name: 'Cake',
  quantity: 1,
  unit_price: 420,
  modifiers: [],
  tax_rate_id: 'tax_7',
  rate_ppm: 70_000,
  note: null,
};

describe('cart rules', () => {
  it('adding the same product again raises its quantity instead of adding a line', () => {
    let cart = addLine(newCart(), coffee).cart;
    const again = addLine(cart, { ...coffee, id: 'l9' });
    cart = again.cart;
    expect(cart.lines).toHaveLength(1);
    expect(again.lineId).toBe('l1');
    expect(cart.lines[0]?.quantity).toBe(2);
  });

  it('the same product with other modifiers is a line of its own', () => {
    const cart = addLine(addLine(newCart(), coffee).cart, { ...coffee, id: 'l3', modifiers: [{ id: 'mod_oat', name: 'Oat milk', price_delta: 50 }] }).cart;
    expect(cart.lines).toHaveLength(2);
  });

  it('weighed lines never merge and keep quantity 1 (one weighing each); they can still be removed', () => {
    const weighed = { ...coffee, id: 'w1', unit_price: 452, weight: { net_grams: 350, tare_grams: 0, price_per_kg: 1290 } };
    let cart = addLine(newCart(), weighed).cart;
    cart = addLine(cart, { ...weighed, id: 'w2' }).cart;
    cart = addLine(cart, { ...coffee, id: 'c1' }).cart;
    expect(cart.lines.map((l) => [l.id, l.quantity])).toEqual([
      ['w1', 1],
      ['w2', 1],
      ['c1', 1],
    ]);
    expect(setQuantity(cart, 'w1', 3).lines[0]?.quantity).toBe(1);
    expect(setQuantity(cart, 'w1', 0).lines.map((l) => l.id)).toEqual(['w2', 'c1']);
    expect(cartTotals(cart, pricing).total).toBe(452 + 452 + 350);
  });

  it("a weighed line prints its weight and price per kg in the location's locale", () => {
    const weight = { net_grams: 523, tare_grams: 15, price_per_kg: 1290 };
    const cart = addLine(newCart(), { ...coffee, name: 'Oliven', unit_price: 675, weight }).cart;
    const totals = cartTotals(cart, pricing);
    const at = '2026-11-23T10:00:00.000Z';
    const order: OrderSnapshot = {
      id: 'ord_1',
      number: 'T1-0002',
      source: 'till',
      location_id: 'loc_1',
      staff_id: 'stf_1',
      shift_id: null,
      currency: 'EUR',
      tax_mode: 'inclusive',
      cash_rounding: 1,
      lines: cart.lines,
      discount: null,
      totals: { ...totals },
      payments: [{ id: 'pay_1', method: 'cash', amount: 675, tendered: 675, change: 0, reference: null, card: null, created_at: at }],
      customer_note: null,
      created_at: at,
      completed_at: at,
    };
    const receipt = toReceiptOrder(order, {
      location: { name: 'Feinkost', receipt_header: '', receipt_footer: '', timezone: 'Europe/Berlin', locale: 'de-DE' },
      taxRates: [],
    });
    expect(receipt.lines[0]).toMatchObject({ quantity: 1, total: 675, note: '0,523 kg × 12,90 €/kg' });
    expect(receiptBlocksToText(layoutReceipt(receipt, 42))).toContain('0,523 kg × 12,90 €/kg');
  });

  it('a price override keeps the list price and the approver on the line; the list price again removes it; weighed lines keep theirs', () => {
    let cart = addLine(newCart(), { ...coffee, quantity: 2 }).cart;
    cart = setLinePrice(cart, 'l1', 280, 'stf_anna');
    expect(cart.lines[0]).toMatchObject({ unit_price: 280, price_override: { original_price: 350, approved_by: 'stf_anna' } });
    expect(cartTotals(cart, pricing).total).toBe(560);
    // A second change still remembers the list price, not the price before it.
    cart = setLinePrice(cart, 'l1', 300, null);
    expect(cart.lines[0]).toMatchObject({ unit_price: 300, price_override: { original_price: 350, approved_by: null } });
    expect(listPrice(cart.lines[0]!)).toBe(350);
    // The same product scanned again is a line of its own (at the list price), not more of the changed one.
    cart = addLine(cart, { ...coffee, id: 'l5' }).cart;
    expect(cart.lines.map((l) => [l.id, l.quantity, l.unit_price])).toEqual([
      ['l1', 2, 300],
      ['l5', 1, 350],
    ]);
    cart = setLinePrice(cart, 'l1', 350, null);
    expect(cart.lines[0]).toMatchObject({ unit_price: 350, price_override: null });
    expect(setLinePrice(cart, 'l1', -1, null)).toBe(cart);
    const weighed = addLine(newCart(), { ...coffee, unit_price: 452, weight: { net_grams: 350, tare_grams: 0, price_per_kg: 1290 } }).cart;
    expect(setLinePrice(weighed, 'l1', 100, 'stf_anna').lines[0]).toMatchObject({ unit_price: 452 });
    expect(setLinePrice(weighed, 'l1', 100, 'stf_anna').lines[0]?.price_override).toBeUndefined();
  });

  it('the receipt shows a changed price with the list price it replaced', () => {
    const cart = setLinePrice(addLine(newCart(), { ...coffee, quantity: 2 }).cart, 'l1', 280, 'stf_anna');
    const totals = cartTotals(cart, pricing);
    const at = '2026-11-23T10:00:00.000Z';
    const order: OrderSnapshot = {
      id: 'ord_2',
      number: 'T1-0003',
      source: 'till',
      location_id: 'loc_1',
      staff_id: 'stf_1',
      shift_id: null,
      currency: 'EUR',
      tax_mode: 'inclusive',
      cash_rounding: 1,
      lines: cart.lines,
      discount: null,
      totals: { ...totals },
      payments: [{ id: 'pay_2', method: 'cash', amount: 560, tendered: 560, change: 0, reference: null, card: null, created_at: at }],
      customer_note: null,
      created_at: at,
      completed_at: at,
    };
    const location = { name: 'Café', receipt_header: '', receipt_footer: '', timezone: 'Europe/Berlin' };
    const english = receiptBlocksToText(layoutReceipt(toReceiptOrder(order, { location: { ...location, locale: 'en-IE' }, taxRates: [] }), 42));
    expect(english).toContain('Price changed (was 3.50)');
    expect(english).toMatch(/2 x Coffee\s+5\.60/);
    const german = receiptBlocksToText(layoutReceipt(toReceiptOrder(order, { location: { ...location, locale: 'de-DE' }, taxRates: [] }), 32));
    expect(german).toContain('Preis geändert (statt 3,50)');
  });

  it('quantity zero removes the line; fractional quantities are ignored', () => {
    const cart = addLine(newCart(), coffee).cart;
    expect(setQuantity(cart, 'l1', 0).lines).toHaveLength(0);
    expect(setQuantity(cart, 'l1', 1.5).lines[0]?.quantity).toBe(1);
  });

  it('totals come from core with line and order discounts and a tax breakdown per rate', () => {
    let cart = addLine(addLine(newCart(), { ...coffee, quantity: 2 }).cart, cake).cart;
    cart = setLineDiscount(cart, 'l2', { kind: 'amount', amount: 20 });
    cart = setOrderDiscount(cart, { kind: 'percent', basis_points: 1000 });
    const totals = cartTotals(cart, pricing);
    expect(totals.subtotal).toBe(1120);
    // 700 + 400 = 1100, 10 % off = 110 → 990
    expect(totals.total).toBe(990);
    expect(totals.tax_breakdown.map((t) => t.tax_rate_id).sort()).toEqual(['tax_19', 'tax_7']);
    expect(totals.tax_breakdown.reduce((s, t) => s + t.tax, 0)).toBe(totals.tax_total);
  });

  it('discount share and manager threshold', () => {
    expect(discountShareBp(1000, { kind: 'amount', amount: 150 })).toBe(1500);
    expect(discountShareBp(0, { kind: 'amount', amount: 1 })).toBe(10_000);
    expect(needsManagerApproval(1000, { kind: 'percent', basis_points: 1000 }, 1000)).toBe(false);
    expect(needsManagerApproval(1000, { kind: 'percent', basis_points: 1001 }, 1000)).toBe(true);
    expect(needsManagerApproval(1000, { kind: 'amount', amount: 101 }, 1000)).toBe(true);
  });
});

describe('receipt from a recorded sale', () => {
  it('prints lines, discounts, tax by rate, tenders and change that add up to the total', () => {
    let cart = addLine(addLine(newCart(), { ...coffee, quantity: 2 }).cart, cake).cart;
    cart = setLineDiscount(cart, 'l2', { kind: 'amount', amount: 20 });
    cart = setOrderDiscount(cart, { kind: 'percent', basis_points: 1000 });
    const totals = cartTotals(cart, pricing);
    const order: OrderSnapshot = {
      id: 'ord_1',
      number: 'T1-0001',
      source: 'till',
      location_id: 'loc_1',
      staff_id: 'stf_1',
      shift_id: null,
      currency: 'EUR',
      tax_mode: 'inclusive',
      cash_rounding: 1,
      lines: cart.lines,
      discount: cart.discount,
      totals: { ...totals },
      payments: [
        { id: 'pay_1', method: 'cash', amount: 990, tendered: 2000, change: 1010, reference: null, card: null, created_at: '2026-11-23T10:00:00.000Z' },
      ],
      customer_note: null,
      created_at: '2026-11-23T10:00:00.000Z',
      completed_at: '2026-11-23T10:00:00.000Z',
    };
    const receipt = toReceiptOrder(order, {
      location: { name: 'Café Müller', receipt_header: 'Hauptstraße 5\n', receipt_footer: 'Danke!', timezone: 'Europe/Berlin' },
      taxRates: [{ id: 'tax_19', name: 'VAT 19%' }],
      staffName: 'Anna',
    });
    expect(receipt.totals.subtotal - receipt.totals.discount).toBe(receipt.totals.total);
    expect(receipt.lines.reduce((s, l) => s + l.total, 0)).toBe(receipt.totals.subtotal);
    expect(receipt.change).toBe(1010);
    const text = receiptBlocksToText(layoutReceipt(receipt));
    expect(text).toContain('Discount 10%');
    expect(text).toContain('VAT 19%');
    expect(text).toContain('Tax 7%');
    expect(text).toContain('Change');
    expect(text).toContain('Served by Anna');
  });
});
