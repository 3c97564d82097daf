// The back office shows tips: an order's payments with their tip and the order's tips and money
// collected beside (not in) its total; a Z report's tips per tender and in total, outside the sales.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CATALOG } from '../../../core/events/catalog';
import { SAMPLE_SHIFT_REPORT } from '../../../core/print-samples';
import { renderInSession, testSession } from '../testing';

const order = (EVENT_CATALOG['order.paid'].sample.data as { object: Record<string, unknown> }).object;
const shift = {
  id: 'shf_1',
  location_id: 'loc_1',
  device_id: 'dev_1',
  device_name: 'Till 1',
  staff_id: 'stf_1',
  staff_name: 'Ben',
  closed_by_name: 'Ben',
  opened_at: '2026-12-02T07:00:00.000Z',
  closed_at: '2026-12-02T21:00:00.000Z',
  status: 'closed',
  opening_float: 15_000,
  expected_cash: 18_676,
  counted_cash: 18_676,
  variance: 0,
  order_count: 41,
  cash_movements: [],
  report: {
    ...SAMPLE_SHIFT_REPORT,
    payments_by_method: [
      { method: 'cash', count: 30, amount: 12_456, tip: 820 },
      { method: 'card', count: 11, amount: 11_000, tip: 1_340 },
    ],
    tips_total: 2_160,
  },
};
const get = vi.fn(async (path: string): Promise<unknown> => (path.startsWith('/orders/') ? order : shift));
vi.mock('../api-client', async (importOriginal) => ({ ...(await importOriginal<Record<string, unknown>>()), get: (path: string) => get(path) }));
const { OrderDetailPage } = await import('./orders-page');
const { ShiftDetailPage } = await import('./shifts-page');

const inSession = (node: React.ReactNode) => renderInSession(node, testSession('manager'));

describe('tips in the back office', () => {
  afterEach(cleanup);

  it('the order page shows each payment’s tip and the order’s tips beside its total', async () => {
    inSession(<OrderDetailPage id={String(order.id)} />);
    const tips = await screen.findByTestId('order-tips');
    expect(tips.textContent).toMatch(/Tips \(not in the total\).*€1\.50.*€11\.30/);
    const payments = screen.getByRole('region', { name: 'Payments' });
    expect(payments.querySelector('thead')!.textContent).toContain('Tip');
    expect(payments.querySelector('tbody tr')!.textContent).toMatch(/€9\.80€1\.50$/);
    expect(screen.getByRole('rowheader', { name: 'Total' }).closest('tr')!.textContent).toContain('€9.80');
  });

  it('a voided order shows the tips given back, per payment and in total; a paid one shows none', async () => {
    const payment = (order.payments as Record<string, unknown>[])[0]!;
    const voided = {
      ...order,
      status: 'voided',
      totals: { ...(order.totals as object), tip_refunded: 150 },
      payments: [{ ...payment, tip_refunded: 150 }],
    };
    get.mockImplementationOnce(async () => voided);
    inSession(<OrderDetailPage id={String(order.id)} />);
    const back = await screen.findByTestId('order-tips-refunded');
    expect(back.textContent).toMatch(/Tips given back \(cancel or void\).*-€1\.50/);
    const payments = screen.getByRole('region', { name: 'Payments' });
    expect(payments.querySelector('tbody tr')!.textContent).toMatch(/€1\.50given back €1\.50$/);
    cleanup();
    inSession(<OrderDetailPage id={String(order.id)} />);
    await screen.findByTestId('order-tips');
    expect(screen.queryByTestId('order-tips-refunded')).toBeNull();
    expect(screen.getByRole('region', { name: 'Payments' }).textContent).not.toContain('given back');
  });

  it('the Z report shows tips per tender and in total, apart from the sales', async () => {
    inSession(<ShiftDetailPage id="shf_1" />);
    const total = await screen.findByTestId('z-tips');
    expect(total.textContent).toMatch(/Tips \(not in sales\)\s*€21\.60/);
    expect(screen.getByText('Tips by cash').closest('tr')!.textContent).toContain('€8.20');
    expect(screen.getByText('Tips by card').closest('tr')!.textContent).toContain('€13.40');
  });
});
