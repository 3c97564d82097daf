// The Categories tab: list, create and edit the location's categories.
import { useState } from 'react';
import type { CategoryView } from '../../../../core/api/backoffice';
import { save } from '../../api-client';
import { EditButton, TableHead, num } from '../../list-view';
import type { LocationInfo } from '../../session';
import { ActionForm, EditDialog, Empty, useAction } from '../../ui';
import { TabSection } from './tab-section';

export function CategoriesTab({ location, categories, onChange }: { location: LocationInfo; categories: CategoryView[]; onChange: () => void }) {
  const [editing, setEditing] = useState<CategoryView | 'new' | null>(null);
  return (
    <TabSection title="Categories" newLabel="New category" onNew={() => setEditing('new')}>
      {categories.length === 0 ? (
        <Empty>No categories.</Empty>
      ) : (
        <table className="table" aria-label="Categories">
          <TableHead columns={['Name', 'Colour', num('Order'), num('Products')]} actions />
          <tbody>
            {categories.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td className="mono">{c.color ?? '—'}</td>
                <td className="num">{c.sort_order}</td>
                <td className="num">{c.product_count}</td>
                <td>
                  <EditButton name={c.name} onClick={() => setEditing(c)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <EditDialog item={editing} newTitle="New category" editTitle="Edit category" onClose={() => setEditing(null)}>
        {(item) => (
          <CategoryForm
            location={location}
            category={item}
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

function CategoryForm({ location, category, onSaved }: { location: LocationInfo; category?: CategoryView; onSaved: () => void }) {
  const [name, setName] = useState(category?.name ?? '');
  const [color, setColor] = useState(category?.color ?? '#4a78c2');
  const [order, setOrder] = useState(String(category?.sort_order ?? 0));
  const { busy, error, run } = useAction();
  const submit = async () => {
    const body = { name, color, sort_order: Number(order) || 0 };
    const saved = await run(() => save('/categories', category?.id, body, { location_id: location.id }));
    if (saved) onSaved();
  };
  return (
    <ActionForm onSubmit={submit} error={error} busy={busy} submitLabel="Save category">
      <label htmlFor="category-name">Name</label>
      <input id="category-name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      <div className="form-row">
        <div>
          <label htmlFor="category-color">Colour on the till</label>
          <input id="category-color" type="color" value={color} onChange={(e) => setColor(e.target.value)} />
        </div>
        <div>
          <label htmlFor="category-order">Position</label>
          <input id="category-order" inputMode="numeric" value={order} onChange={(e) => setOrder(e.target.value)} />
        </div>
      </div>
    </ActionForm>
  );
}
