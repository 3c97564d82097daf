// Sales history: find a past sale, reprint it, refund it (all or some lines, to the original
// tender; card refunds go through the terminal first) or void it (open shift only).
// The chosen sale's panel is sale-detail.tsx.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useI18n } from '../i18n/use-i18n';
import type { TillLocation } from '../../../core/sync/catalog';
import { useServices } from '../services';
import { SaleDetail, STATUS_TONE } from './sale-detail';

export function HistoryScreen({ location }: { location: TillLocation }) {
  const { db } = useServices();
  const { t, dateTime, money } = useI18n();
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const orders = useLiveQuery(() => db.orders.orderBy('completed_at').reverse().limit(200).toArray(), [db]) ?? [];
  const shown = orders.filter((o) => query.trim() === '' || o.number.toLowerCase().includes(query.trim().toLowerCase()));
  const selected = orders.find((o) => o.id === selectedId) ?? null;

  return (
    <main className="page" data-testid="history-screen">
      <h2>{t('history.title')}</h2>
      <div className={selected ? 'split history-split' : 'split history-split single'}>
        <div style={{ display: 'grid', gap: 8, alignContent: 'start' }}>
          <input
            className="input"
            type="search"
            placeholder={t('history.find')}
            aria-label={t('history.findLabel')}
            autoFocus
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && shown[0]) setSelectedId(shown[0].id);
            }}
          />
          <table className="list" aria-label={t('history.sales')} data-testid="sales-table">
            <tbody>
              {shown.length === 0 && (
                <tr>
                  <td className="empty">{t('history.none')}</td>
                </tr>
              )}
              {shown.map((o) => (
                <tr
                  key={o.id}
                  tabIndex={0}
                  aria-current={o.id === selectedId ? 'true' : undefined}
                  onClick={() => setSelectedId(o.id)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      setSelectedId(o.id);
                    }
                  }}
                >
                  <td>
                    <strong>{o.number}</strong>
                    <br />
                    <small style={{ color: 'var(--muted)' }}>{dateTime(o.completed_at)}</small>
                  </td>
                  <td>
                    <span className={`badge ${STATUS_TONE[o.status]}`}>{t(`history.status.${o.status}`)}</span>
                  </td>
                  <td className="num">{money(o.totals.total, o.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {selected && <SaleDetail key={selected.id} location={location} order={selected} />}
      </div>
    </main>
  );
}
