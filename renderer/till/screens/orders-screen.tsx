// Carts waiting to be paid: sales parked on this till and orders created through the API
// (e.g. online orders) that the customer pays at the counter.
import { useLiveQuery } from 'dexie-react-hooks';
import { useI18n } from '../i18n/use-i18n';
import type { TillLocation } from '../../../core/sync/catalog';
import { resumeCart } from '../../db/carts';
import { cartFromOpenOrder } from '../../db/sales';
import { cartTotals } from '../../db/sales';
import { useServices } from '../services';
import { useTill } from '../till-store';

export function OrdersScreen({ location }: { location: TillLocation }) {
  const { db } = useServices();
  const cart = useTill((s) => s.cart);
  const setCart = useTill((s) => s.setCart);
  const go = useTill((s) => s.go);
  const notify = useTill((s) => s.notify);
  const parked = useLiveQuery(() => db.parkedCarts.orderBy('parked_at').toArray(), [db]) ?? [];
  const open = useLiveQuery(() => db.openOrders.orderBy('created_at').toArray(), [db]) ?? [];
  const i18n = useI18n();
  const money = (n: number) => i18n.money(n, location.currency);
  const busy = cart.lines.length > 0;

  const resume = async (id: string) => {
    if (busy) {
      notify('error', 'Park or finish the current sale first (F5 parks it).');
      return;
    }
    const result = await resumeCart(db, id);
    if (!result.ok) {
      notify('error', result.error.message);
      return;
    }
    setCart(result.value);
    go('sell');
  };

  return (
    <main className="page" data-testid="orders-screen">
      <h2>Orders to pay</h2>
      <div className="cards">
        <section className="card">
          <h3>Parked sales ({parked.length})</h3>
          {parked.length === 0 && <p className="empty">Nothing parked. F5 parks the current sale.</p>}
          {parked.map((p) => (
            <button key={p.id} type="button" className="btn" style={{ justifyContent: 'space-between' }} onClick={() => void resume(p.id)}>
              <span>
                {p.label} · {i18n.t('cart.lines', { count: p.cart.lines.length })}
              </span>
              <span>{money(cartTotals(p.cart, location).total)}</span>
            </button>
          ))}
        </section>
        <section className="card">
          <h3>Online / API orders ({open.length})</h3>
          {open.length === 0 && <p className="empty">No open orders from the API.</p>}
          {open.map((o) => (
            <button
              key={o.id}
              type="button"
              className="btn"
              style={{ justifyContent: 'space-between' }}
              data-testid="open-order"
              onClick={() => {
                if (busy) {
                  notify('error', 'Park or finish the current sale first (F5 parks it).');
                  return;
                }
                setCart(cartFromOpenOrder(o));
                go('tender');
              }}
            >
              <span>
                {o.number}
                {o.external_ref ? ` (${o.external_ref})` : ''} · {i18n.t('cart.lines', { count: o.lines.length })}
                {o.customer_note ? ` · ${o.customer_note}` : ''}
              </span>
              <span>{money(o.total - o.amount_paid)}</span>
            </button>
          ))}
        </section>
      </div>
    </main>
  );
}
