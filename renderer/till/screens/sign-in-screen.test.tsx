// The sign-in screen speaks the location's language: a Berlin till shows no English words.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { hashPin } from '../../../core/pin-hash';
import { freshTillDb, seedPairedTill, TEST_LOCATION } from '../../db/test-till';
import type { TillDb } from '../../db/till-db';
import type { SyncEngine } from '../../sync/sync-engine';
import { I18nProvider } from '../i18n/use-i18n';
import { ServicesContext } from '../services';
import { SignInScreen } from './sign-in-screen';

let db: TillDb;
afterEach(async () => {
  cleanup();
  await db.delete();
});

async function mount(locale: string) {
  db = freshTillDb();
  await seedPairedTill(db, { location: { ...TEST_LOCATION, locale } });
  await db.staff.put({ id: 'stf_anna', name: 'Anna', role: 'manager', pin_hash: await hashPin('1234', undefined, 1000), active: true });
  const sync = { status: { get: () => ({}), subscribe: () => () => {} } } as unknown as SyncEngine;
  render(
    <ServicesContext.Provider
      value={{ db, sync, hardware: { kind: 'bridge', client: { send: async () => ({ ok: false }) as never, on: () => () => {}, close() {} }, bridge: null } }}
    >
      <I18nProvider location={{ locale, timezone: 'Europe/Berlin' }}>
        <SignInScreen />
      </I18nProvider>
    </ServicesContext.Provider>,
  );
  // The location is read from Dexie: the screen names it once loaded.
  await waitFor(() => expect(screen.getByTestId('sign-in').textContent).toContain(TEST_LOCATION.name));
}

describe('sign-in screen language', () => {
  it('a German till: heading, prompt, PIN label and a wrong PIN are German, no English left', async () => {
    await mount('de-DE');
    const input = document.querySelector<HTMLInputElement>('[data-testid="sign-in"] input')!;
    expect(input.getAttribute('aria-label')).toBe('Personal-PIN');
    await userEvent.setup().type(input, '9999{Enter}');
    await screen.findByRole('alert');
    const text = document.querySelector('[data-testid="sign-in"]')!.textContent!;
    expect(text).toContain('Anmelden');
    expect(text).toContain(`${TEST_LOCATION.name} — bitte Personal-PIN eingeben.`);
    expect(text).toContain('Unbekannte PIN. Bitte erneut versuchen.');
    for (const english of ['Sign in', 'enter your staff PIN', 'Unknown PIN', 'Staff PIN', 'Try again']) expect(text).not.toContain(english);
  });

  it('an English till keeps the English words', async () => {
    await mount('en-IE');
    const text = document.querySelector('[data-testid="sign-in"]')!.textContent!;
    expect(text).toContain('Sign in');
    expect(text).toContain(`${TEST_LOCATION.name} — enter your staff PIN.`);
  });
});
