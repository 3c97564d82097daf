// The till benchmarks' page, bundled by Vite and run in headless Chromium (real IndexedDB): the
// till's own recordSale and product search beside raw IndexedDB puts and a naive filter.
// .tsx so the Node typecheck (bench/**/*.ts) does not pull in the renderer's TSX; it is checked
// with bench/till/tsconfig.json (the web settings).
import { newId } from '../../core/ids';
import type { TillProduct } from '../../core/sync/catalog';
import { cartLineFromProduct, cartTotals, newCart, recordSale } from '../../renderer/db/sales';
import { openShift } from '../../renderer/db/shifts';
import { freshTillDb, seedPairedTill, testProduct, TEST_LOCATION, TEST_TAX } from '../../renderer/db/test-till';
import type { Cart, OrderRow, OutboxRow, PaymentRow } from '../../renderer/db/till-db';
import { indexProducts, searchProducts } from '../../renderer/till/screens/product-search';
import { measurePair, type MeasureOptions } from '../measure';
import type { TillBenchGlobals, TillBenchOutput } from './till-bench-types';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the bench globals into Window
  interface Window extends TillBenchGlobals {}
}

function report(step: string, done = 0, wanted = 0): void {
  void window.tillBenchProgress?.(step, done, wanted);
}

function onSample(step: string): MeasureOptions['onSample'] {
  return (done, wanted) => report(step, done, wanted);
}

/** Resolves when a native IndexedDB transaction commits. */
function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

async function benchSale(quick: boolean): Promise<TillBenchOutput['sale']> {
  const options: MeasureOptions = { warmup: quick ? 4 : 20, samples: quick ? 5 : 60, opsPerSample: quick ? 2 : 5, maxMs: quick ? 2_000 : 12_000 };

  const db = freshTillDb();
  await seedPairedTill(db);
  const products = ['Flat white', 'Croissant', 'Club sandwich', 'Sparkling water', 'Cheesecake'].map((name, i) => testProduct({ name, price: 250 + 110 * i }));
  await db.products.bulkPut(products);
  const shift = await openShift(db, { staffId: 'stf_bench', openingFloat: 10_000 });
  if (!shift.ok) throw new Error(`openShift failed: ${shift.error.message}`);
  const template = newCart();
  template.lines = products.map((p, i) => cartLineFromProduct(p, TEST_TAX, { quantity: 1 + (i % 3) }));
  const total = cartTotals(template, TEST_LOCATION).total;
  const sale = async (): Promise<void> => {
    const cart: Cart = { ...template, id: newId('ord') };
    const recorded = await recordSale(db, { cart, tenders: [{ method: 'cash', amount: total, tendered: total + 500 }], staffId: 'stf_bench' });
    if (!recorded.ok) throw new Error(`recordSale failed: ${recorded.error.message}`);
  };
  await sale();

  // The rows that recordSale wrote, written again as plainly as IndexedDB allows, into a second
  // database of the same schema (same indexes), so both sides write to stores of similar size.
  const first = (await db.orders.toCollection().first()) as OrderRow;
  const payments = (await db.payments.where('order_id').equals(first.id).toArray()) as PaymentRow[];
  const mutation = (await db.outbox.filter((m) => m.type === 'order.completed').first()) as OutboxRow;
  const raw = freshTillDb();
  await raw.open();
  const idb = raw.backendDB();
  let seq = 0;
  const rawSale = async (): Promise<void> => {
    seq++;
    const orderId = `${first.id}_${seq}`;
    const tx = idb.transaction(['orders', 'payments', 'outbox', 'settings'], 'readwrite');
    const done = committed(tx);
    tx.objectStore('orders').put({ ...first, id: orderId });
    for (const p of payments) tx.objectStore('payments').put({ ...p, id: `${p.id}_${seq}`, order_id: orderId });
    tx.objectStore('outbox').put({ ...mutation, seq, id: `${mutation.id}_${seq}` });
    tx.objectStore('settings').put({ key: 'order_counter', value: seq });
    tx.objectStore('settings').put({ key: 'outbox_seq', value: seq });
    await done;
  };
  report('till: recordSale vs raw IndexedDB puts, interleaved');
  const { ours, baseline } = await measurePair(sale, rawSale, { ...options, onSample: onSample('till: recordSale vs raw IndexedDB puts, interleaved') });

  // What limits the figure: the same rows through Dexie in one transaction, no read and no check,
  // against the same raw puts (a second, shorter pair).
  let floorSeq = 1_000_000;
  const dexieSale = (): Promise<unknown> => {
    floorSeq++;
    const orderId = `${first.id}_${floorSeq}`;
    return raw.transaction('rw', [raw.orders, raw.payments, raw.outbox, raw.settings], () =>
      Promise.all([
        raw.orders.add({ ...first, id: orderId }),
        raw.payments.bulkAdd(payments.map((p) => ({ ...p, id: `${p.id}_${floorSeq}`, order_id: orderId }))),
        raw.outbox.add({ ...mutation, seq: floorSeq, id: `${mutation.id}_${floorSeq}` }),
        raw.settings.bulkPut([
          { key: 'order_counter', value: floorSeq },
          { key: 'outbox_seq', value: floorSeq },
        ]),
      ]),
    );
  };
  report('till: Dexie writes alone vs raw IndexedDB puts, interleaved');
  const floor = await measurePair(dexieSale, rawSale, {
    ...options,
    samples: Math.ceil((options.samples ?? 10) / 2),
    onSample: onSample('till: Dexie writes alone vs raw IndexedDB puts, interleaved'),
  });
  for (const d of [db, raw]) {
    d.close();
    await d.delete();
  }
  return { ours, baseline, rowsPerSale: 4 + payments.length, dexieFloor: floor };
}

/** A deterministic catalog: "<adjective> <item> <size>" names, SKUs and EAN-like barcodes. */
function catalog(count: number): TillProduct[] {
  const adjectives = [
    'Oat',
    'Iced',
    'Vanilla',
    'Caramel',
    'Organic',
    'Spicy',
    'Smoked',
    'Classic',
    'Vegan',
    'Double',
    'Mini',
    'Large',
    'Hazelnut',
    'Lemon',
    'Dark',
  ];
  const items = [
    'flat white',
    'latte',
    'cappuccino',
    'croissant',
    'bagel',
    'muffin',
    'sandwich',
    'wrap',
    'salad',
    'brownie',
    'cheesecake',
    'tea',
    'lemonade',
    'soup',
    'cookie',
    'espresso',
    'mocha',
    'scone',
    'focaccia',
    'pretzel',
  ];
  const sizes = ['small', 'regular', 'large', '250g', '500g', '12oz', '16oz', 'box of 6', 'slice', 'jar'];
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const products: TillProduct[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${adjectives[Math.floor(random() * adjectives.length)]} ${items[Math.floor(random() * items.length)]} ${sizes[Math.floor(random() * sizes.length)]} ${i}`;
    products.push(
      testProduct({
        id: `prd_${String(i).padStart(26, '0')}`,
        name,
        sku: `SKU-${i}`,
        barcode: String(4_000_000_000_000 + i * 7),
        price: 100 + Math.floor(random() * 2_000),
        sort: i % 100,
      }),
    );
  }
  return products;
}

/** What a first attempt at a till search looks like. */
function naiveSearch(products: readonly TillProduct[], text: string, limit = 120): TillProduct[] {
  const q = text.trim().toLowerCase();
  return products.filter((p) => p.name.toLowerCase().includes(q)).slice(0, limit);
}

async function benchSearch(quick: boolean, count: number): Promise<TillBenchOutput['search']> {
  const products = catalog(count);
  // The sell screen indexes (sorts, lower-cases) once when the catalog changes, then searches on every keystroke.
  const sorted = [...products].sort((a, b) => a.sort - b.sort || a.name.localeCompare(b.name));
  const index = indexProducts(products);
  // Typing four searches letter by letter: a name, two words, a rare word, a barcode.
  const typed = ['flat white', 'oat latte', 'focaccia', '4000000000070'];
  const keystrokes = typed.flatMap((word) => Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1)));
  const options: MeasureOptions = {
    warmup: quick ? 5 : 20,
    samples: quick ? keystrokes.length : keystrokes.length * 4,
    opsPerSample: 1,
    maxMs: quick ? 3_000 : 16_000,
  };
  let sink = 0;
  report('till: searchProducts vs naive filter, interleaved');
  const { ours, baseline } = await measurePair(
    (i) => (sink += searchProducts(index, keystrokes[i % keystrokes.length]!).length),
    (i) => (sink += naiveSearch(sorted, keystrokes[i % keystrokes.length]!).length),
    { ...options, onSample: onSample('till: searchProducts vs naive filter, interleaved') },
  );
  const last = keystrokes[keystrokes.length - 1]!;
  if (sink < 0) throw new Error('unreachable');
  return {
    ours,
    baseline,
    products: count,
    keystrokes: keystrokes.length,
    matchesLastKeystroke: { ours: searchProducts(index, last).length, baseline: naiveSearch(sorted, last).length },
  };
}

window.runTillBench = async (input) => {
  const sale = await benchSale(input.quick);
  const search = await benchSearch(input.quick, input.products);
  return { userAgent: navigator.userAgent, sale, search };
};
