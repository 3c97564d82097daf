// Weighing a product sold by weight: reads the scale through the hardware contract again and again while open
// (the live weight), takes off the tare, and adds one weighed line only for a stable, positive reading.
import { useEffect, useRef, useState } from 'react';
import type { HardwareClient, ScaleWeight } from '../../../core/hardware-contract';
import type { AppError } from '../../../core/result';
import { formatWeighedLine, weighedUnitPrice } from '../../../core/weighed-price';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/use-i18n';
import { Dialog } from './dialog';

export interface WeighDialogProps {
  productName: string;
  /** minor units per kg */
  pricePerKg: number;
  tareGrams: number;
  currency: string;
  client: HardwareClient;
  /** Pause between two readings while the dialog is open. */
  pollMs?: number;
  onAdd(weight: ScaleWeight): void;
  onClose(): void;
}

type Reading = { kind: 'waiting' } | { kind: 'weight'; weight: ScaleWeight } | { kind: 'error'; error: AppError };

const REFUSALS: Record<string, 'weigh.unstable' | 'weigh.empty' | 'weigh.outOfRange' | 'weigh.noScale' | 'weigh.noAnswer'> = {
  scale_unstable: 'weigh.unstable',
  scale_empty: 'weigh.empty',
  scale_out_of_range: 'weigh.outOfRange',
  not_configured: 'weigh.noScale',
  device_timeout: 'weigh.noAnswer',
};

export function WeighDialog(props: WeighDialogProps) {
  const { t, money, locale } = useI18n();
  const [reading, setReading] = useState<Reading>({ kind: 'waiting' });
  const [tare, setTare] = useState(String(props.tareGrams));
  const tareRef = useRef(props.tareGrams);
  const { client, pricePerKg, pollMs = 400 } = props;

  useEffect(() => {
    let open = true;
    void (async () => {
      while (open) {
        const r = await client.send('scale:read-weight', { tareGrams: tareRef.current, pricePerKg });
        if (!open) return;
        setReading(r.ok ? { kind: 'weight', weight: r.value } : { kind: 'error', error: r.error });
        await new Promise((res) => setTimeout(res, pollMs));
      }
    })();
    return () => {
      open = false;
    };
  }, [client, pricePerKg, pollMs]);

  const weight = reading.kind === 'weight' ? reading.weight : null;
  const line = weight ? { net_grams: weight.netGrams, tare_grams: weight.tareGrams, price_per_kg: pricePerKg } : null;
  const add = () => {
    if (weight) props.onAdd(weight);
  };
  const refusal = reading.kind === 'error' ? REFUSALS[reading.error.code] : undefined;

  return (
    <Dialog title={t('weigh.title', { name: props.productName })} onClose={props.onClose} testId="weigh-dialog">
      <p className="weigh-live" data-testid="weigh-reading" aria-live="polite">
        {reading.kind === 'waiting' && t('weigh.waiting')}
        {line && `${formatWeighedLine(line, props.currency, locale)} = ${money(weighedUnitPrice(line), props.currency)}`}
        {reading.kind === 'error' && (refusal ? t(refusal) : errorText(reading.error, t))}
      </p>
      <label className="field">
        <span>{t('weigh.tare')}</span>
        <input
          className="input"
          inputMode="numeric"
          aria-label={t('weigh.tare')}
          value={tare}
          onChange={(e) => {
            setTare(e.target.value);
            const grams = Number(e.target.value);
            if (/^\d{1,6}$/.test(e.target.value) && grams <= 100_000) tareRef.current = grams;
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
      </label>
      <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
        <button type="button" className="btn" onClick={props.onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn primary" disabled={!weight} onClick={add} data-testid="weigh-add">
          {t('weigh.add')}
        </button>
      </div>
    </Dialog>
  );
}
