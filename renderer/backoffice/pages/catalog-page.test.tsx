// The Products page opens on the location the manager last chose in this browser, else the first.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionInfo } from '../session';
import { renderInSession, testSession } from '../testing';

const get = vi.fn(async (path: string): Promise<unknown> =>
  path.startsWith('/catalog') ? { tax_rates: [], categories: [], modifier_groups: [] } : { data: [], next_cursor: null },
);
vi.mock('../api-client', async (importOriginal) => ({ ...(await importOriginal<Record<string, unknown>>()), get: (path: string) => get(path) }));
const { CatalogPage } = await import('./catalog-page');

const location = (id: string, name: string) => ({ id, name, currency: 'EUR', timezone: 'Europe/Berlin', tax_mode: 'inclusive' });
const session = (userId: string, locations = [location('loc_first', 'Kaffeebar Kreuzberg'), location('loc_second', 'Hudson Street Market')]): SessionInfo =>
  testSession('manager', { user: { id: userId, email: `${userId}@example.com`, name: userId, role: 'manager' }, locations });

const open = (info: SessionInfo) => renderInSession(<CatalogPage />, info);

const picker = () => screen.getByLabelText<HTMLSelectElement>('Location');
const lastCatalogRequest = () =>
  get.mock.calls
    .map(([path]) => path)
    .filter((p) => p.startsWith('/catalog'))
    .at(-1);

describe('Products page location', () => {
  beforeEach(() => {
    window.localStorage.clear();
    get.mockClear();
  });
  afterEach(cleanup);

  it('opens on the first location when nothing was chosen', async () => {
    open(session('usr_a'));
    expect(picker().value).toBe('loc_first');
    await waitFor(() => expect(lastCatalogRequest()).toBe('/catalog?location_id=loc_first'));
  });

  it('reopens on the location the manager chose last, per user', async () => {
    const first = open(session('usr_a'));
    fireEvent.change(picker(), { target: { value: 'loc_second' } });
    await waitFor(() => expect(lastCatalogRequest()).toBe('/catalog?location_id=loc_second'));
    first.unmount();

    open(session('usr_a'));
    expect(picker().value).toBe('loc_second');
    await waitFor(() => expect(lastCatalogRequest()).toBe('/catalog?location_id=loc_second'));
    cleanup();

    // Another manager on the same browser keeps their own default.
    open(session('usr_b'));
    expect(picker().value).toBe('loc_first');
  });

  it('falls back to the first location when the remembered one is gone', async () => {
    const first = open(session('usr_a'));
    fireEvent.change(picker(), { target: { value: 'loc_second' } });
    first.unmount();
    open(session('usr_a', [location('loc_first', 'Kaffeebar Kreuzberg'), location('loc_third', 'Elsewhere')]));
    expect(picker().value).toBe('loc_first');
  });
});
