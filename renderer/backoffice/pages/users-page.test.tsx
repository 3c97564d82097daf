// Settings → Users: roles change in place, others can be disabled or enabled and given a password, the
// signed-in owner cannot lock themselves out from this list, and a new user is sent with role and password.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UserView } from '../../../core/api/backoffice';
import { fakeApi, polyfillDialog, renderInSession, testSession } from '../testing';

vi.mock('../api-client', async (original) => (await import('../testing')).mockApiClient(await original()));
const { UsersPage } = await import('./users-page');
polyfillDialog();

const user = (id: string, email: string, overrides: Partial<UserView> = {}): UserView => ({
  id,
  email,
  name: '',
  role: 'manager',
  created_at: '2026-12-01T08:00:00.000Z',
  disabled_at: null,
  ...overrides,
});
const me = testSession('owner');
const USERS = [
  user(me.user.id, me.user.email, { name: 'Owner', role: 'owner' }),
  user('usr_mia', 'mia@example.com', { name: 'Mia' }),
  user('usr_gone', 'gone@example.com', { disabled_at: '2026-12-02T08:00:00.000Z' }),
];

const show = () => renderInSession(<UsersPage />, me);
const row = (email: string) => screen.getByRole('cell', { name: email }).closest('tr')!;

describe('Users page', () => {
  beforeEach(() => {
    fakeApi.reset();
    fakeApi.answer('/users', { data: USERS });
  });
  afterEach(cleanup);

  it('offers no actions on the signed-in owner, disables and enables the others, and changes roles in place', async () => {
    show();
    await screen.findByRole('table', { name: 'Users' });
    expect(within(row(me.user.email)).getByText('you')).toBeTruthy();
    expect(within(row(me.user.email)).queryByRole('button')).toBeNull();
    expect(within(row('gone@example.com')).getByText('Disabled')).toBeTruthy();
    expect(within(row('gone@example.com')).getAllByRole('cell')[0]!.textContent).toBe('—'); // no name given

    fireEvent.click(within(row('mia@example.com')).getByRole('button', { name: 'Disable mia@example.com' }));
    await waitFor(() => expect(fakeApi.patch).toHaveBeenCalledWith('/users/usr_mia', { disabled: true }));
    fireEvent.click(within(row('gone@example.com')).getByRole('button', { name: 'Enable gone@example.com' }));
    await waitFor(() => expect(fakeApi.patch).toHaveBeenCalledWith('/users/usr_gone', { disabled: false }));
    fireEvent.change(screen.getByLabelText('Role of mia@example.com'), { target: { value: 'owner' } });
    await waitFor(() => expect(fakeApi.patch).toHaveBeenCalledWith('/users/usr_mia', { role: 'owner' }));
  });

  it('sets another user’s password and says their other sessions were signed out', async () => {
    show();
    await screen.findByRole('table', { name: 'Users' });
    fireEvent.click(within(row('mia@example.com')).getByRole('button', { name: 'Set password for mia@example.com' }));
    fireEvent.change(screen.getByLabelText('New password'), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set password' }));
    await waitFor(() => expect(fakeApi.post).toHaveBeenCalledWith('/users/usr_mia/password', { password: 'correct horse battery' }));
    expect(await screen.findByText('New password set for mia@example.com; their other sessions were signed out.')).toBeTruthy();
  });

  it('adds a user with role and first password, then reloads the list', async () => {
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Add user' }));
    fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: 'noah@example.com' } });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Noah' } });
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'owner' } });
    fireEvent.change(screen.getByLabelText('First password'), { target: { value: 'a long first password' } });
    const loads = fakeApi.get.mock.calls.length;
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Add user' })).getByRole('button', { name: 'Add user' }));
    await waitFor(() =>
      expect(fakeApi.post).toHaveBeenCalledWith('/users', { email: 'noah@example.com', name: 'Noah', role: 'owner', password: 'a long first password' }),
    );
    await waitFor(() => expect(fakeApi.get.mock.calls.length).toBeGreaterThan(loads));
  });
});
