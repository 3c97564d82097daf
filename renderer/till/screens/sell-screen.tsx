// Ringing up a sale: categories, search, product grid and barcode scans on the left, the cart on
// the right; modifiers and discounts in dialogs. Keyboard: see docs/till.md.
import { useI18n } from '../i18n/use-i18n';
import { localText } from '../i18n/local-text';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TillLocation, TillProduct, TillTaxRate } from '../../../core/sync/catalog';
import { cartLineFromProduct, cartTotals, findProductByCode, weighedCartLine } from '../../db/sales';
import type { ScaleWeight } from '../../../core/hardware-contract';
import { WeighDialog } from '../components/weigh-dialog';
import { openTenders } from '../../db/taken-tenders';
import { listPrice, setLineDiscount, setLineModifiers, setLinePrice, setOrderDiscount } from '../cart';
import { showOnDisplay } from '../checkout';
import { CartPanel } from '../components/cart-panel';
import { CategoryBar } from '../components/category-bar';
import { ProductTile } from '../components/product-tile';
import { customerLabel } from '../../../core/sync/till-customer';
import { CustomerDialog } from '../components/customer-dialog';
import { DiscountDialog } from '../components/discount-dialog';
import { PriceDialog } from '../components/price-dialog';
import { ModifiersDialog, type ModifierGroupView } from '../components/modifiers-dialog';
import { useScanHandler } from '../scanner';
import { isWedgeChar, scanCandidates } from '../scanner-wedge';
import { useServices } from '../services';
import { useTill } from '../till-store';

/** What a live query shows until it loads: one array, so memoized values do not recompute every render. */
const NONE: never[] = [];
const MAX_TILES = 120;

/**
 * The catalog prepared for searching: sorted as the grid shows it (sort, then name) and lower-cased
 * once per catalog change, so a keystroke only scans and never re-sorts or re-lowercases 50 000 names.
 */
export interface ProductSearchIndex {
  readonly entries: readonly { readonly p: TillProduct; readonly name: string; readonly sku: string | undefined; readonly rank: number }[];
}

export function indexProducts(products: readonly TillProduct[]): ProductSearchIndex {
  const sorted = [...products].sort((a, b) => a.sort - b.sort || a.name.localeCompare(b.name));
  return { entries: sorted.map((p, rank) => ({ p, name: p.name.toLowerCase(), sku: p.sku?.toLowerCase(), rank })) };
}

/** Products matching the search text (name words, SKU or barcode), best matches first. */
export function searchProducts(index: ProductSearchIndex, text: string, limit = MAX_TILES): TillProduct[] {
  const q = text.trim().toLowerCase();
  if (q === '') return index.entries.slice(0, limit).map((e) => e.p);
  const words = q.split(/\s+/);
  const scored: { p: TillProduct; score: number; rank: number }[] = [];
  for (const { p, name, sku, rank } of index.entries) {
    if (p.barcode === q || sku === q) {
      scored.push({ p, score: 0, rank });
      continue;
    }
    if (words.every((w) => name.includes(w))) scored.push({ p, score: name.startsWith(q) ? 1 : 2, rank });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.rank - b.rank)
    .slice(0, limit)
    .map((s) => s.p);
}

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

  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = useTill.getState();
      if (s.dialog || s.screen !== 'sell') return;
      const inInput = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      const selected = s.cart.lines.find((l) => l.id === s.selectedLineId) ?? null;
      if (e.key === 'F2') {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      } else if (e.key === 'F3') {
        e.preventDefault();
        if (e.shiftKey) {
          if (s.cart.lines.length > 0) s.openDialog({ kind: 'discount', target: 'order', lineId: null });
        } else if (selected) s.openDialog({ kind: 'discount', target: 'line', lineId: selected.id });
      } else if (e.key === 'F4') {
        e.preventDefault();
        if (selected) s.openDialog(e.shiftKey ? { kind: 'price', lineId: selected.id } : { kind: 'modifiers', lineId: selected.id });
      } else if (e.key === '*' && (!inInput || e.target === searchRef.current) && /^\d+$/.test(s.search.trim())) {
        e.preventDefault();
        takeQuantity.current();
      } else if (inInput) {
        return;
      } else if (isWedgeChar(e.key) && !e.ctrlKey && !e.altKey && !e.metaKey && e.key !== '+' && e.key !== '-' && e.key !== '*') {
        // Typing with nothing focused goes into the search box, in view: digits are a barcode or a
        // search until × makes them a quantity, so a scanner of any speed never sets a quantity.
        e.preventDefault();
        s.setSearch(s.search + e.key);
        searchRef.current?.focus();
      } else if (e.key === 'Backspace' && s.pendingQuantity !== null) {
        e.preventDefault();
        s.setPendingQuantity(null);
      } else if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement) && s.search.trim() !== '') {
        e.preventDefault();
        submitSearch.current();
      } else if ((e.key === '+' || e.key === '-') && selected) {
        e.preventDefault();
        s.changeQuantity(selected.id, selected.quantity + (e.key === '+' ? 1 : -1));
      } else if (e.key === 'Delete' && selected) {
        e.preventDefault();
        s.removeFromCart(selected.id);
      } else if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && s.cart.lines.length > 0 && !(e.target instanceof HTMLButtonElement)) {
        e.preventDefault();
        const i = s.cart.lines.findIndex((l) => l.id === s.selectedLineId);
        const next = e.key === 'ArrowUp' ? Math.max(0, i - 1) : Math.min(s.cart.lines.length - 1, i + 1);
        s.selectLine(s.cart.lines[next]?.id ?? null);
      } else if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement) && s.cart.lines.length > 0) {
        e.preventDefault();
        s.go('tender');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const dialog = till.dialog;
  const weighProduct = dialog?.kind === 'weigh' ? products.find((p) => p.id === dialog.productId) : undefined;
  const dialogLine = dialog && (dialog.kind === 'modifiers' || dialog.kind === 'discount' || dialog.kind === 'price') && dialog.lineId ? till.cart.lines.find((l) => l.id === dialog.lineId) : undefined;
  const lineTotals = dialogLine ? totals.lines.find((l) => l.id === dialogLine.id) : undefined;

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
        <div className={visible.some((p) => p.image_url) ? 'grid with-images' : 'grid'} role="group" aria-label={i18n.t('sell.productGrid')} data-testid="product-grid">
          {visible.length === 0 && <p className="empty">{i18n.t(products.length === 0 ? 'sell.noProducts' : 'sell.noMatch')}</p>}
          {visible.map((p) => (
            <ProductTile key={p.id} product={p} color={categoryColor.get(p.category_id ?? '') ?? null} price={money(p.price)} onPick={() => void addProduct(p)} />
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
          <>
            <button type="button" className="btn" disabled={till.cart.lines.length === 0 || !onPark} onClick={onPark}>
              {i18n.t('frame.park')} <span className="key">F5</span>
            </button>
            <button type="button" className="btn" data-testid="customer-button" onClick={() => till.openDialog({ kind: 'customer' })}>
              {i18n.t('customer.button')}
            </button>
            <button type="button" className="btn" disabled={till.cart.lines.length === 0} onClick={() => till.openDialog({ kind: 'void' })}>
              {i18n.t('sell.void')} <span className="key">F8</span>
            </button>
          </>
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
        taken={taken.map((t) => ({ id: t.id, label: t.method === 'cash' ? i18n.t('cart.cashTaken') : i18n.t('cart.cardTaken', { name: t.card?.card_name ?? '' }).trim(), amount: t.amount }))}
      />
      {dialog?.kind === 'customer' && (
        <CustomerDialog
          db={db}
          onClose={till.closeDialog}
          onPick={(customer) => {
            const label = customerLabel(customer);
            till.setCart({ ...useTill.getState().cart, customer: { id: customer.id, label } });
            till.closeDialog();
            till.notify('info', i18n.t('customer.attached', { name: label }));
          }}
        />
      )}
      {dialog?.kind === 'weigh' && weighProduct && (
        <WeighDialog
          productName={weighProduct.name}
          pricePerKg={weighProduct.price}
          tareGrams={weighProduct.tare_grams ?? 0}
          currency={location.currency}
          client={hardware.client}
          onClose={till.closeDialog}
          onAdd={(weight) => {
            till.closeDialog();
            void addProduct(weighProduct, weight);
          }}
        />
      )}
      {dialog?.kind === 'modifiers' && dialogLine && (
        <ModifiersDialog
          productName={dialogLine.name}
          currency={location.currency}
          groups={groupsOf(dialogLine.product_id)}
          selected={dialogLine.modifiers}
          onClose={till.closeDialog}
          onApply={(mods) => {
            till.setCart(setLineModifiers(till.cart, dialogLine.id, mods));
            till.selectLine(dialogLine.id);
            till.closeDialog();
          }}
        />
      )}
      {dialog?.kind === 'price' && dialogLine && (
        <PriceDialog
          name={dialogLine.name}
          currency={location.currency}
          listPrice={listPrice(dialogLine)}
          currentPrice={dialogLine.unit_price}
          weighed={Boolean(dialogLine.weight)}
          db={db}
          role={till.staff?.role ?? 'cashier'}
          permissions={location.role_permissions}
          onClose={till.closeDialog}
          onApply={(price, approvedBy, approverName) => {
            till.setCart(setLinePrice(till.cart, dialogLine.id, price, approvedBy));
            till.selectLine(dialogLine.id);
            till.closeDialog();
            if (approverName) till.notify('info', i18n.t('price.approvedBy', { name: approverName }));
          }}
        />
      )}
      {dialog?.kind === 'discount' && (dialog.target === 'order' || dialogLine) && (
        <DiscountDialog
          title={dialog.target === 'order' ? i18n.t('cart.orderDiscount') : i18n.t('discount.lineTitle', { name: dialogLine?.name ?? '' })}
          currency={location.currency}
          base={dialog.target === 'order' ? totals.lines.reduce((s, l) => s + l.gross_before_discount - l.line_discount, 0) : (lineTotals?.gross_before_discount ?? 0)}
          current={dialog.target === 'order' ? till.cart.discount : (dialogLine?.discount ?? null)}
          thresholdBp={location.discount_approval_basis_points}
          db={db}
          role={till.staff?.role ?? 'cashier'}
          permissions={location.role_permissions}
          onClose={till.closeDialog}
          onApply={(discount, approvedBy, approverName) => {
            const selected = till.selectedLineId;
            const cart = dialog.target === 'order' ? setOrderDiscount(till.cart, discount) : setLineDiscount(till.cart, dialogLine!.id, discount);
            // The approver goes on the sale (approved_by); a later approval replaces an earlier one.
            till.setCart(approvedBy ? { ...cart, approved_by: approvedBy } : cart);
            till.selectLine(selected);
            till.closeDialog();
            if (approverName) till.notify('info', i18n.t('discount.approvedBy', { name: approverName }));
          }}
        />
      )}
    </main>
  );
}
