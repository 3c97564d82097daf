// Dashboard: a banner per webhook endpoint the service disabled by itself, today's sales per location
// and the tills that need attention.
import type { DashboardView } from '../../../core/api/backoffice';
import { get } from '../api-client';
import { TableHead } from '../list-view';
import { Link } from '../router';
import { locationName, useSession } from '../session';
import { ErrorBanner, Loading, PageHeader, ago, money, useLoad } from '../ui';
import { deviceBadge } from './devices-page';

export function DashboardPage() {
  const session = useSession();
  const dashboard = useLoad(() => get<DashboardView>('/dashboard'), []);
  const d = dashboard.data;
  return (
    <>
      <PageHeader title="Today">
        <button type="button" onClick={() => dashboard.reload()}>
          Refresh
        </button>
      </PageHeader>
      <ErrorBanner error={dashboard.error} />
      {!d ? (
        <Loading what="today's figures" />
      ) : (
        <>
          {d.disabled_webhooks.map((w) => (
            <DisabledWebhookBanner key={w.id} webhook={w} />
          ))}
          <div className="grid-cards">
            {d.locations.map((l) => (
              <section key={l.location_id} className="stat" aria-label={`Sales today at ${l.name}`}>
                <div className="stat-label">{l.name}</div>
                <div className="stat-value">{money(l.net_sales, l.currency)}</div>
                <div className="stat-sub">
                  {l.orders} order{l.orders === 1 ? '' : 's'} · tax {money(l.tax, l.currency)}
                  {l.refunds ? ` · refunds ${money(l.refunds, l.currency)}` : ''}
                </div>
                <div className="stat-sub">
                  {l.open_orders} open · {l.voided_orders} voided · {l.timezone}
                </div>
              </section>
            ))}
          </div>
          <section className="card" aria-labelledby="attention-title">
            <h2 id="attention-title">Tills needing attention</h2>
            {d.devices.attention.length === 0 ? (
              <p className="muted">
                All {d.devices.active} active till{d.devices.active === 1 ? '' : 's'} synced recently, no rejected sales.
              </p>
            ) : (
              <table className="table" aria-label="Tills needing attention">
                <TableHead columns={['Till', 'Location', 'Status', 'Last seen', 'Rejected']} />
                <tbody>
                  {d.devices.attention.map((dev) => (
                    <tr key={dev.id}>
                      <td>{dev.name}</td>
                      <td>{locationName(session, dev.location_id)}</td>
                      <td>{deviceBadge(dev)}</td>
                      <td>{ago(dev.last_seen_at)}</td>
                      <td>{dev.rejected_count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <p>
              <Link to="/devices">All devices</Link> · <Link to="/orders">All orders</Link>
            </p>
          </section>
        </>
      )}
    </>
  );
}

/** An endpoint the service stopped sending to: what, why, and where an owner re-enables it. */
function DisabledWebhookBanner({ webhook }: { webhook: DashboardView['disabled_webhooks'][number] }) {
  return (
    <div className="banner banner-error" role="alert" aria-label={`Webhook endpoint ${webhook.name} disabled`}>
      <strong>Webhook endpoint “{webhook.name}” was disabled</strong> {ago(webhook.disabled_at)} ({webhook.url}): no events are sent to it.
      {webhook.disabled_reason ? <div className="small">{webhook.disabled_reason}</div> : null}
      <div>
        <Link to={`/settings/integrations/webhooks/${encodeURIComponent(webhook.id)}`}>Re-enable {webhook.name}</Link> once the receiver works again (events it
        missed can be replayed there).
      </div>
    </div>
  );
}
