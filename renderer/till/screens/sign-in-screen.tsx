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
  const staffCount = useLiveQuery(() => db.staff.count(), [db]);
  // A staff badge scanned (or a PIN typed as fast as a scanner) signs in the same way.
  useScanHandler(
    useCallback(
      (code: string) => {
        void findStaffByPin(db, code).then((staff) => {
          if (staff) signIn({ id: staff.id, name: staff.name, role: staff.role });
          else useTill.getState().notify('error', 'Unknown staff badge or PIN.');
        });
      },
      [db, signIn],
    ),
  );

  return (
    <main className="center-screen" data-testid="sign-in">
      <div className="signin">
        <h1>Sign in</h1>
        <p style={{ margin: 0, color: 'var(--muted)' }}>{location ? location.name : 'Till'} — enter your staff PIN.</p>
        {staffCount === 0 && (
          <p className="error-text" role="alert">
            No staff on this till yet. It fills in after the first sync with the cloud (check the connection in the top bar).
          </p>
        )}
        <PinPad
          label="Staff PIN"
          onSubmit={async (pin) => {
            const staff = await findStaffByPin(db, pin);
            if (!staff) return 'Unknown PIN. Try again.';
            signIn({ id: staff.id, name: staff.name, role: staff.role });
            return null;
          }}
        />
      </div>
    </main>
  );
}
