// Shifts and Z reports: every shift the tills opened, and for closed ones the Z report (sales,
// taxes, tenders, refunds, cash movements, expected vs counted cash).
import { useState } from 'react';
import type { ShiftDetailView, ShiftView } from '../../../core/api/backoffice';
import { get, query } from '../api-client';
import { Link } from '../router';
import { locationName, useSession } from '../session';
import { ListView, PagerButtons, TableHead, num, usePager } from '../list-view';
import { ErrorBanner, LocationSelect, Loading, PageHeader, StatusBadge, dateTime, money, useLoad } from '../ui';

function currencyOf(session: ReturnType<typeof useSession>, locationId: string): string {
  return session.locations.find((l) => l.id === locationId)?.currency ?? session.business?.currency ?? 'EUR';
}

function varianceBadge(variance: number | null, currency: string) {
  if (variance === null) return '—';
  const tone = variance === 0 ? 'ok' : 'bad';
  return (
    <StatusBadge tone={tone}>
      {variance > 0 ? '+' : ''}
      {money(variance, currency)}
    </StatusBadge>
  );
}

export function ShiftsPage() {
  const session = useSession();
  const [location, setLocation] = useState('');
  const [status, setStatus] = useState('');
  const pager = usePager();
  const shifts = useLoad(
    () =>
      get<{ data: ShiftView[]; has_more: boolean; next_before: string | null }>(
        `/shifts${query({ location_id: location, status, before: pager.cursor, limit: 25 })}`,
      ),
    [location, status, pager.cursor],
  );
  return (
    <>
      <PageHeader title="Shifts & Z reports" />
      <div className="filters card">
        <div>
          <label htmlFor="shift-location">Location</label>
          <LocationSelect id="shift-location" value={location} onChange={pager.filter(setLocation)} anyLabel="All locations" />
        </div>
        <div>
          <label htmlFor="shift-status">Status</label>
          <select id="shift-status" value={status} onChange={(e) => pager.filter(setStatus)(e.target.value)}>
            <option value="">Open and closed</option>
            <option value="open">Open</option>
            <option value="closed">Closed</option>
          </select>
        </div>
      </div>
      <ListView list={shifts} what="shifts" empty="No shifts yet. They appear once a till opens one and syncs.">
        {(page) => (
          <section className="card">
            <table className="table" aria-label="Shifts">
              <TableHead columns={['Opened', 'Closed', 'Location / till', 'Staff', num('Sales'), num('Expected cash'), num('Counted'), 'Variance']} />
              <tbody>
                {page.data.map((s) => {
                  const currency = currencyOf(session, s.location_id);
                  return (
                    <tr key={s.id}>
                      <td>
                        <Link to={`/shifts/${encodeURIComponent(s.id)}`}>{dateTime(s.opened_at)}</Link>
                      </td>
                      <td>{s.closed_at ? dateTime(s.closed_at) : <StatusBadge tone="warn">Open</StatusBadge>}</td>
                      <td>
                        {locationName(session, s.location_id)}
                        {s.device_name ? <div className="small muted">{s.device_name}</div> : null}
                      </td>
                      <td>{s.staff_name ?? '—'}</td>
                      <td className="num">{s.report?.sales_total !== undefined ? money(s.report.sales_total, currency) : '—'}</td>
                      <td className="num">{money(s.expected_cash, currency)}</td>
                      <td className="num">{money(s.counted_cash, currency)}</td>
                      <td>{varianceBadge(s.variance, currency)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <PagerButtons pager={pager} next={page.has_more ? page.next_before : null} />
          </section>
        )}
      </ListView>
    </>
  );
}

export function ShiftDetailPage({ id }: { id: string }) {
  const session = useSession();
  const shift = useLoad(() => get<ShiftDetailView>(`/shifts/${encodeURIComponent(id)}`), [id]);
  const s = shift.data;
  const currency = s ? currencyOf(session, s.location_id) : 'EUR';
  const r = s?.report ?? null;
  const m = (n: number | null | undefined) => money(n ?? null, currency);
  return (
    <>
      <p>
        <Link to="/shifts">← Shifts</Link>
      </p>
      <ErrorBanner error={shift.error} />
      {!s ? (
        shift.error ? null : (
          <Loading what="the shift" />
        )
      ) : (
        <>
          <PageHeader title={s.status === 'closed' ? 'Z report' : 'Open shift'} />
          <section className="card" aria-label="Shift">
            <dl className="kv">
              <dt>Location</dt>
              <dd>{locationName(session, s.location_id)}</dd>
              <dt>Till</dt>
              <dd>{s.device_name ?? '—'}</dd>
              <dt>Opened</dt>
              <dd>
                {dateTime(s.opened_at)} by {s.staff_name ?? '—'}
              </dd>
              <dt>Closed</dt>
              <dd>{s.closed_at ? `${dateTime(s.closed_at)}${s.closed_by_name ? ` by ${s.closed_by_name}` : ''}` : 'still open'}</dd>
              {s.close_approved_by ? (
                <>
                  <dt>Close approved by</dt>
                  <dd data-testid="close-approved-by">{s.close_approved_by_name ?? s.close_approved_by}</dd>
                </>
              ) : null}
              <dt>Orders synced</dt>
              <dd>{s.order_count}</dd>
            </dl>
          </section>
          {r ? (
            <section className="card" aria-labelledby="z-sales">
              <h2 id="z-sales">Sales</h2>
              <table className="table">
                <tbody>
                  <tr>
                    <td>Sales ({r.sales_count ?? 0})</td>
                    <td className="num">{m(r.sales_total)}</td>
                  </tr>
                  <tr>
                    <td>Discounts given</td>
                    <td className="num">{m(r.discount_total)}</td>
                  </tr>
                  <tr>
                    <td>Tax included</td>
                    <td className="num">{m(r.tax_total)}</td>
                  </tr>
                  {(r.tax_breakdown ?? []).map((t) => (
                    <tr key={t.rate_ppm}>
                      <td className="small muted">
                        Tax {t.rate_ppm / 10_000} % on {m(t.net)}
                      </td>
                      <td className="num small">{m(t.tax)}</td>
                    </tr>
                  ))}
                  <tr>
                    <td>Voids ({r.voids_count ?? 0})</td>
                    <td className="num">{m(r.voids_total)}</td>
                  </tr>
                  <tr>
                    <td>Refunds ({r.refunds_count ?? 0})</td>
                    <td className="num">{m(r.refunds_total)}</td>
                  </tr>
                  {(r.payments_by_method ?? []).map((p) => (
                    <tr key={`pay-${p.method}`}>
                      <td>
                        Taken by {p.method} ({p.count})
                      </td>
                      <td className="num">{m(p.amount)}</td>
                    </tr>
                  ))}
                  {r.tips_total !== undefined ? (
                    <tr data-testid="z-tips">
                      <td>Tips (not in sales)</td>
                      <td className="num">{m(r.tips_total)}</td>
                    </tr>
                  ) : null}
                  {(r.payments_by_method ?? [])
                    .filter((p) => (p.tip ?? 0) > 0)
                    .map((p) => (
                      <tr key={`tip-${p.method}`}>
                        <td className="small muted">Tips by {p.method}</td>
                        <td className="num small">{m(p.tip)}</td>
                      </tr>
                    ))}
                  {(r.refunds_by_method ?? []).map((p) => (
                    <tr key={`ref-${p.method}`}>
                      <td>
                        Refunded by {p.method} ({p.count})
                      </td>
                      <td className="num">{m(-p.amount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
          <section className="card" aria-labelledby="z-cash">
            <h2 id="z-cash">Cash drawer</h2>
            <table className="table">
              <tbody>
                <tr>
                  <td>Opening float</td>
                  <td className="num">{m(s.opening_float)}</td>
                </tr>
                {r ? (
                  <>
                    <tr>
                      <td>Paid in</td>
                      <td className="num">{m(r.cash_paid_in)}</td>
                    </tr>
                    <tr>
                      <td>Paid out</td>
                      <td className="num">{m(r.cash_paid_out ? -r.cash_paid_out : 0)}</td>
                    </tr>
                    <tr>
                      <td>Drops</td>
                      <td className="num">{m(r.cash_drops ? -r.cash_drops : 0)}</td>
                    </tr>
                  </>
                ) : null}
                <tr>
                  <th scope="row">Expected in drawer</th>
                  <td className="num">{m(s.expected_cash)}</td>
                </tr>
                <tr>
                  <th scope="row">Counted</th>
                  <td className="num">{m(s.counted_cash)}</td>
                </tr>
                <tr>
                  <th scope="row">Variance</th>
                  <td className="num">{varianceBadge(s.variance, currency)}</td>
                </tr>
              </tbody>
            </table>
            {s.cash_movements.length > 0 ? (
              <>
                <h3>Cash movements</h3>
                <table className="table">
                  <TableHead columns={['Time', 'Kind', 'Reason', 'Approved by', num('Amount')]} />
                  <tbody>
                    {s.cash_movements.map((c) => (
                      <tr key={c.id}>
                        <td>{dateTime(c.occurred_at)}</td>
                        <td>{c.kind.replaceAll('_', ' ')}</td>
                        <td>{c.reason || '—'}</td>
                        <td>{c.approved_by ? (c.approved_by_name ?? c.approved_by) : '—'}</td>
                        <td className="num">{m(c.amount)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            ) : null}
          </section>
        </>
      )}
    </>
  );
}
