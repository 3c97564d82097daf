// The tip control of the tender screen: no tip, preset percentages of the amount being paid, or an
// amount typed in the shop's locale. The tip it sets goes on the next tender (card: the terminal is
// asked for amount + tip; cash: taken into the drawer) and is checked against core's cap first.
import { useState } from 'react';
import { formatAmount } from '../../../core/locale-format';
import { parseMoney } from '../../../core/money';
import { TIP_PRESETS_BASIS_POINTS, tipForPercent, validateTip } from '../../../core/tips';
import { useI18n } from '../i18n/use-i18n';

export interface TipControlProps {
  /** what the next tender pays toward the sale: the percentages are of this */
  base: number;
  /** the order total (the cap is on all tips of the order against it) */
  orderTotal: number;
  /** tips already on tenders taken for this sale */
  tipsSoFar: number;
  currency: string;
  /** the location's cash increment: preset tips are whole coins, so cash change can be handed back */
  cashRounding: number;
  tip: number;
  onChange(tip: number): void;
  disabled?: boolean;
}

export function TipControl(props: TipControlProps) {
  const { t, money, percent, locale } = useI18n();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const choose = (tip: number): boolean => {
    const checked = validateTip(props.orderTotal, props.tipsSoFar, tip);
    if (!checked.ok) {
      const max = Math.max(0, (checked.error.details?.max_tip as number) - props.tipsSoFar);
      setError(t('tip.tooHigh', { max: money(max, props.currency) }));
      return false;
    }
    setError(null);
    props.onChange(checked.value);
    return true;
  };

  const setCustom = () => {
    if (text.trim() === '') return;
    let tip: number;
    try {
      tip = parseMoney(text, props.currency);
      if (tip < 0) throw new RangeError('negative');
    } catch {
      setError(t('tip.invalid', { example: money(250, props.currency) }));
      return;
    }
    if (choose(tip)) setText('');
  };

  const presets = TIP_PRESETS_BASIS_POINTS.map((bp) => ({ bp, amount: tipForPercent(props.base, bp, props.cashRounding) }));
  return (
    <fieldset className="tip-control" data-testid="tip-control" disabled={props.disabled}>
      <legend>{t('tip.title')}</legend>
      <div className="tip-presets" role="group" aria-label={t('tip.title')}>
        <button type="button" className={`btn${props.tip === 0 ? ' primary' : ''}`} aria-pressed={props.tip === 0} onClick={() => choose(0)}>
          {t('tip.none')}
        </button>
        {presets.map(({ bp, amount }) => (
          <button
            key={bp}
            type="button"
            className={`btn${props.tip > 0 && props.tip === amount ? ' primary' : ''}`}
            aria-pressed={props.tip > 0 && props.tip === amount}
            aria-label={t('tip.preset', { percent: percent(bp), amount: money(amount, props.currency) })}
            onClick={() => choose(amount)}
          >
            {/* Percent over amount, each kept whole: a narrow button never splits "2,06 €". */}
            <span className="tip-percent">{percent(bp)}</span>
            <span className="tip-amount">{money(amount, props.currency)}</span>
          </button>
        ))}
      </div>
      <div className="tip-custom">
        <label className="field">
          <span>{t('tip.custom', { currency: props.currency })}</span>
          <input
            className="input"
            inputMode="decimal"
            placeholder={formatAmount(0, props.currency, locale)}
            value={text}
            onChange={(e) => {
              setError(null);
              setText(e.target.value.replace(/[^0-9.,-]/g, ''));
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                // Enter here sets the tip; it must not also take the cash.
                e.preventDefault();
                e.stopPropagation();
                setCustom();
              }
            }}
          />
        </label>
        <button type="button" className="btn" onClick={setCustom}>
          {t('tip.set')}
        </button>
      </div>
      {props.tip > 0 && (
        <p data-testid="tip-chosen" style={{ margin: 0 }}>
          {t('tip.chosen', { amount: money(props.tip, props.currency), total: money(props.base + props.tip, props.currency) })}
        </p>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
