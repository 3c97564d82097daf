// Carts waiting to be paid: sales parked on this till and orders created through the API
// (e.g. online orders) that the customer pays at the counter.
import { useLiveQuery } from 'dexie-react-hooks';
import { errorText } from '../i18n/error-text';
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
      notify('error', i18n.t('orders.busy'));
      return;
    }
    const result = await resumeCart(db, id);
    if (!result.ok) {
      notify('error', errorText(result.error, i18n.t));
      return;
    }
    setCart(result.value);
    go('sell');
  };

  return (
    <main className="page" data-testid="orders-screen">
      <h2>{i18n.t('orders.title')}</h2>
      <div className="cards">
        <section className="card">
          <h3>{i18n.t('orders.parked', { count: parked.length })}</h3>
          {parked.length === 0 && <p className="empty">{i18n.t('orders.noneParked')}</p>}
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
          <h3>{i18n.t('orders.online', { count: open.length })}</h3>
          {open.length === 0 && <p className="empty">{i18n.t('orders.noneOnline')}</p>}
          {open.map((o) => (
            <button
              key={o.id}
              type="button"
              className="btn"
              style={{ justifyContent: 'space-between' }}
              data-testid="open-order"
              onClick={() => {
                if (busy) {
                  notify('error', i18n.t('orders.busy'));
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
