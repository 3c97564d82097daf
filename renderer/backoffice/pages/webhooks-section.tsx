// Webhook endpoints: list with status, create with an event picker (the signing secret is shown once).
import { useState } from 'react';
import { get, save } from '../api-client';
import { Link } from '../router';
import { useSession } from '../session';
import { ListView, TableHead } from '../list-view';
import { ActionForm, Dialog, Loading, SecretDialog, StatusBadge, dateTime, useAction, useLoad } from '../ui';
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
      <ListView list={endpoints} what="webhook endpoints" empty="No webhook endpoints yet.">
        {({ data }) => (
          <table className="table" aria-label="Webhook endpoints">
            <TableHead columns={['Name', 'URL', 'Events', 'Payload', 'Status', 'Created']} />
            <tbody>
              {data.map((e) => (
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
        )}
      </ListView>
      <Dialog title="New webhook endpoint" open={creating} onClose={() => setCreating(false)}>
        <EndpointForm
          onSaved={(endpoint) => {
            setCreating(false);
            setCreated(endpoint);
            endpoints.reload();
          }}
        />
      </Dialog>
      <SecretDialog
        title="Webhook signing secret"
        secret={created ? { label: `Signing secret of "${created.name}"`, value: created.secret } : null}
        note="Copy it now: this is the only time the secret is shown. Your receiver verifies X-Pos-Signature with it."
        onClose={() => setCreated(null)}
        extra={
          created ? (
            <Link to={`/settings/integrations/webhooks/${encodeURIComponent(created.id)}`} className="button-link">
              Open the endpoint
            </Link>
          ) : null
        }
      />
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
                // The accessible name is the type alone: descriptions mention other types (cancel → order.refunded).
                aria-label={type}
                checked={selected.includes(type)}
                onChange={(e) => onChange(e.target.checked ? [...selected, type] : selected.filter((t) => t !== type))}
              />
              <span className="mono">{type}</span> <span className="muted">{descriptions.get(type)}</span>
            </label>
          ))}
    </fieldset>
  );
}

/** Custom headers as the form shows them: one "Name: value" per line. */
export function headersText(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

/** Parses "Name: value" lines (blank lines ignored); a line without a colon is an error naming it. */
export function parseHeadersText(text: string): Record<string, string> | string {
  const headers: Record<string, string> = {};
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) return `Custom headers, line ${i + 1}: write "Name: value".`;
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** Create (no `endpoint`) or edit an endpoint. */
export function EndpointForm({ endpoint, onSaved }: { endpoint?: WebhookEndpoint; onSaved: (endpoint: WebhookEndpoint & { secret: string }) => void }) {
  const types = useLoad(() => get<EventTypesView>('/event-types'), []);
  const [name, setName] = useState(endpoint?.name ?? '');
  const [url, setUrl] = useState(endpoint?.url ?? 'https://');
  const [events, setEvents] = useState<string[]>(endpoint?.subscribed_events ?? []);
  const [payload, setPayload] = useState<'full' | 'thin'>(endpoint?.payload ?? 'full');
  const [headerLines, setHeaderLines] = useState(headersText(endpoint?.headers ?? {}));
  const { busy, error, setError, run } = useAction();

  const submit = async () => {
    if (events.length === 0) return setError('Pick at least one event.');
    const headers = parseHeadersText(headerLines);
    if (typeof headers === 'string') return setError(headers);
    const body = { name, url, subscribed_events: events, payload, headers };
    const saved = await run(() => save<WebhookEndpoint & { secret: string }>('/webhooks', endpoint?.id, body));
    if (saved) onSaved(saved);
  };

  return (
    <ActionForm onSubmit={submit} error={error ?? types.error} busy={busy} submitLabel={busy ? 'Saving…' : endpoint ? 'Save changes' : 'Create endpoint'}>
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
      <label htmlFor="webhook-headers">Custom headers (optional)</label>
      <textarea
        id="webhook-headers"
        rows={3}
        value={headerLines}
        onChange={(e) => setHeaderLines(e.target.value)}
        placeholder="Authorization: Bearer …"
        spellCheck={false}
      />
      <p className="hint">One &quot;Name: value&quot; per line, sent with every delivery (at most 20). Signature, framing and Host headers cannot be set.</p>
    </ActionForm>
  );
}
