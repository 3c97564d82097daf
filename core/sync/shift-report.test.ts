import { describe, expect, it } from 'vitest';
import { computeShiftReport } from './shift-report';

describe('computeShiftReport', () => {
  const totals = (total: number, tax: number) => ({
    subtotal: total,
    discount_total: 0,
    tax_total: tax,
    total,
    net_total: total - tax,
    tax_breakdown: [{ tax_rate_id: 't', rate_ppm: 190_000, net: total - tax, tax, gross: total }],
  });
  const pay = (method: 'cash' | 'card', amount: number) => ({
    id: `pay_${method}${amount}`,
    method,
    amount,
    tendered: null,
    change: null,
    reference: null,
    card: null,
    created_at: '2026-11-23T08:00:00.000Z',
  });

  it('sums sales, tenders, refunds and cash movements into the expected cash and variance', () => {
    const report = computeShiftReport({
      shift: { id: 'shf_1', opened_at: '2026-11-23T07:00:00.000Z', closed_at: null, opening_float: 10_000 },
      orders: [
        { order: { id: 'a', totals: totals(1190, 190), payments: [pay('cash', 1190)] }, voided: false },
        { order: { id: 'b', totals: totals(2380, 380), payments: [pay('card', 1000), pay('cash', 1380)] }, voided: false },
        { order: { id: 'c', totals: totals(500, 80), payments: [pay('cash', 500)] }, voided: true },
      ],
      refunds: [
        { amount: 300, method: 'cash' },
        { amount: 200, method: 'card' },
      ],
      cashMovements: [
        { kind: 'paid_in', amount: 1000 },
        { kind: 'paid_out', amount: 250 },
        { kind: 'drop', amount: 5000 },
      ],
      countedCash: 8_000,
    });
    expect(report).toMatchObject({
      sales_count: 2,
      sales_total: 3570,
      tax_total: 570,
      voids_count: 1,
      voids_total: 500,
      refunds_total: 500,
      payments_by_method: [
        { method: 'cash', count: 2, amount: 2570 },
        { method: 'card', count: 1, amount: 1000 },
      ],
      refunds_by_method: [
        { method: 'cash', count: 1, amount: 300 },
        { method: 'card', count: 1, amount: 200 },
      ],
      expected_cash: 10_000 + 2570 - 300 + 1000 - 250 - 5000,
      counted_cash: 8_000,
      variance: 8_000 - 8_020,
    });
    expect(report.tax_breakdown).toEqual([{ tax_rate_id: 't', rate_ppm: 190_000, net: 3000, tax: 570, gross: 3570 }]);
  });

  it('is an X report (no count, no variance) without counted cash', () => {
    const report = computeShiftReport({
      shift: { id: 's', opened_at: '2026-11-23T07:00:00.000Z', closed_at: null, opening_float: 500 },
      orders: [],
      refunds: [],
      cashMovements: [],
    });
    expect(report).toMatchObject({ sales_count: 0, expected_cash: 500, counted_cash: null, variance: null, payments_by_method: [] });
  });
});

describe('computeShiftReport with tips', () => {
  const totals = (total: number) => ({ subtotal: total, discount_total: 0, tax_total: 0, total, net_total: total, tax_breakdown: [] });
  const pay = (method: 'cash' | 'card', amount: number, tip?: number) => ({
    id: `pay_${method}${amount}`,
    method,
    amount,
    tip,
    tendered: null,
    change: null,
    reference: null,
    card: null,
    created_at: '2026-11-23T08:00:00.000Z',
  });

  it('reports tips per tender and in total, outside the sales, with cash tips in the drawer', () => {
    const report = computeShiftReport({
      shift: { id: 'shf_1', opened_at: '2026-11-23T07:00:00.000Z', closed_at: null, opening_float: 10_000 },
      orders: [
        { order: { id: 'a', totals: totals(1000), payments: [pay('cash', 1000, 100)] }, voided: false },
        { order: { id: 'b', totals: totals(2000), payments: [pay('card', 2000, 300)] }, voided: false },
        { order: { id: 'c', totals: totals(500), payments: [pay('card', 500)] }, voided: false },
        { order: { id: 'd', totals: totals(800), payments: [pay('cash', 800, 80)] }, voided: true },
      ],
      refunds: [{ amount: 200, method: 'card' }],
      cashMovements: [],
    });
    expect(report.sales_total).toBe(3500);
    expect(report.tips_total).toBe(400);
    expect(report.payments_by_method).toEqual([
      { method: 'cash', count: 1, amount: 1000, tip: 100 },
      { method: 'card', count: 2, amount: 2500, tip: 300 },
    ]);
    expect(report.refunds_by_method).toEqual([{ method: 'card', count: 1, amount: 200 }]);
    expect(report.expected_cash).toBe(10_000 + 1000 + 100);
  });
});
