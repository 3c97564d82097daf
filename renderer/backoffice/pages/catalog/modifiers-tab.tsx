// The Modifiers tab: modifier groups with their modifiers and price deltas.
import { useState } from 'react';
import type { ModifierGroupView } from '../../../../core/api/backoffice';
import { parseMoney, toDecimalString } from '../../../../core/money';
import { save } from '../../api-client';
import { EditButton, TableHead } from '../../list-view';
import type { LocationInfo } from '../../session';
import { ActionForm, EditDialog, Empty, money, useAction } from '../../ui';
import { TabSection } from './tab-section';

export function ModifiersTab({ location, groups, onChange }: { location: LocationInfo; groups: ModifierGroupView[]; onChange: () => void }) {
  const [editing, setEditing] = useState<ModifierGroupView | 'new' | null>(null);
  return (
    <TabSection title="Modifier groups" newLabel="New modifier group" onNew={() => setEditing('new')}>
      {groups.length === 0 ? (
        <Empty>No modifier groups.</Empty>
      ) : (
        <table className="table" aria-label="Modifier groups">
          <TableHead columns={['Group', 'Choose', 'Modifiers']} actions />
          <tbody>
            {groups.map((g) => (
              <tr key={g.id}>
                <td>{g.name}</td>
                <td>
                  {g.min_select}–{g.max_select}
                </td>
                <td>{g.modifiers.map((m) => `${m.name} (${m.price_delta >= 0 ? '+' : ''}${money(m.price_delta, location.currency)})`).join(', ')}</td>
                <td>
                  <EditButton name={g.name} onClick={() => setEditing(g)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <EditDialog item={editing} newTitle="New modifier group" editTitle="Edit modifier group" onClose={() => setEditing(null)}>
        {(item) => (
          <ModifierGroupForm
            location={location}
            group={item}
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

function ModifierGroupForm({ location, group, onSaved }: { location: LocationInfo; group?: ModifierGroupView; onSaved: () => void }) {
  const [name, setName] = useState(group?.name ?? '');
  const [min, setMin] = useState(String(group?.min_select ?? 0));
  const [max, setMax] = useState(String(group?.max_select ?? 1));
  const [mods, setMods] = useState<{ id?: string; name: string; price: string }[]>(
    group?.modifiers.map((m) => ({ id: m.id, name: m.name, price: toDecimalString(m.price_delta, location.currency) })) ?? [{ name: '', price: '0' }],
  );
  const { busy, error, setError, run } = useAction();
  const update = (i: number, change: Partial<{ name: string; price: string }>) => setMods(mods.map((m, j) => (j === i ? { ...m, ...change } : m)));

  const submit = async () => {
    let modifiers: { id?: string; name: string; price_delta: number }[];
    try {
      modifiers = mods
        .filter((m) => m.name.trim())
        .map((m) => ({ ...(m.id ? { id: m.id } : {}), name: m.name.trim(), price_delta: parseMoney(m.price, location.currency) }));
    } catch {
      return setError(`Enter price changes as amounts in ${location.currency}, e.g. 0.40 or -0.20.`);
    }
    const body = { name, min_select: Number(min), max_select: Number(max), modifiers };
    const saved = await run(() => save('/modifier-groups', group?.id, body, { location_id: location.id }));
    if (saved) onSaved();
  };

  return (
    <ActionForm onSubmit={submit} error={error} busy={busy} submitLabel="Save group">
      <label htmlFor="group-name">Name</label>
      <input id="group-name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Milk" />
      <div className="form-row">
        <div>
          <label htmlFor="group-min">Choose at least</label>
          <input id="group-min" type="number" min={0} max={50} value={min} onChange={(e) => setMin(e.target.value)} />
        </div>
        <div>
          <label htmlFor="group-max">Choose at most</label>
          <input id="group-max" type="number" min={1} max={50} value={max} onChange={(e) => setMax(e.target.value)} />
        </div>
      </div>
      <fieldset>
        <legend>Modifiers</legend>
        {mods.map((m, i) => (
          <div className="form-row" key={m.id ?? `new-${i}`}>
            <div>
              <label htmlFor={`mod-name-${i}`}>Name</label>
              <input id={`mod-name-${i}`} value={m.name} onChange={(e) => update(i, { name: e.target.value })} />
            </div>
            <div>
              <label htmlFor={`mod-price-${i}`}>Price change ({location.currency})</label>
              <input id={`mod-price-${i}`} inputMode="decimal" value={m.price} onChange={(e) => update(i, { price: e.target.value })} />
            </div>
            <div className="actions" style={{ alignItems: 'end' }}>
              <button type="button" className="button-small" onClick={() => setMods(mods.filter((_, j) => j !== i))}>
                Remove<span className="visually-hidden"> modifier {m.name}</span>
              </button>
            </div>
          </div>
        ))}
        <button type="button" className="button-small" onClick={() => setMods([...mods, { name: '', price: '0' }])}>
          Add modifier
        </button>
      </fieldset>
    </ActionForm>
  );
}
