// Orders: every sale from the tills and every API order, filterable, with a detail view of lines,
// payments, refunds, taxes and where it came from.
import { Fragment, useState } from 'react';
import type { OrderView } from '../../../core/api/backoffice';
import type { ListPage } from '../../../core/api/common';
import type { Order } from '../../../core/api/orders';
import { get, query } from '../api-client';
import { Link } from '../router';
import { locationName, useSession } from '../session';
import { ListView, PagerButtons, TableHead, num, usePager } from '../list-view';
import { Empty, ErrorBanner, LocationSelect, Loading, PageHeader, StatusBadge, dateTime, money, useLoad } from '../ui';

const STATUSES = ['open', 'partially_paid', 'paid', 'partially_refunded', 'refunded', 'voided'];

export function statusBadge(status: string) {
  const tone =
    status === 'paid' ? 'ok' : status === 'voided' || status === 'refunded' ? 'bad' : status === 'open' || status === 'partially_paid' ? 'warn' : 'neutral';
  return <StatusBadge tone={tone}>{status.replace('_', ' ')}</StatusBadge>;
}

const percent = (ppm: number) => `${(ppm / 10_000).toLocaleString(undefined, { maximumFractionDigits: 3 })} %`;

export function OrdersPage() {
  const session = useSession();
  const [location, setLocation] = useState('');
  const [status, setStatus] = useState('');
  const [source, setSource] = useState('');
  const [since, setSince] = useState('');
  const createdSince = since ? new Date(`${since}T00:00:00`).toISOString() : '';
  const pager = usePager();
  const orders = useLoad(
    () => get<ListPage<Order>>(`/orders${query({ location_id: location, status, source, created_since: createdSince, cursor: pager.cursor, limit: 25 })}`),
    [location, status, source, createdSince, pager.cursor],
  );

  return (
    <>
      <PageHeader title="Orders" />
      <div className="filters card">
        <div>
          <label htmlFor="order-location">Location</label>
          <LocationSelect id="order-location" value={location} onChange={pager.filter(setLocation)} anyLabel="All locations" />
        </div>
        <div>
          <label htmlFor="order-status">Status</label>
          <select id="order-status" value={status} onChange={(e) => pager.filter(setStatus)(e.target.value)}>
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.replace('_', ' ')}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="order-source">Source</label>
          <select id="order-source" value={source} onChange={(e) => pager.filter(setSource)(e.target.value)}>
            <option value="">Tills and API</option>
            <option value="till">Till</option>
            <option value="api">API</option>
          </select>
        </div>
        <div>
          <label htmlFor="order-since">Recorded since</label>
          <input id="order-since" type="date" value={since} onChange={(e) => pager.filter(setSince)(e.target.value)} />
        </div>
        <button type="button" onClick={() => orders.reload()}>
          Refresh
        </button>
      </div>
      <ListView list={orders} what="orders" empty="No orders match.">
        {(page) => (
          <section className="card">
            <table className="table" aria-label="Orders">
              <TableHead columns={['Number', 'Time', 'Location', 'Source', 'Items', 'Status', num('Total'), num('Paid')]} />
              <tbody>
                {page.data.map((o) => (
                  <tr key={o.id}>
                    <td>
                      <Link to={`/orders/${encodeURIComponent(o.id)}`}>{o.number}</Link>
                    </td>
                    <td>{dateTime(o.occurred_at)}</td>
                    <td>{locationName(session, o.location_id)}</td>
                    <td>{o.source}</td>
                    <td>{o.lines.reduce((n, l) => n + l.quantity, 0)}</td>
                    <td>{statusBadge(o.status)}</td>
                    <td className="num">{money(o.totals.total, o.currency)}</td>
                    <td className="num">{money(o.totals.amount_paid, o.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <PagerButtons pager={pager} next={page.has_more ? page.next_cursor : null} />
          </section>
        )}
      </ListView>
    </>
  );
}

/** Who approved a guarded action at the till with their PIN (SPEC §12), per kind of approval. */
export const APPROVAL_LABELS: Record<NonNullable<OrderView['approvals']>[number]['action'], string> = {
  sale: 'Discount approved by',
  price_override: 'Price change approved by',
  void: 'Void approved by',
  refund: 'Refund approved by',
};

export function OrderDetailPage({ id }: { id: string }) {
  const session = useSession();
  const order = useLoad(() => get<OrderView>(`/orders/${encodeURIComponent(id)}`), [id]);
  const o = order.data;
  return (
    <>
      <p>
        <Link to="/orders">← Orders</Link>
      </p>
      <ErrorBanner error={order.error} />
      {!o ? (
        order.error ? null : (
          <Loading what="the order" />
        )
      ) : (
        <>
          <PageHeader title={`Order ${o.number}`}>{statusBadge(o.status)}</PageHeader>
          <section className="card" aria-label="Order details">
            <dl className="kv">
              <dt>Location</dt>
              <dd>{locationName(session, o.location_id)}</dd>
              <dt>Source</dt>
              <dd>{o.source === 'till' ? `Till${o.device ? ` — ${o.device.name}` : ''}` : 'API'}</dd>
              {o.staff ? (
                <>
                  <dt>Staff</dt>
                  <dd>{o.staff.name}</dd>
                </>
              ) : null}
              <dt>Occurred</dt>
              <dd>{dateTime(o.occurred_at)}</dd>
              <dt>Recorded</dt>
              <dd>{dateTime(o.created_at)}</dd>
              {o.external_ref ? (
                <>
                  <dt>External ref</dt>
                  <dd className="mono">{o.external_ref}</dd>
                </>
              ) : null}
              {o.customer_note ? (
                <>
                  <dt>Customer note</dt>
                  <dd>{o.customer_note}</dd>
                </>
              ) : null}
              {(o.approvals ?? []).map((a) => (
                <Fragment key={`${a.action}-${a.refund_id ?? ''}-${a.line_id ?? ''}`}>
                  <dt>{APPROVAL_LABELS[a.action]}</dt>
                  <dd data-testid="approval">
                    {a.staff_name ?? a.staff_id}
                    {a.line_id ? <span className="small muted"> ({o.lines.find((l) => l.id === a.line_id)?.name ?? a.line_id})</span> : null}
                  </dd>
                </Fragment>
              ))}
              <dt>Id</dt>
              <dd className="mono">{o.id}</dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="lines-title">
            <h2 id="lines-title">Lines</h2>
            <table className="table">
              <TableHead columns={['Item', num('Qty'), num('Unit price'), num('Discount'), num('Tax'), num('Total')]} />
              <tbody>
                {o.lines.map((l) => (
                  <tr key={l.id}>
                    <td>
                      {l.name}
                      {l.modifiers.length > 0 ? (
                        <div className="small muted">{l.modifiers.map((m) => `${m.name} (${money(m.price_delta, o.currency)})`).join(', ')}</div>
                      ) : null}
                      {l.note ? <div className="small muted">Note: {l.note}</div> : null}
                      {l.price_override ? (
                        <div className="small muted" data-testid="price-override">
                          Price changed at the till from {money(l.price_override.original_price, o.currency)} to {money(l.base_price, o.currency)}
                        </div>
                      ) : null}
                    </td>
                    <td className="num">{l.quantity}</td>
                    <td className="num">{money(l.unit_price, o.currency)}</td>
                    <td className="num">{l.line_discount + l.order_discount_share ? money(-(l.line_discount + l.order_discount_share), o.currency) : '—'}</td>
                    <td className="num">
                      {money(l.tax, o.currency)} <span className="small muted">({percent(l.rate_ppm)})</span>
                    </td>
                    <td className="num">{money(l.total, o.currency)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td colSpan={5}>Subtotal ({o.tax_mode === 'inclusive' ? 'prices include tax' : 'prices exclude tax'})</td>
                  <td className="num">{money(o.totals.subtotal, o.currency)}</td>
                </tr>
                {o.totals.discount_total ? (
                  <tr>
                    <td colSpan={5}>Discounts</td>
                    <td className="num">{money(-o.totals.discount_total, o.currency)}</td>
                  </tr>
                ) : null}
                {o.tax_breakdown.map((t) => (
                  <tr key={t.tax_rate_id}>
                    <td colSpan={5}>
                      Tax {percent(t.rate_ppm)} on {money(t.net, o.currency)}
                    </td>
                    <td className="num">{money(t.tax, o.currency)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row" colSpan={5}>
                    Total
                  </th>
                  <td className="num">
                    <strong>{money(o.totals.total, o.currency)}</strong>
                  </td>
                </tr>
                {o.totals.tip > 0 ? (
                  <tr data-testid="order-tips">
                    <td colSpan={5}>Tips (not in the total) / collected incl. tips</td>
                    <td className="num">
                      {money(o.totals.tip, o.currency)} / {money(o.totals.amount_collected, o.currency)}
                    </td>
                  </tr>
                ) : null}
                {(o.totals.tip_refunded ?? 0) > 0 ? (
                  <tr data-testid="order-tips-refunded">
                    <td colSpan={5}>Tips given back (cancel or void)</td>
                    <td className="num">{money(-(o.totals.tip_refunded ?? 0), o.currency)}</td>
                  </tr>
                ) : null}
                <tr>
                  <td colSpan={5}>Paid / refunded / balance due</td>
                  <td className="num">
                    {money(o.totals.amount_paid, o.currency)} / {money(o.totals.amount_refunded, o.currency)} / {money(o.totals.balance_due, o.currency)}
                  </td>
                </tr>
              </tfoot>
            </table>
          </section>
          <section className="card" aria-labelledby="payments-title">
            <h2 id="payments-title">Payments</h2>
            {o.payments.length === 0 ? (
              <Empty>No payments.</Empty>
            ) : (
              <table className="table">
                <TableHead columns={['Time', 'Method', 'Status', 'Reference', num('Tendered'), num('Change'), num('Amount'), num('Tip')]} />
                <tbody>
                  {o.payments.map((p) => (
                    <tr key={p.id}>
                      <td>{dateTime(p.occurred_at)}</td>
                      <td>{p.method}</td>
                      <td>{p.status}</td>
                      <td className="mono">{p.reference ?? '—'}</td>
                      <td className="num">{money(p.tendered, o.currency)}</td>
                      <td className="num">{money(p.change, o.currency)}</td>
                      <td className="num">{money(p.amount, o.currency)}</td>
                      <td className="num">
                        {money(p.tip, o.currency)}
                        {(p.tip_refunded ?? 0) > 0 ? <div className="small muted">given back {money(p.tip_refunded ?? 0, o.currency)}</div> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section className="card" aria-labelledby="refunds-title">
            <h2 id="refunds-title">Refunds</h2>
            {o.refunds.length === 0 ? (
              <Empty>No refunds.</Empty>
            ) : (
              <table className="table">
                <TableHead columns={['Time', 'Reason', 'Lines', num('Amount')]} />
                <tbody>
                  {o.refunds.map((r) => (
                    <tr key={r.id}>
                      <td>{dateTime(r.occurred_at)}</td>
                      <td>{r.reason || '—'}</td>
                      <td>
                        {r.lines.map((rl) => `${rl.quantity} × ${o.lines.find((l) => l.id === rl.line_id)?.name ?? rl.line_id}`).join(', ') || 'amount only'}
                      </td>
                      <td className="num">{money(r.amount, o.currency)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </>
  );
}
