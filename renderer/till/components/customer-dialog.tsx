// Finding a customer on the sell screen (issue 13): search the pulled customers by name or by the
// phone number the customer says (offline, core/sync/till-customer matchesCustomer) and attach one.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { matchesCustomer, type TillCustomer } from '../../../core/sync/till-customer';
import type { TillDb } from '../../db/till-db';
import { useI18n } from '../i18n/use-i18n';
import { Dialog } from './dialog';

/** Most customers listed at once: a cashier narrows the search rather than scrolls. */
export const CUSTOMER_RESULTS_MAX = 20;

export function CustomerDialog({ db, onClose, onPick }: { db: TillDb; onClose(): void; onPick(customer: TillCustomer): void }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const found = useLiveQuery(
    async (): Promise<TillCustomer[]> =>
      query.trim()
        ? db.customers
            .filter((c) => matchesCustomer(c, query))
            .limit(CUSTOMER_RESULTS_MAX)
            .toArray()
        : [],
    [db, query],
  );
  return (
    <Dialog title={t('customer.title')} onClose={onClose} testId="customer-dialog">
      <label>
        {t('customer.search')}
        <input
          type="search"
          autoFocus
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && found && found.length === 1) onPick(found[0]!);
          }}
        />
      </label>
      {!query.trim() ? (
        <p className="muted">{t('customer.hint')}</p>
      ) : found && found.length === 0 ? (
        <p className="empty">{t('customer.none')}</p>
      ) : (
        <ul className="customer-results" aria-label={t('customer.results')}>
          {(found ?? []).map((c) => (
            <li key={c.id}>
              <button type="button" className="btn" onClick={() => onPick(c)}>
                <strong>{c.name ?? c.email_masked ?? '—'}</strong>
                {c.phone_last4 ? <span className="muted"> · {t('customer.phoneTail', { digits: c.phone_last4 })}</span> : null}
                {c.name && c.email_masked ? <span className="muted"> · {c.email_masked}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
