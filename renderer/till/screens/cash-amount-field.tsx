// The amount the customer hands over on the tender screen: a field (digits and the decimal separator only;
// Enter takes the cash) and on-screen keys that type into it without taking the focus away; the quick
// amounts (children) sit with the keys: below them, or beside them on a narrow screen.
import type { ReactNode, RefObject } from 'react';
import { formatAmount } from '../../../core/locale-format';
import { useI18n } from '../i18n/use-i18n';

export function CashAmountField({
  inputRef,
  currency,
  placeholder,
  text,
  disabled,
  onText,
  onEnter,
  children,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  currency: string;
  /** the amount taken when nothing is typed (minor units) */
  placeholder: number;
  text: string;
  disabled: boolean;
  /** the new text, given as an update so quick key presses build on each other */
  onText: (update: (current: string) => string) => void;
  onEnter: () => void;
  children?: ReactNode;
}) {
  const i18n = useI18n();
  /** the location's decimal separator for the amount keys (parseMoney takes "." and ",") */
  const decimalSeparator = i18n.number(1.5).includes(',') ? ',' : '.';
  return (
    <>
      <label className="field">
        <span>{i18n.t('tender.amountLabel', { currency })}</span>
        <input
          ref={inputRef}
          className="input amount-input"
          inputMode="decimal"
          aria-label={i18n.t('tender.amountGiven')}
          data-testid="amount-given"
          placeholder={formatAmount(placeholder, currency, i18n.locale)}
          value={text}
          disabled={disabled}
          onChange={(e) => {
            const typed = e.target.value.replace(/[^0-9.,]/g, '');
            onText(() => typed);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onEnter();
            }
          }}
        />
      </label>
      <div className="amount-pad">
        <div className="keypad amount-keys" role="group" aria-label={i18n.t('tender.amountKeys')}>
          {['7', '8', '9', '4', '5', '6', '1', '2', '3', decimalSeparator, '0', '⌫'].map((key) => (
            <button
              key={key}
              type="button"
              className="btn"
              tabIndex={-1}
              disabled={disabled}
              aria-label={key === '⌫' ? i18n.t('pin.delete') : undefined}
              // Keeps the focus in the amount field, so Enter still takes the cash.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onText((current) => (key === '⌫' ? current.slice(0, -1) : current + key))}
            >
              {key}
            </button>
          ))}
        </div>
        {children}
      </div>
    </>
  );
}
