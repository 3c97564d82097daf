// Per-test setup for the till's dialog tests that ask for a manager's PIN: a fresh till database with Anna
// (manager) and Ben (cashier), a person's user-event, and typing a PIN into the approval pad.
import { cleanup, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, expect } from 'vitest';
import { freshTillDb } from '../../db/test-till';
import type { TillDb } from '../../db/till-db';
import { seedStaff } from './staff';

export interface StaffDbTest {
  /** this test's till database, seeded with the staff of ./staff */
  readonly db: TillDb;
  readonly user: UserEvent;
}

/** Registers beforeEach/afterEach: each test gets a fresh seeded database and user-event; both are read at test time. */
export function staffDbPerTest(): StaffDbTest {
  const current: { db?: TillDb; user?: UserEvent } = {};
  beforeEach(async () => {
    current.user = userEvent.setup();
    current.db = freshTillDb();
    await seedStaff(current.db);
  });
  afterEach(async () => {
    cleanup();
    await current.db?.delete();
  });
  return {
    get db() {
      return current.db!;
    },
    get user() {
      return current.user!;
    },
  };
}

/** The manager approval's PIN field, when the approval is showing. */
export function approvalPinInput(): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>('[data-testid="manager-approval"] input');
}

/** Types a PIN and Enter into the approval, then waits until the pad has taken it (PBKDF2 and the Dexie reads run outside React). */
export async function enterPin(user: UserEvent, pin: string): Promise<void> {
  await user.type(approvalPinInput()!, `${pin}{Enter}`);
  await waitFor(() => expect(approvalPinInput()?.value ?? '').toBe(''));
}
