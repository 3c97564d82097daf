// PIN entry: on-screen keypad for touch, digits/Backspace/Enter from the keyboard.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/use-i18n';

export interface PinPadProps {
  label: string;
  /** Resolves to an error message, or null when the PIN was accepted. */
  onSubmit(pin: string): Promise<string | null> | string | null;
  onCancel?: () => void;
  maxLength?: number;
  autoFocus?: boolean;
}

export function PinPad({ label, onSubmit, onCancel, maxLength = 8, autoFocus = true }: PinPadProps) {
  const { t } = useI18n();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  // Digits typed while focus is elsewhere (a button was clicked) still go into the PIN.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
      if (e.ctrlKey || e.altKey || e.metaKey || !/^[0-9]$/.test(e.key)) return;
      e.preventDefault();
      inputRef.current?.focus();
      setError(null);
      setPin((p) => (p.length < maxLength ? p + e.key : p));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [maxLength]);

  const submit = async (value: string) => {
    if (busy || value.length === 0) return;
    setBusy(true);
    const problem = await onSubmit(value);
    setBusy(false);
    setPin('');
    setError(problem);
    inputRef.current?.focus();
  };
  const press = (digit: string) => {
    setError(null);
    setPin((p) => (p.length < maxLength ? p + digit : p));
    inputRef.current?.focus();
  };

  return (
    <div className="pinpad" data-testid="pin-pad">
      <label className="field">
        <span>{label}</span>
        <input
          ref={inputRef}
          className="input"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          aria-label={label}
          value={pin}
          maxLength={maxLength}
          onChange={(e) => {
            setError(null);
            setPin(e.target.value.replace(/\D/g, '').slice(0, maxLength));
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              e.stopPropagation();
              void submit(pin);
            } else if (e.key === 'Escape' && onCancel) {
              e.preventDefault();
              e.stopPropagation();
              onCancel();
            }
          }}
        />
      </label>
      <div className="pin-dots" aria-hidden="true">
        {Array.from({ length: Math.max(4, pin.length) }, (_, i) => (
          <span key={i} className={i < pin.length ? 'on' : ''} />
        ))}
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="keypad">
        {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => (
          <button key={d} type="button" className="btn" tabIndex={-1} onClick={() => press(d)}>
            {d}
          </button>
        ))}
        <button type="button" className="btn" tabIndex={-1} aria-label={t('pin.delete')} onClick={() => setPin((p) => p.slice(0, -1))}>
          ⌫
        </button>
        <button type="button" className="btn" tabIndex={-1} onClick={() => press('0')}>
          0
        </button>
        <button type="button" className="btn primary" disabled={busy || pin.length === 0} onClick={() => void submit(pin)}>
          {t('pin.ok')}
        </button>
      </div>
      {onCancel && (
        <button type="button" className="btn ghost" onClick={onCancel}>
          {t('common.cancel')} <span className="key">Esc</span>
        </button>
      )}
    </div>
  );
}
