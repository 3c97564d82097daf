// Opening a shift: count the float in the drawer; the shift and its mutation commit together.
import { useState } from 'react';
import { formatAmount } from '../../../core/locale-format';
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
  const { t, money, locale } = useI18n();
  const plain = (minor: number, currency: string) => formatAmount(minor, currency, locale);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!location || !staff) return null;

  const open = async () => {
    let amount: number;
    try {
      amount = text.trim() === '' ? 0 : parseMoney(text, location.currency);
    } catch {
      // parseMoney's own words are English and for developers: the cashier gets the catalog's.
      setError(t('error.invalid_amount'));
      return;
    }
    if (amount < 0) {
      setError(t('shift.negative'));
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
        <p style={{ margin: 0, color: 'var(--muted)' }}>{t('shift.hello', { name: staff.name })}</p>
        <label className="field">
          <span>{t('shift.floatLabel', { currency: location.currency })}</span>
          <input
            className="input amount-input"
            inputMode="decimal"
            aria-label={t('shift.float')}
            placeholder={plain(0, location.currency)}
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
          {t('frame.signOut')}
        </button>
      </div>
    </main>
  );
}
