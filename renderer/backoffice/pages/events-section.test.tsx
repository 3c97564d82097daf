// Integrations → Events: the feed from 24 hours back by default, filtered by type and start time, listed
// with the location's name, paged on with its cursor ("Load more" while the server has more), and errors shown.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../api-client';
import { fakeApi, renderInSession, tableCells, testSession } from '../testing';
import { dateTime } from '../ui';

vi.mock('../api-client', async (original) => (await import('../testing')).mockApiClient(await original()));
const { EventsSection } = await import('./events-section');

const NOW = new Date('2026-12-03T12:00:00.000Z');
const session = testSession('manager', { locations: [{ id: 'loc_1', name: 'Deli', currency: 'EUR', timezone: 'Europe/Berlin', tax_mode: 'inclusive' }] });
const event = (id: string, type: string, location_id: string | null, cursor: string) => ({
  id,
  type,
  created_at: '2026-12-03T10:00:01.000Z',
  occurred_at: '2026-12-03T10:00:00.000Z',
  cursor,
  location_id,
  device_id: null,
  data: { order_id: `ord_${id}` },
});
const FIRST = { data: [event('evt_1', 'order.paid', 'loc_1', 'c1'), event('evt_2', 'shift.closed', null, 'c2')], next_cursor: 'c2', has_more: true };
const SECOND = { data: [event('evt_3', 'order.paid', 'loc_old', 'c3')], next_cursor: 'c3', has_more: false };

/** The query of the n-th request for /events (0 = first). */
const eventsQuery = (n: number) => {
  const paths = fakeApi.get.mock.calls.map(([path]) => path).filter((p) => p.startsWith('/events?'));
  return Object.fromEntries(new URLSearchParams(paths[n]!.slice('/events?'.length)));
};
const rows = () => tableCells('Events');

describe('Events section', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    fakeApi.reset();
    fakeApi.answer('/event-types', {
      subscribable: ['order.paid'],
      data: [
        { type: 'order.paid', description: 'An order was paid.' },
        { type: 'shift.closed', description: 'A shift was closed.' },
      ],
    });
    fakeApi.answer('/events', (path: string) => (path.includes('since=c2') ? SECOND : FIRST));
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('asks for the last 24 hours of all types and lists events with their location’s name', async () => {
    renderInSession(<EventsSection />, session);
    await screen.findByRole('table', { name: 'Events' });
    expect(eventsQuery(0)).toEqual({ since: new Date(NOW.getTime() - 24 * 3_600_000).toISOString(), limit: '50' });
    expect(rows()).toEqual([
      [dateTime('2026-12-03T10:00:01.000Z'), dateTime('2026-12-03T10:00:00.000Z'), 'order.paid', 'Deli', expect.stringContaining('evt_1')],
      [dateTime('2026-12-03T10:00:01.000Z'), dateTime('2026-12-03T10:00:00.000Z'), 'shift.closed', '—', expect.stringContaining('evt_2')],
    ]);
  });

  it('loads the next page from the cursor, appends it, and offers no more once the server has none', async () => {
    const user = userEvent.setup();
    renderInSession(<EventsSection />, session);
    await user.click(await screen.findByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(eventsQuery(1)).toEqual({ since: 'c2', limit: '50' });
    expect(rows()[2]!.slice(2, 4)).toEqual(['order.paid', 'loc_old']); // a location no longer in the session shows its id
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('filters by type and start time, starting the list over', async () => {
    const user = userEvent.setup();
    renderInSession(<EventsSection />, session);
    await user.click(await screen.findByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    await user.selectOptions(screen.getByLabelText('Type'), 'order.paid');
    await waitFor(() => expect(eventsQuery(2)).toMatchObject({ types: 'order.paid', limit: '50' }));
    await waitFor(() => expect(rows()).toHaveLength(2)); // the appended page is dropped
    fireEvent.change(screen.getByLabelText('Since'), { target: { value: '2026-12-01T08:00' } });
    await waitFor(() => expect(eventsQuery(3)).toEqual({ types: 'order.paid', since: new Date('2026-12-01T08:00').toISOString(), limit: '50' }));
  });

  it('says so when the window holds no events', async () => {
    fakeApi.answer('/events', { data: [], next_cursor: 'c0', has_more: false });
    renderInSession(<EventsSection />, session);
    expect(await screen.findByText('No events in this window.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('shows the server’s message when the feed or the next page cannot be loaded', async () => {
    fakeApi.answer('/events', (path: string) => {
      if (path.includes('since=c2')) throw new ApiFailure(400, 'invalid_cursor', 'The cursor is not valid.', 'since');
      return FIRST;
    });
    const user = userEvent.setup();
    renderInSession(<EventsSection />, session);
    await user.click(await screen.findByRole('button', { name: 'Load more' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The cursor is not valid.');
    expect(rows()).toHaveLength(2);
    cleanup();
    fakeApi.answer('/events', () => {
      throw new ApiFailure(403, 'forbidden', 'You may not read events.');
    });
    renderInSession(<EventsSection />, session);
    expect((await screen.findByRole('alert')).textContent).toBe('You may not read events.');
  });
});
