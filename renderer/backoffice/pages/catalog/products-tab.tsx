// The Products tab: the location's products with price, tax, category, stock and status, and the
// product form (prices typed in the location's currency, stored in minor units).
import { useState } from 'react';
import type { CatalogView } from '../../../../core/api/backoffice';
import type { Product } from '../../../../core/api/catalog';
import { parseMoney, toDecimalString } from '../../../../core/money';
import { del, get, query, save } from '../../api-client';
import { EditButton, TableHead, num } from '../../list-view';
import type { LocationInfo } from '../../session';
import { ActionForm, EditDialog, Empty, ErrorBanner, Loading, StatusBadge, messageOf, money, useAction, useLoad } from '../../ui';
import { percent } from './percent';
import { applyPictureChange, PictureField, type PictureChange } from './product-picture';

export function ProductsTab({ location, catalog }: { location: LocationInfo; catalog: CatalogView }) {
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
  const shown = [...(products.data?.data ?? [])]
    .sort((a, b) => (a.category?.name ?? '~').localeCompare(b.category?.name ?? '~') || a.name.localeCompare(b.name))
    .filter((p) => !search || `${p.name} ${p.sku ?? ''} ${p.barcodes.join(' ')}`.toLowerCase().includes(search.toLowerCase()));
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
                <td className="num">
                  {money(p.price, p.currency)}
                  {p.sold_by_weight ? '/kg' : ''}
                </td>
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
  const [byWeight, setByWeight] = useState(product?.sold_by_weight ?? false);
  const [tare, setTare] = useState(String(product?.tare_grams ?? 0));
  const [picture, setPicture] = useState<PictureChange>({ kind: 'keep' });
  // A new product saved whose picture then failed is updated, not created again, on the next try.
  const [savedId, setSavedId] = useState(product?.id);
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
    if (byWeight && !(/^\d{1,6}$/.test(tare.trim()) && Number(tare) <= 100_000)) return setError('The tare is a whole number of grams from 0 to 100000.');
    const body = {
      name,
      price: minor,
      tax_rate_id: taxRateId,
      category_id: categoryId || null,
      sku: sku.trim() || null,
      barcodes: barcodes.split(/[\s,]+/).filter(Boolean),
      modifier_group_ids: groups,
      stock: trackStock ? { on_hand: Number(onHand), low_stock_threshold: threshold.trim() === '' ? null : Number(threshold) } : null,
      sold_by_weight: byWeight,
      tare_grams: byWeight ? Number(tare) : 0,
      active,
    };
    const saved = await run(async () => {
      const result = await save<Product>('/products', savedId, body, { location_id: location.id });
      setSavedId(result.id);
      try {
        await applyPictureChange(result.id, picture);
      } catch (cause) {
        throw new Error(`The product was saved, but not its picture: ${messageOf(cause)}`, { cause });
      }
      return result;
    });
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
          <label htmlFor="product-price">{byWeight ? `Price per kg (${location.currency})` : `Price (${location.currency})`}</label>
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
      <PictureField current={product?.image_url ?? null} change={picture} onChange={setPicture} />
      {catalog.modifier_groups.length > 0 ? (
        <fieldset>
          <legend>Modifier groups</legend>
          {catalog.modifier_groups.map((g) => (
            <label key={g.id} className="check">
              <input
                type="checkbox"
                checked={groups.includes(g.id)}
                onChange={(e) => setGroups(e.target.checked ? [...groups, g.id] : groups.filter((id) => id !== g.id))}
              />
              {g.name} <span className="muted small">({g.modifiers.map((m) => m.name).join(', ')})</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <fieldset>
        <legend>Weighing</legend>
        <label className="check">
          <input type="checkbox" checked={byWeight} onChange={(e) => setByWeight(e.target.checked)} />
          Sold by weight (the price is per kg; the till weighs each sale on its scale)
        </label>
        {byWeight ? (
          <div className="form-row">
            <div>
              <label htmlFor="product-tare">Tare (g)</label>
              <input id="product-tare" inputMode="numeric" value={tare} onChange={(e) => setTare(e.target.value)} placeholder="0" />
            </div>
          </div>
        ) : null}
      </fieldset>
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
