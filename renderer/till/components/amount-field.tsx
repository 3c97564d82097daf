// One typed amount in a dialog (price override, discount): the field's text and error, where typing clears
// the error and Enter applies without reaching the sell screen's keys; and the parse of "3,50" or "3.50".
import { useState, type KeyboardEvent } from 'react';
import { parseMoney } from '../../../core/money';

/** Minor units of `currency` for "3,50" or "3.50" (either separator, whatever the locale), or null when it is not an amount. */
export function parseAmount(text: string, currency: string): number | null {
  try {
    return parseMoney(text, currency);
  } catch {
    return null;
  }
}

export interface AmountFieldState {
  text: string;
  error: string | null;
  /** what the person typed: replaces the text and clears the error */
  type(text: string): void;
  setError(error: string | null): void;
}

/** The text of an amount field (starting at `initial`) and the error its last apply gave. */
export function useAmountField(initial: string | (() => string)): AmountFieldState {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return {
    text,
    error,
    type: (next) => {
      setError(null);
      setText(next);
    },
    setError,
  };
}

export function AmountField({
  field,
  label,
  ariaLabel = label,
  selectOnFocus = false,
  onEnter,
  onOtherKey,
}: {
  field: AmountFieldState;
  label: string;
  ariaLabel?: string;
  /** select the whole text on focus, so typing replaces a shown amount */
  selectOnFocus?: boolean;
  onEnter(): void;
  /** keys other than Enter (the discount dialog's % switches to percent) */
  onOtherKey?(e: KeyboardEvent<HTMLInputElement>): void;
}) {
  return (
    <>
      <label className="field">
        <span>{label}</span>
        <input
          className="input amount-input"
          inputMode="decimal"
          aria-label={ariaLabel}
          value={field.text}
          autoFocus
          onFocus={selectOnFocus ? (e) => e.currentTarget.select() : undefined}
          onChange={(e) => field.type(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              // The dialog applies; the sell screen's window listener must not also see Enter (pay).
              e.stopPropagation();
              onEnter();
            } else onOtherKey?.(e);
          }}
        />
      </label>
      {field.error && (
        <p className="error-text" role="alert">
          {field.error}
        </p>
      )}
    </>
  );
}
