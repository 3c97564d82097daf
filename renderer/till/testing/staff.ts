// Staff for the till's component tests: Anna, a manager (PIN 1234), and Ben, a cashier (PIN 1111),
// with cheap PIN hashes (1000 iterations) so a test's setup stays fast.
import { hashPin } from '../../../core/pin-hash';
import type { TillDb } from '../../db/till-db';

export const MANAGER_PIN = '1234';
export const CASHIER_PIN = '1111';

/** Puts Anna (manager) and Ben (cashier), plus any `extra` staff, into the till's database. */
export async function seedStaff(
  db: TillDb,
  extra: { id: string; name: string; role: 'owner' | 'manager' | 'cashier'; pin: string; active: boolean }[] = [],
): Promise<void> {
  const people = [
    { id: 'stf_anna', name: 'Anna', role: 'manager' as const, pin: MANAGER_PIN, active: true },
    { id: 'stf_ben', name: 'Ben', role: 'cashier' as const, pin: CASHIER_PIN, active: true },
    ...extra,
  ];
  await db.staff.bulkPut(await Promise.all(people.map(async ({ pin, ...person }) => ({ ...person, pin_hash: await hashPin(pin, undefined, 1000) }))));
}
