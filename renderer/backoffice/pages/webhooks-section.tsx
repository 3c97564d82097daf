// Webhook endpoints: list with status, create with an event picker (the signing secret is shown once).
import { useState, type FormEvent } from 'react';
import { get, patch, post } from '../api-client';
import { Link } from '../router';
import { useSession } from '../session';
import { Dialog, Empty, ErrorBanner, Loading, SecretOnce, StatusBadge, dateTime, useAction, useLoad } from '../ui';
import type { EventTypesView } from '../../../core/api/backoffice';
import type { WebhookEndpoint } from '../../../core/events/webhook-api';

export function WebhooksSection() {
  const session = useSession();
  const endpoints = useLoad(() => get<{ data: WebhookEndpoint[] }>('/webhooks'), []);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<(WebhookEndpoint & { secret: string }) | null>(null);
  const isOwner = session.user.role === 'owner';

  return (
    <section className="card" aria-labelledby="webhooks-title">
      <header className="section-header">
        <h2 id="webhooks-title">Webhooks</h2>
        {isOwner ? (
          <button type="button" className="button-primary" onClick={() => setCreating(true)}>
            New webhook endpoint
          </button>
        ) : null}
      </header>
      <p className="muted">Endpoints receive signed POSTs for the events they subscribe to. Open one to see its deliveries, send a test or replay.</p>
      <ErrorBanner error={endpoints.error} />
      {endpoints.loading && !endpoints.data ? <Loading what="webhook endpoints" /> : null}
      {endpoints.data && endpoints.data.data.length === 0 ? <Empty>No webhook endpoints yet.</Empty> : null}
      {endpoints.data && endpoints.data.data.length > 0 ? (
        <table className="table" aria-label="Webhook endpoints">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">URL</th>
              <th scope="col">Events</th>
              <th scope="col">Payload</th>
              <th scope="col">Status</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {endpoints.data.data.map((e) => (
              <tr key={e.id}>
                <td>
                  <Link to={`/settings/integrations/webhooks/${encodeURIComponent(e.id)}`}>{e.name}</Link>
                </td>
                <td className="mono">{e.url}</td>
                <td>
                  <ul className="chips">
                    {e.subscribed_events.map((t) => (
                      <li key={t} className="chip">
                        {t === '*' ? 'all events' : t}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{e.payload}</td>
                <td>
                  {e.enabled ? (
                    <StatusBadge tone="ok">Enabled</StatusBadge>
                  ) : (
                    <>
                      <StatusBadge tone="bad">Disabled</StatusBadge>
                      {e.disabled_reason ? <div className="small muted">{e.disabled_reason}</div> : null}
                    </>
                  )}
                </td>
                <td>{dateTime(e.created_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Dialog title="New webhook endpoint" open={creating} onClose={() => setCreating(false)}>
        <EndpointForm
          onSaved={(endpoint) => {
            setCreating(false);
            setCreated(endpoint);
            endpoints.reload();
          }}
        />
      </Dialog>
      <Dialog title="Webhook signing secret" open={created !== null} onClose={() => setCreated(null)}>
        {created ? (
          <>
            <SecretOnce
              label={`Signing secret of "${created.name}"`}
              value={created.secret}
              note="Copy it now: this is the only time the secret is shown. Your receiver verifies X-Pos-Signature with it."
            />
            <div className="form-actions">
              <Link to={`/settings/integrations/webhooks/${encodeURIComponent(created.id)}`} className="button-link">
                Open the endpoint
              </Link>
              <button type="button" className="button-primary" onClick={() => setCreated(null)}>
                Done
              </button>
            </div>
          </>
        ) : null}
      </Dialog>
    </section>
  );
}

/** Event picker: one checkbox per catalog type with its description, or "all events". */
export function EventPicker({ types, selected, onChange }: { types: EventTypesView; selected: string[]; onChange: (next: string[]) => void }) {
  const all = selected.includes('*');
  const descriptions = new Map(types.data.map((t) => [t.type, t.description]));
  return (
    <fieldset>
      <legend>Events to send</legend>
      <label className="check">
        <input type="checkbox" checked={all} onChange={(e) => onChange(e.target.checked ? ['*'] : [])} />
        All events (including types added later)
      </label>
      {all
        ? null
        : types.subscribable.map((type) => (
            <label key={type} className="check">
              <input
                type="checkbox"
                checked={selected.includes(type)}
                onChange={(e) => onChange(e.target.checked ? [...selected, type] : selected.filter((t) => t !== type))}
              />
              <span className="mono">{type}</span> <span className="muted">{descriptions.get(type)}</span>
            </label>
          ))}
    </fieldset>
  );
}

/** Create (no `endpoint`) or edit an endpoint. */
export function EndpointForm({ endpoint, onSaved }: { endpoint?: WebhookEndpoint; onSaved: (endpoint: WebhookEndpoint & { secret: string }) => void }) {
  const types = useLoad(() => get<EventTypesView>('/event-types'), []);
  const [name, setName] = useState(endpoint?.name ?? '');
  const [url, setUrl] = useState(endpoint?.url ?? 'https://');
  const [events, setEvents] = useState<string[]>(endpoint?.subscribed_events ?? []);
  const [payload, setPayload] = useState<'full' | 'thin'>(endpoint?.payload ?? 'full');
  const { busy, error, setError, run } = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (events.length === 0) return setError('Pick at least one event.');
    const body = { name, url, subscribed_events: events, payload };
    const saved = await run(() =>
      endpoint
        ? patch<WebhookEndpoint & { secret: string }>(`/webhooks/${encodeURIComponent(endpoint.id)}`, body)
        : post<WebhookEndpoint & { secret: string }>('/webhooks', body),
    );
    if (saved) onSaved(saved);
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)}>
      <ErrorBanner error={error ?? types.error} />
      <label htmlFor="webhook-name">Name</label>
      <input id="webhook-name" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. stock-control" />
      <label htmlFor="webhook-url">URL</label>
      <input id="webhook-url" type="url" required maxLength={2048} value={url} onChange={(e) => setUrl(e.target.value)} />
      <p className="hint">An https address on the public internet. Redirects are not followed.</p>
      {types.data ? <EventPicker types={types.data} selected={events} onChange={setEvents} /> : <Loading what="event types" />}
      <fieldset>
        <legend>Payload</legend>
        <label className="check">
          <input type="radio" name="payload" checked={payload === 'full'} onChange={() => setPayload('full')} />
          Full — the whole object in <span className="mono">data.object</span>
        </label>
        <label className="check">
          <input type="radio" name="payload" checked={payload === 'thin'} onChange={() => setPayload('thin')} />
          Thin — only <span className="mono">{'{id, url}'}</span>; the receiver fetches the object from the API
        </label>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Saving…' : endpoint ? 'Save changes' : 'Create endpoint'}
        </button>
      </div>
    </form>
  );
}
