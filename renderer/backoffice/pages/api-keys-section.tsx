// API keys: create with scopes and locations (the full key is shown once), list by prefix, revoke.
import { useState } from 'react';
import type { ApiKeyView } from '../../../core/api/backoffice';
import { get, post } from '../api-client';
import { useSession, locationName } from '../session';
import { ListView, TableHead } from '../list-view';
import { ActionForm, Dialog, SecretDialog, StatusBadge, ago, dateTime, useAction, useLoad } from '../ui';

// What each scope allows, in words (the list of scopes itself comes from the server).
const SCOPE_LABELS: Record<string, string> = {
  'locations:read': 'Read locations',
  'products:read': 'Read products',
  'products:write': 'Create and update products',
  'orders:read': 'Read orders',
  'orders:write': 'Create orders, payments and refunds',
  'webhooks:read': 'Read webhook endpoints and deliveries',
  'webhooks:write': 'Manage webhook endpoints',
  'events:read': 'Read the events feed',
};

export function ApiKeysSection() {
  const session = useSession();
  const keys = useLoad(() => get<{ data: ApiKeyView[]; scopes: string[] }>('/api-keys'), []);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<(ApiKeyView & { key: string }) | null>(null);
  const revoke = useAction();

  const doRevoke = async (key: ApiKeyView) => {
    if (!window.confirm(`Revoke the key "${key.name}" (${key.prefix}…)? Integrations using it stop working at once.`)) return;
    await revoke.run(() => post(`/api-keys/${encodeURIComponent(key.id)}/revoke`));
    keys.reload();
  };

  return (
    <section className="card" aria-labelledby="api-keys-title">
      <header className="section-header">
        <h2 id="api-keys-title">API keys</h2>
        <button type="button" className="button-primary" onClick={() => setCreating(true)}>
          New API key
        </button>
      </header>
      <p className="muted">Keys let an integration call the REST API. Each key has scopes and the locations it may access.</p>
      <ListView list={keys} what="API keys" empty="No API keys yet." error={revoke.error}>
        {({ data }) => (
          <table className="table" aria-label="API keys">
            <TableHead columns={['Name', 'Key', 'Scopes', 'Locations', 'Created', 'Last used', 'Status']} actions />
            <tbody>
              {data.map((key) => (
                <tr key={key.id} data-testid={`api-key-${key.id}`}>
                  <td>
                    {key.name}
                    {key.livemode ? null : <span className="test-badge">test mode</span>}
                  </td>
                  <td className="mono">{key.prefix}…</td>
                  <td>
                    <ul className="chips">
                      {key.scopes.map((s) => (
                        <li key={s} className="chip">
                          {s}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{key.locations === 'all' ? 'All locations' : key.locations.map((id) => locationName(session, id)).join(', ')}</td>
                  <td>{dateTime(key.created_at)}</td>
                  <td>{ago(key.last_used_at)}</td>
                  <td>{key.revoked_at ? <StatusBadge tone="bad">Revoked</StatusBadge> : <StatusBadge tone="ok">Active</StatusBadge>}</td>
                  <td>
                    {key.revoked_at ? null : (
                      <button type="button" className="button-danger" disabled={revoke.busy} onClick={() => void doRevoke(key)}>
                        Revoke<span className="visually-hidden"> {key.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ListView>
      <Dialog title="New API key" open={creating} onClose={() => setCreating(false)}>
        <NewKeyForm
          scopes={keys.data?.scopes ?? []}
          onCreated={(key) => {
            setCreating(false);
            setCreated(key);
            keys.reload();
          }}
        />
      </Dialog>
      <SecretDialog
        title="Your new API key"
        secret={created ? { label: `API key "${created.name}"`, value: created.key } : null}
        note="Copy it now: this is the only time the full key is shown. Store it in your integration's secret settings."
        onClose={() => setCreated(null)}
      />
    </section>
  );
}

function NewKeyForm({ scopes: available, onCreated }: { scopes: string[]; onCreated: (key: ApiKeyView & { key: string }) => void }) {
  const session = useSession();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [allLocations, setAllLocations] = useState(true);
  const [locationIds, setLocationIds] = useState<string[]>([]);
  const [testMode, setTestMode] = useState(false);
  const { busy, error, setError, run } = useAction();

  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

  const submit = async () => {
    if (scopes.length === 0) return setError('Pick at least one scope.');
    if (!allLocations && locationIds.length === 0) return setError('Pick at least one location, or allow all locations.');
    const key = await run(() =>
      post<ApiKeyView & { key: string }>('/api-keys', { name, scopes, locations: allLocations ? 'all' : locationIds, livemode: !testMode }),
    );
    if (key) onCreated(key);
  };

  return (
    <ActionForm onSubmit={submit} error={error} busy={busy} submitLabel={busy ? 'Creating…' : 'Create key'}>
      <label htmlFor="key-name">Name</label>
      <input id="key-name" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. stock-control" />
      <label className="check">
        <input type="checkbox" checked={testMode} onChange={(e) => setTestMode(e.target.checked)} data-testid="key-test-mode" />
        Test mode (a <span className="mono">pos_test_…</span> key: sees and creates test data only, never live sales)
      </label>
      <fieldset>
        <legend>Scopes</legend>
        {available.map((scope) => (
          <label key={scope} className="check">
            <input type="checkbox" checked={scopes.includes(scope)} onChange={(e) => setScopes(toggle(scopes, scope, e.target.checked))} />
            <span className="mono">{scope}</span> <span className="muted">{SCOPE_LABELS[scope] ?? ''}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Locations</legend>
        <label className="check">
          <input type="checkbox" checked={allLocations} onChange={(e) => setAllLocations(e.target.checked)} />
          All locations (including ones added later)
        </label>
        {!allLocations
          ? session.locations.map((l) => (
              <label key={l.id} className="check">
                <input type="checkbox" checked={locationIds.includes(l.id)} onChange={(e) => setLocationIds(toggle(locationIds, l.id, e.target.checked))} />
                {l.name}
              </label>
            ))
          : null}
      </fieldset>
    </ActionForm>
  );
}
