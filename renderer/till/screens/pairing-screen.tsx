// First run: pair this till with a location using a one-time code from the back office
// (or open the till at `/?pair=<code>&server=<url>`). Without a location yet, it speaks the browser's language.
import { useState } from 'react';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/use-i18n';
import { useServices } from '../services';

export function PairingScreen() {
  const { sync, sameOriginSync } = useServices();
  const { t } = useI18n();
  const [server, setServer] = useState(() => window.location.origin);
  const [code, setCode] = useState('');
  const [name, setName] = useState(() => t('settings.defaultDeviceName'));
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
          if (!result.ok) setMessage(errorText(result.error, t));
          else void sync.syncNow();
        }}
      >
        <h1>{t('pairing.title')}</h1>
        <p style={{ margin: 0, color: 'var(--muted)' }}>{t('pairing.help', { command: 'npm run pos -- devices pair-code --location ID' })}</p>
        {sameOriginSync ? (
          <p style={{ margin: 0, color: 'var(--muted)' }}>{t('settings.sameOrigin', { host: window.location.host })}</p>
        ) : (
          <label className="field">
            <span>{t('settings.serverUrl')}</span>
            <input className="input" value={server} onChange={(e) => setServer(e.target.value)} aria-label={t('settings.serverUrl')} />
          </label>
        )}
        <label className="field">
          <span>{t('settings.pairingCode')}</span>
          <input className="input" autoFocus value={code} onChange={(e) => setCode(e.target.value)} aria-label={t('settings.pairingCode')} />
        </label>
        <label className="field">
          <span>{t('settings.deviceName')}</span>
          <input className="input" value={name} onChange={(e) => setName(e.target.value)} aria-label={t('settings.deviceName')} />
        </label>
        {message && (
          <p className="error-text" role="alert">
            {message}
          </p>
        )}
        <button type="submit" className="btn primary big" disabled={busy || code.trim().length < 4}>
          {t(busy ? 'pairing.busy' : 'pairing.pair')}
        </button>
      </form>
    </main>
  );
}
