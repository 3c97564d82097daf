// First run: pair this till with a location using a one-time code from the back office
// (or open the till at `/?pair=<code>&server=<url>`).
import { useState } from 'react';
import { useServices } from '../services';

export function PairingScreen() {
  const { sync, sameOriginSync } = useServices();
  const [server, setServer] = useState(() => window.location.origin);
  const [code, setCode] = useState('');
  const [name, setName] = useState('Till 1');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <main className="center-screen" data-testid="pairing-screen" style={{ height: '100%' }}>
      <form
        className="signin"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setMessage(null);
          const result = await sync.pair(code, { serverUrl: server, deviceName: name });
          setBusy(false);
          if (!result.ok) setMessage(result.error.message);
          else void sync.syncNow();
        }}
      >
        <h1>Pair this till</h1>
        <p style={{ margin: 0, color: 'var(--muted)' }}>
          In the back office open Devices → Pair a till (or run <code>npm run pos -- devices pair-code --location ID</code>) and enter the code.
        </p>
        {sameOriginSync ? (
          <p style={{ margin: 0, color: 'var(--muted)' }}>The cloud is reached through this page&apos;s server ({window.location.host}).</p>
        ) : (
          <label className="field">
            <span>Server URL</span>
            <input className="input" value={server} onChange={(e) => setServer(e.target.value)} aria-label="Server URL" />
          </label>
        )}
        <label className="field">
          <span>Pairing code</span>
          <input className="input" autoFocus value={code} onChange={(e) => setCode(e.target.value)} aria-label="Pairing code" />
        </label>
        <label className="field">
          <span>Device name</span>
          <input className="input" value={name} onChange={(e) => setName(e.target.value)} aria-label="Device name" />
        </label>
        {message && (
          <p className="error-text" role="alert">
            {message}
          </p>
        )}
        <button type="submit" className="btn primary big" disabled={busy || code.trim().length < 4}>
          {busy ? 'Pairing…' : 'Pair'}
        </button>
      </form>
    </main>
  );
}
