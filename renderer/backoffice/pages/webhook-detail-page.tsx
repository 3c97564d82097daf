// One webhook endpoint: settings, send test, rotate secret, enable/disable, replay since, and the
// delivery log with every attempt (status, latency, response body) and a retry per delivery.
import { useState, type FormEvent } from 'react';
import { del, get, patch, post, query } from '../api-client';
import { Link, navigate } from '../router';
import { useSession } from '../session';
import { PagerButtons, usePager } from '../list-view';
import { Dialog, Empty, ErrorBanner, Loading, Notice, PageHeader, SecretDialog, StatusBadge, dateTime, useAction, useLoad } from '../ui';
import { EndpointForm } from './webhooks-section';
import type { EventTypesView } from '../../../core/api/backoffice';
import type { ListPage } from '../../../core/api/common';
import type { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from '../../../core/events/webhook-api';

const enc = encodeURIComponent;

function statusTone(status: WebhookDelivery['status']) {
  return status === 'succeeded' ? 'ok' : status === 'failed' ? 'bad' : 'warn';
}

/** What the receiver answered on an attempt: "HTTP 200", the error class, or "no answer". */
function answerOf(attempt: WebhookAttempt | undefined): string {
  return attempt?.status_code ? `HTTP ${attempt.status_code}` : (attempt?.error_class ?? 'no answer');
}

export function WebhookDetailPage({ id }: { id: string }) {
  const session = useSession();
  const isOwner = session.user.role === 'owner';
  const endpoint = useLoad(() => get<WebhookEndpoint>(`/webhooks/${enc(id)}`), [id]);
  const types = useLoad(() => get<EventTypesView>('/event-types'), []);
  const [status, setStatus] = useState('');
  const pager = usePager();
  const deliveries = useLoad(
    () => get<ListPage<WebhookDelivery>>(`/webhooks/${enc(id)}/deliveries${query({ status, cursor: pager.cursor, limit: 20 })}`),
    [id, status, pager.cursor],
  );
  const action = useAction();
  const [testType, setTestType] = useState('webhook.test');
  const [secret, setSecret] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = () => {
    endpoint.reload();
    deliveries.reload();
  };

  const sendTest = async () => {
    const delivery = await action.run(() => post<WebhookDelivery>(`/webhooks/${enc(id)}/test`, testType === 'webhook.test' ? {} : { event_type: testType }));
    if (delivery) {
      const last = delivery.attempts.at(-1);
      setNotice(`Test ${delivery.event_type} sent: ${answerOf(last)} in ${last?.duration_ms ?? 0} ms.`);
      pager.reset();
      deliveries.reload();
    }
  };
  const rotate = async () => {
    if (!window.confirm('Rotate the signing secret? The old secret keeps signing for the grace period (24 h by default).')) return;
    const rotated = await action.run(() => post<{ secret: string }>(`/webhooks/${enc(id)}/rotate-secret`));
    if (rotated) setSecret(rotated.secret);
  };
  const setEnabled = async (enabled: boolean) => {
    await action.run(() => patch(`/webhooks/${enc(id)}`, { enabled }));
    refresh();
  };
  const remove = async () => {
    if (!window.confirm('Delete this endpoint and its delivery log? Events stay in the feed.')) return;
    const done = await action.run(() => del(`/webhooks/${enc(id)}`));
    if (done) navigate('/settings/integrations');
  };
  const retry = async (delivery: WebhookDelivery) => {
    const updated = await action.run(() => post<WebhookDelivery>(`/webhooks/${enc(id)}/deliveries/${enc(delivery.id)}/retry`));
    if (updated) {
      setNotice(`Delivery ${updated.id} sent again: ${answerOf(updated.attempts.at(-1))}.`);
      deliveries.reload();
    }
  };

  if (endpoint.error && !endpoint.data) {
    return (
      <>
        <PageHeader title="Webhook endpoint" />
        <ErrorBanner error={endpoint.error} />
        <Link to="/settings/integrations">Back to Integrations</Link>
      </>
    );
  }
  const e = endpoint.data;
  if (!e) return <Loading what="the endpoint" />;

  return (
    <>
      <p>
        <Link to="/settings/integrations">← Integrations</Link>
      </p>
      <PageHeader title={e.name}>
        {isOwner ? (
          <>
            <button type="button" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" onClick={() => void rotate()} disabled={action.busy}>
              Rotate secret
            </button>
            {e.enabled ? (
              <button type="button" onClick={() => void setEnabled(false)} disabled={action.busy}>
                Disable
              </button>
            ) : (
              <button type="button" onClick={() => void setEnabled(true)} disabled={action.busy}>
                Enable
              </button>
            )}
            <button type="button" className="button-danger" onClick={() => void remove()} disabled={action.busy}>
              Delete
            </button>
          </>
        ) : null}
      </PageHeader>
      <ErrorBanner error={action.error} />
      {notice ? <Notice>{notice}</Notice> : null}
      <section className="card" aria-label="Endpoint settings">
        <dl className="kv">
          <dt>URL</dt>
          <dd className="mono">{e.url}</dd>
          <dt>Status</dt>
          <dd>
            {e.enabled ? <StatusBadge tone="ok">Enabled</StatusBadge> : <StatusBadge tone="bad">Disabled</StatusBadge>}
            {!e.enabled && e.disabled_reason ? (
              <span className="muted">
                {' '}
                — {e.disabled_reason} ({dateTime(e.disabled_at)})
              </span>
            ) : null}
          </dd>
          <dt>Events</dt>
          <dd>{e.subscribed_events.map((t) => (t === '*' ? 'all events' : t)).join(', ')}</dd>
          <dt>Payload</dt>
          <dd>{e.payload}</dd>
          <dt>Custom headers</dt>
          <dd>
            {Object.keys(e.headers).length === 0 ? (
              <span className="muted">none</span>
            ) : (
              <ul className="plain" aria-label="Custom headers">
                {Object.entries(e.headers).map(([name, value]) => (
                  <li key={name} className="mono">
                    {name}: {value}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>Id</dt>
          <dd className="mono">{e.id}</dd>
        </dl>
      </section>

      <section className="card" aria-labelledby="test-title">
        <h2 id="test-title">Send a test</h2>
        <div className="filters">
          <div>
            <label htmlFor="test-type">Event type</label>
            <select id="test-type" value={testType} onChange={(ev) => setTestType(ev.target.value)}>
              {(types.data?.data ?? [{ type: 'webhook.test', description: '' }]).map((t) => (
                <option key={t.type} value={t.type}>
                  {t.type}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button-primary" onClick={() => void sendTest()} disabled={action.busy}>
            {action.busy ? 'Sending…' : 'Send test'}
          </button>
        </div>
        <p className="hint">Sends a signed sample of that type now and records it in the deliveries below.</p>
      </section>

      <ReplayForm
        id={id}
        types={types.data}
        onQueued={(n) => {
          setNotice(`${n} event(s) queued for redelivery.`);
          deliveries.reload();
        }}
      />

      <section className="card" aria-labelledby="deliveries-title">
        <header className="section-header">
          <h2 id="deliveries-title">Deliveries</h2>
          <div className="filters">
            <div>
              <label htmlFor="delivery-status">Status</label>
              <select id="delivery-status" value={status} onChange={(ev) => pager.filter(setStatus)(ev.target.value)}>
                <option value="">All</option>
                <option value="pending">Pending</option>
                <option value="succeeded">Succeeded</option>
                <option value="failed">Failed</option>
              </select>
            </div>
            <button type="button" onClick={() => deliveries.reload()}>
              Refresh
            </button>
          </div>
        </header>
        <ErrorBanner error={deliveries.error} />
        {deliveries.loading && !deliveries.data ? <Loading what="deliveries" /> : null}
        {deliveries.data && deliveries.data.data.length === 0 ? <Empty>No deliveries{status ? ` with status ${status}` : ''} yet.</Empty> : null}
        {deliveries.data?.data.map((d) => (
          <details key={d.id} className="delivery" data-testid={`delivery-${d.id}`}>
            <summary>
              <StatusBadge tone={statusTone(d.status)}>{d.status}</StatusBadge>
              <span className="mono">{d.event_type}</span>
              <span className="mono small">{d.id}</span>
              <span>{d.last_status_code ? `HTTP ${d.last_status_code}` : d.attempt_count === 0 ? 'not sent yet' : 'no answer'}</span>
              <span>{d.attempt_count} attempt(s)</span>
              <span className="small">{dateTime(d.created_at)}</span>
            </summary>
            <dl className="kv">
              <dt>Event</dt>
              <dd className="mono">{d.event_id}</dd>
              <dt>Origin</dt>
              <dd>{d.origin}</dd>
              {d.next_attempt_at ? (
                <>
                  <dt>Next attempt</dt>
                  <dd>{dateTime(d.next_attempt_at)}</dd>
                </>
              ) : null}
              {d.last_error ? (
                <>
                  <dt>Last error</dt>
                  <dd>{d.last_error}</dd>
                </>
              ) : null}
            </dl>
            <button type="button" className="button-small" onClick={() => void retry(d)} disabled={action.busy || !e.enabled}>
              Retry now<span className="visually-hidden"> delivery {d.id}</span>
            </button>
            {d.attempts.map((a) => (
              <AttemptView key={a.id} attempt={a} />
            ))}
          </details>
        ))}
        <PagerButtons pager={pager} next={deliveries.data?.has_more ? deliveries.data.next_cursor : null} />
      </section>

      <Dialog title="Edit webhook endpoint" open={editing} onClose={() => setEditing(false)}>
        <EndpointForm
          endpoint={e}
          onSaved={() => {
            setEditing(false);
            endpoint.reload();
          }}
        />
      </Dialog>
      <SecretDialog
        title="New signing secret"
        secret={secret === null ? null : { label: 'New signing secret', value: secret }}
        note="Copy it now: it is shown only once. Until the grace period ends, deliveries carry a signature for the old secret too."
        onClose={() => setSecret(null)}
      />
    </>
  );
}

function AttemptView({ attempt: a }: { attempt: WebhookAttempt }) {
  const ok = a.status_code !== null && a.status_code >= 200 && a.status_code < 300;
  return (
    <div className={`attempt ${ok ? 'attempt-ok' : 'attempt-bad'}`}>
      <div>
        <strong>Attempt {a.number}</strong> · {dateTime(a.started_at)} · {a.duration_ms} ms ·{' '}
        {a.status_code !== null ? `HTTP ${a.status_code}` : `${a.error_class ?? 'error'}: ${a.error_message ?? ''}`}
        {a.status_code !== null && a.error_message?.includes(': ') ? ` · ${a.error_message.slice(a.error_message.indexOf(': ') + 2)}` : null}
      </div>
      {a.response_body ? (
        <>
          <div className="small muted">Response body (first 2 KB)</div>
          <pre className="body" data-testid="response-body">
            {a.response_body}
          </pre>
        </>
      ) : null}
    </div>
  );
}

function ReplayForm({ id, types, onQueued }: { id: string; types: EventTypesView | undefined; onQueued: (queued: number) => void }) {
  const [since, setSince] = useState(() => toLocalInput(new Date(Date.now() - 24 * 3_600_000)));
  const [until, setUntil] = useState('');
  const [type, setType] = useState('');
  const { busy, error, run } = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body: Record<string, unknown> = { since: new Date(since).toISOString() };
    if (until) body.until = new Date(until).toISOString();
    if (type) body.event_types = [type];
    const result = await run(() => post<{ queued: number }>(`/webhooks/${enc(id)}/replay`, body));
    if (result) onQueued(result.queued);
  };

  return (
    <section className="card" aria-labelledby="replay-title">
      <h2 id="replay-title">Replay events</h2>
      <p className="hint">Queues every retained event of the chosen window again (same event ids), e.g. after the receiver was down.</p>
      <ErrorBanner error={error} />
      <form className="filters" onSubmit={(e) => void submit(e)}>
        <div>
          <label htmlFor="replay-since">Since</label>
          <input id="replay-since" type="datetime-local" required value={since} onChange={(e) => setSince(e.target.value)} />
        </div>
        <div>
          <label htmlFor="replay-until">Until (optional)</label>
          <input id="replay-until" type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} />
        </div>
        <div>
          <label htmlFor="replay-type">Event type</label>
          <select id="replay-type" value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">All subscribed</option>
            {(types?.subscribable ?? []).map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy}>
          {busy ? 'Queueing…' : 'Replay'}
        </button>
      </form>
    </section>
  );
}

/** A Date as the value of <input type="datetime-local"> (local time, minutes). */
export function toLocalInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
