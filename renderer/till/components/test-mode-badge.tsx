// The TEST MODE badge in the top bar of a till paired with a test-mode code (issue 13): its sales
// reach the cloud as test data, so whoever stands at it must see that it is not taking real sales.
import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting } from '../../db/till-db';
import { useI18n } from '../i18n/use-i18n';
import { useServices } from '../services';

export function TestModeBadge() {
  const { db } = useServices();
  const { t } = useI18n();
  const pairing = useLiveQuery(() => getSetting(db, 'pairing'), [db]);
  if (pairing?.livemode !== false) return null;
  return (
    <span className="test-mode-badge" role="status" data-testid="test-mode-badge" title={t('testMode.hint')}>
      {t('testMode.badge')}
      <span className="sr-only"> {t('testMode.hint')}</span>
    </span>
  );
}
