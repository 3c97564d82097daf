// Catalog of one location: products (price, tax, category, barcodes, modifiers, stock), categories,
// modifier groups and tax rates. Prices are typed in the location's currency and stored in minor units.
import { useState, type ReactNode } from 'react';
import type { CatalogView, CategoryView, ModifierGroupView, TaxRateView } from '../../../core/api/backoffice';
import type { Product } from '../../../core/api/catalog';
import { parseMoney, toDecimalString } from '../../../core/money';
import { del, get, query, save } from '../api-client';
import { EditButton, TableHead, num } from '../list-view';
import { useSession, type LocationInfo } from '../session';
import { ActionForm, EditDialog, Empty, ErrorBanner, LocationSelect, Loading, PageHeader, StatusBadge, money, useAction, useLoad } from '../ui';

type Tab = 'products' | 'categories' | 'modifiers' | 'taxes';
const TABS: { id: Tab; label: string }[] = [
  { id: 'products', label: 'Products' },
  { id: 'categories', label: 'Categories' },
  { id: 'modifiers', label: 'Modifiers' },
  { id: 'taxes', label: 'Taxes' },
];

const percent = (ppm: number) => `${(ppm / 10_000).toLocaleString(undefined, { maximumFractionDigits: 4 })} %`;

/** "19" or "8.875" (percent) → parts per million; null when not a number from 0 to 100. */
function parsePercent(text: string): number | null {
  const value = Number(text.replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) return null;
  return Math.round(value * 10_000);
}

export function CatalogPage() {
  const session = useSession();
  const [locationId, setLocationId] = useState(session.locations[0]?.id ?? '');
  const [tab, setTab] = useState<Tab>('products');
  const location = session.locations.find((l) => l.id === locationId);
  const catalog = useLoad(() => get<CatalogView>(`/catalog${query({ location_id: locationId })}`), [locationId]);

  return (
    <>
      <PageHeader title="Products">
        <div>
          <label htmlFor="catalog-location">Location</label>
          <LocationSelect id="catalog-location" value={locationId} onChange={setLocationId} />
        </div>
      </PageHeader>
      <div className="tabs" role="tablist" aria-label="Catalog">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" className="tab" aria-selected={tab === t.id} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <ErrorBanner error={catalog.error} />
      {!catalog.data || !location ? (
        <Loading what="the catalog" />
      ) : (
        <div role="tabpanel">
          {tab === 'products' ? <ProductsTab location={location} catalog={catalog.data} /> : null}
          {tab === 'categories' ? <CategoriesTab location={location} categories={catalog.data.categories} onChange={catalog.reload} /> : null}
          {tab === 'modifiers' ? <ModifiersTab location={location} groups={catalog.data.modifier_groups} onChange={catalog.reload} /> : null}
          {tab === 'taxes' ? <TaxesTab location={location} rates={catalog.data.tax_rates} onChange={catalog.reload} /> : null}
        </div>
      )}
    </>
  );
}

function ProductsTab({ location, catalog }: { location: LocationInfo; catalog: CatalogView }) {
  // Every product of the location, page by page (100 at a time), so search covers the whole catalog.
  const products = useLoad(async () => {
    const all: Product[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: Product[]; next_cursor: string | null } = await get(`/products${query({ location_id: location.id, limit: 100, cursor })}`);
      all.push(...page.data);
      cursor = page.next_cursor;
    } while (cursor);
    return { data: all };
  }, [location.id]);
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const [search, setSearch] = useState('');
  const shown = [...(products.data?.data ?? [])].sort((a, b) => (a.category?.name ?? '~').localeCompare(b.category?.name ?? '~') || a.name.localeCompare(b.name)).filter((p) => !search || `${p.name} ${p.sku ?? ''} ${p.barcodes.join(' ')}`.toLowerCase().includes(search.toLowerCase()));
  return (
    <section className="card">
      <div className="section-header">
        <div className="filters">
          <div>
            <label htmlFor="product-search">Search</label>
            <input id="product-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Name, SKU or barcode" />
          </div>
        </div>
        <button type="button" className="button-primary" onClick={() => setEditing('new')} disabled={catalog.tax_rates.length === 0}>
          New product
        </button>
      </div>
      {catalog.tax_rates.length === 0 ? <p className="warning">Add a tax rate (Taxes tab) before adding products.</p> : null}
      <p className="hint">Prices are {location.tax_mode === 'inclusive' ? 'tax-inclusive (gross)' : 'tax-exclusive (net)'} at this location.</p>
      <ErrorBanner error={products.error} />
      {products.loading && !products.data ? <Loading what="products" /> : null}
      {products.data && shown.length === 0 ? <Empty>No products.</Empty> : null}
      {shown.length > 0 ? (
        <table className="table" aria-label="Products">
          <TableHead columns={['Name', 'Category', num('Price'), 'Tax', 'Barcodes', num('Stock'), 'Status']} actions />
          <tbody>
            {shown.map((p) => (
              <tr key={p.id}>
                <td>
                  {p.name}
                  {p.modifier_groups.length ? <div className="small muted">{p.modifier_groups.map((g) => g.name).join(', ')}</div> : null}
                </td>
                <td>{p.category?.name ?? '—'}</td>
                <td className="num">{money(p.price, p.currency)}</td>
                <td>{percent(p.tax_rate.rate_ppm)}</td>
                <td className="mono small">{p.barcodes.join(', ') || '—'}</td>
                <td className="num">{p.stock ? p.stock.on_hand : '—'}</td>
                <td>{p.active ? <StatusBadge tone="ok">Active</StatusBadge> : <StatusBadge tone="neutral">Hidden</StatusBadge>}</td>
                <td>
                  <EditButton name={p.name} onClick={() => setEditing(p)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <EditDialog item={editing} newTitle="New product" editTitle={(p) => `Edit ${p.name}`} onClose={() => setEditing(null)}>
        {(product) => (
          <ProductForm
            location={location}
            catalog={catalog}
            product={product}
            onSaved={() => {
              setEditing(null);
              products.reload();
            }}
          />
        )}
      </EditDialog>
    </section>
  );
}

function ProductForm({ location, catalog, product, onSaved }: { location: LocationInfo; catalog: CatalogView; product?: Product; onSaved: () => void }) {
  const [name, setName] = useState(product?.name ?? '');
  const [price, setPrice] = useState(product ? toDecimalString(product.price, location.currency) : '');
  const [taxRateId, setTaxRateId] = useState(product?.tax_rate.id ?? catalog.tax_rates[0]?.id ?? '');
  const [categoryId, setCategoryId] = useState(product?.category?.id ?? '');
  const [sku, setSku] = useState(product?.sku ?? '');
  const [barcodes, setBarcodes] = useState(product?.barcodes.join(', ') ?? '');
  const [groups, setGroups] = useState<string[]>(product?.modifier_groups.map((g) => g.id) ?? []);
  const [trackStock, setTrackStock] = useState(product ? product.stock !== null : false);
  const [onHand, setOnHand] = useState(String(product?.stock?.on_hand ?? 0));
  const [threshold, setThreshold] = useState(product?.stock?.low_stock_threshold?.toString() ?? '');
  const [active, setActive] = useState(product?.active ?? true);
  const { busy, error, setError, run } = useAction();

  const remove = async () => {
    if (!product || !window.confirm(`Delete "${product.name}"? It disappears from the tills; past orders keep it.`)) return;
    const done = await run(() => del(`/products/${encodeURIComponent(product.id)}`));
    if (done) onSaved();
  };

  const submit = async () => {
    let minor: number;
    try {
      minor = parseMoney(price, location.currency);
    } catch {
      return setError(`Enter the price as an amount in ${location.currency}, e.g. 3.50.`);
    }
    if (trackStock && !/^-?\d+$/.test(onHand.trim())) return setError('Stock on hand must be a whole number.');
    if (trackStock && threshold.trim() !== '' && !/^\d+$/.test(threshold.trim())) return setError('The low-stock threshold must be a whole number.');
    const body = {
      name,
      price: minor,
      tax_rate_id: taxRateId,
      category_id: categoryId || null,
      sku: sku.trim() || null,
      barcodes: barcodes.split(/[\s,]+/).filter(Boolean),
      modifier_group_ids: groups,
      stock: trackStock ? { on_hand: Number(onHand), low_stock_threshold: threshold.trim() === '' ? null : Number(threshold) } : null,
      active,
    };
    const saved = await run(() => save('/products', product?.id, body, { location_id: location.id }));
    if (saved) onSaved();
  };

  return (
    <ActionForm
      onSubmit={submit}
      error={error}
      busy={busy}
      submitLabel={busy ? 'Saving…' : product ? 'Save product' : 'Create product'}
      actions={
        product ? (
          <button type="button" className="button-danger" disabled={busy} onClick={() => void remove()}>
            Delete product
          </button>
        ) : null
      }
    >
      <label htmlFor="product-name">Name</label>
      <input id="product-name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      <div className="form-row">
        <div>
          <label htmlFor="product-price">Price ({location.currency})</label>
          <input id="product-price" required inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} placeholder="3.50" />
        </div>
        <div>
          <label htmlFor="product-tax">Tax rate</label>
          <select id="product-tax" value={taxRateId} onChange={(e) => setTaxRateId(e.target.value)}>
            {catalog.tax_rates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} ({percent(t.rate_ppm)})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="product-category">Category</label>
          <select id="product-category" value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
            <option value="">None</option>
            {catalog.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form-row">
        <div>
          <label htmlFor="product-sku">SKU</label>
          <input id="product-sku" maxLength={100} value={sku} onChange={(e) => setSku(e.target.value)} />
        </div>
        <div>
          <label htmlFor="product-barcodes">Barcodes</label>
          <input id="product-barcodes" value={barcodes} onChange={(e) => setBarcodes(e.target.value)} placeholder="4006381333931, …" />
        </div>
      </div>
      {catalog.modifier_groups.length > 0 ? (
        <fieldset>
          <legend>Modifier groups</legend>
          {catalog.modifier_groups.map((g) => (
            <label key={g.id} className="check">
              <input type="checkbox" checked={groups.includes(g.id)} onChange={(e) => setGroups(e.target.checked ? [...groups, g.id] : groups.filter((id) => id !== g.id))} />
              {g.name} <span className="muted small">({g.modifiers.map((m) => m.name).join(', ')})</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <fieldset>
        <legend>Stock</legend>
        <label className="check">
          <input type="checkbox" checked={trackStock} onChange={(e) => setTrackStock(e.target.checked)} />
          Track stock for this product
        </label>
        {trackStock ? (
          <div className="form-row">
            <div>
              <label htmlFor="product-stock">On hand</label>
              <input id="product-stock" inputMode="numeric" value={onHand} onChange={(e) => setOnHand(e.target.value)} />
            </div>
            <div>
              <label htmlFor="product-threshold">Low-stock alert at</label>
              <input id="product-threshold" inputMode="numeric" value={threshold} onChange={(e) => setThreshold(e.target.value)} />
            </div>
          </div>
        ) : null}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
        Sold on the tills (active)
      </label>
    </ActionForm>
  );
}

/** The frame of the Categories, Modifiers and Taxes tabs: a card with its title and a "New …" button. */
function TabSection({ title, newLabel, onNew, children }: { title: string; newLabel: string; onNew: () => void; children: ReactNode }) {
  return (
    <section className="card">
      <div className="section-header">
        <h2>{title}</h2>
        <button type="button" className="button-primary" onClick={onNew}>
          {newLabel}
        </button>
      </div>
      {children}
    </section>
  );
}

function CategoriesTab({ location, categories, onChange }: { location: LocationInfo; categories: CategoryView[]; onChange: () => void }) {
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

function ModifiersTab({ location, groups, onChange }: { location: LocationInfo; groups: ModifierGroupView[]; onChange: () => void }) {
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
      modifiers = mods.filter((m) => m.name.trim()).map((m) => ({ ...(m.id ? { id: m.id } : {}), name: m.name.trim(), price_delta: parseMoney(m.price, location.currency) }));
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

function TaxesTab({ location, rates, onChange }: { location: LocationInfo; rates: TaxRateView[]; onChange: () => void }) {
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
