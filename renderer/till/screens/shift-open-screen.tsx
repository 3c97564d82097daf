// Opening a shift: count the float in the drawer; the shift and its mutation commit together.
import { useState } from 'react';
import { parseMoney } from '../../../core/money';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/use-i18n';
import { openShift } from '../../db/shifts';
import { useLocation, useServices } from '../services';
import { useTill } from '../till-store';

export function ShiftOpenScreen() {
  const { db, hardware } = useServices();
  const location = useLocation();
  const staff = useTill((s) => s.staff);
  const signOut = useTill((s) => s.signOut);
  const notify = useTill((s) => s.notify);
  const { t, money } = useI18n();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!location || !staff) return null;

  const open = async () => {
    let amount: number;
    try {
      amount = text.trim() === '' ? 0 : parseMoney(text, location.currency);
      if (amount < 0) throw new RangeError(t('shift.negative'));
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      return;
    }
    const result = await openShift(db, { staffId: staff.id, openingFloat: amount });
    if (!result.ok) {
      setError(errorText(result.error, t));
      return;
    }
    notify('success', t('shift.opened', { amount: money(amount, location.currency) }));
    const drawer = await hardware.client.send('drawer:open', {});
    if (!drawer.ok && drawer.error.code !== 'not_configured') notify('error', t('frame.drawer', { detail: errorText(drawer.error, t) }));
  };

  return (
    <main className="center-screen" data-testid="shift-open">
      <div className="signin">
        <h1>{t('shift.title')}</h1>
        <p style={{ margin: 0, color: 'var(--muted)' }}>
          Hello {staff.name}. Count the cash in the drawer and enter the opening float.
        </p>
        <label className="field">
          <span>Opening float ({location.currency})</span>
          <input
            className="input amount-input"
            inputMode="decimal"
            aria-label={t('shift.float')}
            placeholder="0.00"
            autoFocus
            value={text}
            onChange={(e) => {
              setError(null);
              setText(e.target.value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void open();
              }
            }}
          />
        </label>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <button type="button" className="btn primary big" onClick={() => void open()}>
          {t('shift.open')} <span className="key">Enter</span>
        </button>
        <button type="button" className="btn" onClick={signOut}>
          Sign out
        </button>
      </div>
    </main>
  );
}
