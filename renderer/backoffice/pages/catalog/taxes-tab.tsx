// The Taxes tab: the location's tax rates (typed as percent, stored in parts per million).
import { useState } from 'react';
import type { TaxRateView } from '../../../../core/api/backoffice';
import { save } from '../../api-client';
import { EditButton, TableHead, num } from '../../list-view';
import type { LocationInfo } from '../../session';
import { ActionForm, EditDialog, Empty, useAction } from '../../ui';
import { parsePercent, percent } from './percent';
import { TabSection } from './tab-section';

export function TaxesTab({ location, rates, onChange }: { location: LocationInfo; rates: TaxRateView[]; onChange: () => void }) {
  const [editing, setEditing] = useState<TaxRateView | 'new' | null>(null);
  return (
    <TabSection title="Tax rates" newLabel="New tax rate" onNew={() => setEditing('new')}>
      <p className="hint">
        Prices at {location.name} are {location.tax_mode === 'inclusive' ? 'tax-inclusive' : 'tax-exclusive'}. Changing a rate applies to new sales only.
      </p>
      {rates.length === 0 ? (
        <Empty>No tax rates.</Empty>
      ) : (
        <table className="table" aria-label="Tax rates">
          <TableHead columns={['Name', num('Rate'), num('Products')]} actions />
          <tbody>
            {rates.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td className="num">{percent(t.rate_ppm)}</td>
                <td className="num">{t.product_count}</td>
                <td>
                  <EditButton name={t.name} onClick={() => setEditing(t)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <EditDialog item={editing} newTitle="New tax rate" editTitle="Edit tax rate" onClose={() => setEditing(null)}>
        {(item) => (
          <TaxRateForm
            location={location}
            rate={item}
            onSaved={() => {
              setEditing(null);
              onChange();
            }}
          />
        )}
      </EditDialog>
    </TabSection>
  );
}

function TaxRateForm({ location, rate, onSaved }: { location: LocationInfo; rate?: TaxRateView; onSaved: () => void }) {
  const [name, setName] = useState(rate?.name ?? '');
  const [value, setValue] = useState(rate ? String(rate.rate_ppm / 10_000) : '');
  const { busy, error, setError, run } = useAction();
  const submit = async () => {
    const ppm = parsePercent(value);
    if (ppm === null) return setError('Enter the rate as a percentage from 0 to 100, e.g. 19 or 8.875.');
    const body = { name, rate_ppm: ppm };
    const saved = await run(() => save('/tax-rates', rate?.id, body, { location_id: location.id }));
    if (saved) onSaved();
  };
  return (
    <ActionForm onSubmit={submit} error={error} busy={busy} submitLabel="Save tax rate">
      <label htmlFor="tax-name">Name</label>
      <input id="tax-name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. VAT standard" />
      <label htmlFor="tax-rate">Rate (%)</label>
      <input id="tax-rate" required inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} placeholder="19" />
    </ActionForm>
  );
}
