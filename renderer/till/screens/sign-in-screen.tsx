// Staff PIN sign-in, verified offline against the PIN hashes pulled from the cloud.
import { useCallback } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { verifyPin } from '../../../core/pin-hash';
import type { TillStaff } from '../../../core/sync/catalog';
import type { TillDb } from '../../db/till-db';
import { PinPad } from '../components/pin-pad';
import { useScanHandler } from '../scanner';
import { useLocation, useServices } from '../services';
import { useTill } from '../till-store';
import { useI18n } from '../i18n/use-i18n';

/** The active staff member whose PIN this is (checked against every hash, in parallel). */
export async function findStaffByPin(db: TillDb, pin: string, role?: TillStaff['role']): Promise<TillStaff | null> {
  const staff = (await db.staff.toArray()).filter((s) => s.active && (!role || s.role === role));
  const matches = await Promise.all(staff.map((s) => verifyPin(pin, s.pin_hash)));
  return staff.find((_, i) => matches[i]) ?? null;
}

export function SignInScreen() {
  const { db } = useServices();
  const location = useLocation();
  const signIn = useTill((s) => s.signIn);
  const { t } = useI18n();
  const staffCount = useLiveQuery(() => db.staff.count(), [db]);
  // A staff badge scanned (or a PIN typed as fast as a scanner) signs in the same way.
  useScanHandler(
    useCallback(
      (code: string) => {
        void findStaffByPin(db, code).then((staff) => {
          if (staff) signIn({ id: staff.id, name: staff.name, role: staff.role });
          else useTill.getState().notify('error', t('signIn.unknownBadge'));
        });
      },
      [db, signIn, t],
    ),
  );

  return (
    <main className="center-screen" data-testid="sign-in">
      <div className="signin">
        <h1>{t('signIn.title')}</h1>
        <p style={{ margin: 0, color: 'var(--muted)' }}>{t('signIn.intro', { place: location ? location.name : t('signIn.till') })}</p>
        {staffCount === 0 && (
          <p className="error-text" role="alert">
            {t('signIn.noStaff')}
          </p>
        )}
        <PinPad
          label={t('signIn.pin')}
          onSubmit={async (pin) => {
            const staff = await findStaffByPin(db, pin);
            if (!staff) return t('signIn.unknownPin');
            signIn({ id: staff.id, name: staff.name, role: staff.role });
            return null;
          }}
        />
      </div>
    </main>
  );
}
