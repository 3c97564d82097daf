// Ringing up a sale: categories, search, product grid and barcode scans on the left, the cart on
// the right; modifiers and discounts in dialogs. Keyboard: see docs/till.md.
import { useI18n } from '../i18n/use-i18n';
import { localText } from '../i18n/local-text';
import { useCallback, useMemo, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TillLocation, TillProduct, TillTaxRate } from '../../../core/sync/catalog';
import { cartLineFromProduct, cartTotals, findProductByCode, weighedCartLine } from '../../db/sales';
import type { ScaleWeight } from '../../../core/hardware-contract';
import { openTenders } from '../../db/taken-tenders';
import { showOnDisplay } from '../checkout';
import { CartPanel } from '../components/cart-panel';
import { CategoryBar } from '../components/category-bar';
import { ProductTile } from '../components/product-tile';
import type { ModifierGroupView } from '../components/modifiers-dialog';
import { useScanHandler } from '../scanner';
import { scanCandidates } from '../scanner-wedge';
import { useServices } from '../services';
import { useTill } from '../till-store';
import { indexProducts, MAX_TILES, searchProducts } from './product-search';
import { SellDialogs } from './sell-dialogs';
import { useSellKeys } from './use-sell-keys';

/** What a live query shows until it loads: one array, so memoized values do not recompute every render. */
const NONE: never[] = [];

export function SellScreen({ location, onPark }: { location: TillLocation; onPark?(): void }) {
  const { db, hardware } = useServices();
  const till = useTill();
  const searchRef = useRef<HTMLInputElement>(null);
  const products = useLiveQuery(() => db.products.filter((p) => p.active).toArray(), [db]) ?? NONE;
  const categories = useLiveQuery(() => db.categories.orderBy('sort').toArray(), [db]) ?? NONE;
  const taxRates = useLiveQuery(() => db.taxRates.toArray(), [db]) ?? NONE;
  const groups = useLiveQuery(() => db.modifierGroups.toArray(), [db]) ?? NONE;
  const taken = useLiveQuery(() => openTenders(db, till.cart.id), [db, till.cart.id]) ?? [];
  const taxById = useMemo(() => new Map(taxRates.map((t) => [t.id, t])), [taxRates]);
  const categoryColor = useMemo(() => new Map(categories.map((c) => [c.id, c.color])), [categories]);
  const totals = useMemo(() => cartTotals(till.cart, location), [till.cart, location]);
  const i18n = useI18n();
  const money = (n: number) => i18n.money(n, location.currency);

  const searchIndex = useMemo(() => indexProducts(products), [products]);
  const visible = useMemo(() => {
    if (till.search.trim() !== '') return searchProducts(searchIndex, till.search);
    const inCategory: TillProduct[] = [];
    for (const { p } of searchIndex.entries) {
      if (inCategory.length >= MAX_TILES) break;
      if (till.category === null || p.category_id === till.category) inCategory.push(p);
    }
    return inCategory;
  }, [searchIndex, till.search, till.category]);

  const groupsOf = useCallback(
    (productId: string | null): ModifierGroupView[] => {
      const product = products.find((p) => p.id === productId);
      if (!product) return [];
      return product.modifier_group_ids
        .map((id) => groups.find((g) => g.id === id))
        .filter((g) => g !== undefined)
        .map((g) => ({ id: g.id, name: g.name, min: g.min_select, max: g.max_select, modifiers: g.modifiers }));
    },
    [products, groups],
  );

  const addProduct = useCallback(
    async (product: TillProduct, weight?: ScaleWeight) => {
      const rate: TillTaxRate | undefined = taxById.get(product.tax_rate_id) ?? (await db.taxRates.get(product.tax_rate_id));
      if (!rate) {
        useTill.getState().notify('error', localText('sell.noTaxRate', { name: product.name }));
        return;
      }
      // Sold by weight: the scale decides the line, so it goes on the cart from the weigh dialog.
      if (product.sold_by_weight && !weight) {
        useTill.getState().openDialog({ kind: 'weigh', productId: product.id });
        return;
      }
      const line = weight ? weighedCartLine(product, rate, weight) : cartLineFromProduct(product, rate);
      useTill.getState().addToCart(line);
      const after = useTill.getState();
      const added = after.cart.lines.find((l) => l.id === after.selectedLineId);
      if (added) {
        const amount = cartTotals({ ...after.cart, lines: [added], discount: null }, location).total;
        showOnDisplay(hardware.client, { kind: 'item', name: added.name, amount, total: cartTotals(after.cart, location).total, currency: location.currency });
      }
      const groupIds = product.modifier_group_ids;
      const required = groupIds.length > 0 && (await db.modifierGroups.bulkGet(groupIds)).some((g) => g !== undefined && g.min_select > 0);
      const selected = useTill.getState().selectedLineId;
      if (required && selected) useTill.getState().openDialog({ kind: 'modifiers', lineId: selected });
    },
    [db, taxById, hardware, location],
  );

  const onScan = useCallback(
    (code: string) => {
      const state = useTill.getState();
      // The scan's characters may have reached the search box before the burst was recognised.
      const candidates = scanCandidates(state.search, code);
      state.setSearch('');
      // Straight from Dexie (indexed), so a scan works before the grid's live query has loaded.
      void (async () => {
        for (const candidate of candidates) {
          const product = await findProductByCode(db, candidate);
          if (product) return addProduct(product);
        }
        useTill.getState().notify('error', localText('sell.unknownBarcode', { code }));
      })();
    },
    [db, addProduct],
  );
  useScanHandler(onScan);

  /** Enter in (or for) the search box: a code adds its product; words add the first match. */
  const submitSearch = useRef<() => void>(() => {});
  submitSearch.current = () => {
    const state = useTill.getState();
    const text = state.search.trim();
    if (text === '') {
      if (state.cart.lines.length > 0) state.go('tender');
      return;
    }
    state.setSearch('');
    // Digits only: a barcode typed or scanned slowly, never a quantity and never a name match.
    if (/^\d+$/.test(text)) {
      void (async () => {
        const product = await findProductByCode(db, text);
        if (product) await addProduct(product);
        else useTill.getState().notify('error', localText('sell.unknownBarcode', { code: text }));
      })();
      return;
    }
    const first = products.find((p) => p.barcode === text || p.sku === text) ?? visible[0];
    if (first) void addProduct(first);
    else state.notify('error', localText('sell.noMatchFor', { text }));
  };

  /** Digits in the search box, then × (or *): they become the next product's quantity. */
  const takeQuantity = useRef<() => void>(() => {});
  takeQuantity.current = () => {
    const state = useTill.getState();
    const text = state.search.trim();
    if (!/^\d+$/.test(text)) return;
    if (state.setPendingQuantity(Number(text))) state.setSearch('');
  };

  useSellKeys({ searchRef, submitSearch, takeQuantity });

  return (
    <main className="sell" data-testid="sell-screen">
      <section className="catalog" aria-label={i18n.t('sell.products')}>
        <div className="searchrow">
          <input
            ref={searchRef}
            className="input"
            type="search"
            placeholder={i18n.t('sell.search')}
            aria-label={i18n.t('sell.searchLabel')}
            data-testid="product-search"
            value={till.search}
            onChange={(e) => till.setSearch(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                submitSearch.current();
              } else if (e.key === 'Escape') {
                e.preventDefault();
                till.setSearch('');
                (e.target as HTMLInputElement).blur();
              }
            }}
          />
          {till.pendingQuantity === null ? (
            <button
              type="button"
              className="btn"
              disabled={!/^\d+$/.test(till.search.trim())}
              title={i18n.t('sell.qtyHint')}
              onClick={() => takeQuantity.current()}
            >
              {i18n.t('sell.qty')} <span className="key">*</span>
            </button>
          ) : (
            <button
              type="button"
              className="qty-badge"
              aria-live="polite"
              data-testid="pending-quantity"
              aria-label={i18n.t('sell.pending', { count: till.pendingQuantity })}
              onClick={() => till.setPendingQuantity(null)}
            >
              {till.pendingQuantity} × <span aria-hidden="true">✕</span>
            </button>
          )}
        </div>
        <CategoryBar
          categories={categories}
          allLabel={i18n.t('sell.allCategories')}
          selected={till.search ? undefined : till.category}
          onPick={(id) => (till.setCategory(id), till.setSearch(''))}
        />
        <div
          className={visible.some((p) => p.image_url) ? 'grid with-images' : 'grid'}
          role="group"
          aria-label={i18n.t('sell.productGrid')}
          data-testid="product-grid"
        >
          {visible.length === 0 && <p className="empty">{i18n.t(products.length === 0 ? 'sell.noProducts' : 'sell.noMatch')}</p>}
          {visible.map((p) => (
            <ProductTile
              key={p.id}
              product={p}
              color={categoryColor.get(p.category_id ?? '') ?? null}
              price={money(p.price)}
              onPick={() => void addProduct(p)}
            />
          ))}
        </div>
      </section>
      <CartPanel
        cart={till.cart}
        totals={totals}
        currency={location.currency}
        selectedLineId={till.selectedLineId}
        title={till.cart.open_order_number ? i18n.t('cart.order', { number: till.cart.open_order_number }) : undefined}
        actions={
          <div className="cart-actions">
            <button type="button" className="btn" disabled={till.cart.lines.length === 0 || !onPark} onClick={onPark}>
              {i18n.t('frame.park')} <span className="key">F5</span>
            </button>
            <button type="button" className="btn" data-testid="customer-button" onClick={() => till.openDialog({ kind: 'customer' })}>
              {i18n.t('customer.button')}
            </button>
            <button type="button" className="btn" disabled={till.cart.lines.length === 0} onClick={() => till.openDialog({ kind: 'void' })}>
              {i18n.t('sell.void')} <span className="key">F8</span>
            </button>
          </div>
        }
        taxName={(id) => taxById.get(id)?.name ?? i18n.t('sell.tax')}
        onSelect={till.selectLine}
        onQuantity={till.changeQuantity}
        onRemove={till.removeFromCart}
        onModifiers={(lineId) => till.openDialog({ kind: 'modifiers', lineId })}
        onLineDiscount={(lineId) => till.openDialog({ kind: 'discount', target: 'line', lineId })}
        onPrice={(lineId) => till.openDialog({ kind: 'price', lineId })}
        onOrderDiscount={() => till.openDialog({ kind: 'discount', target: 'order', lineId: null })}
        onPay={() => till.go('tender')}
        onRemoveCustomer={() => till.setCart({ ...till.cart, customer: null })}
        taken={taken.map((t) => ({
          id: t.id,
          label: t.method === 'cash' ? i18n.t('cart.cashTaken') : i18n.t('cart.cardTaken', { name: t.card?.card_name ?? '' }).trim(),
          amount: t.amount,
        }))}
      />
      <SellDialogs location={location} products={products} totals={totals} groupsOf={groupsOf} addProduct={addProduct} />
    </main>
  );
}
