// Change password: mismatched new passwords are refused before any request, the new ones must be 10+
// characters, a change is POSTed to /me/password and confirmed, and the server's refusal is shown.
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../api-client';
import { fakeApi, renderInSession } from '../testing';

vi.mock('../api-client', async (original) => (await import('../testing')).mockApiClient(await original()));
const { PasswordPage } = await import('./password-page');

async function fill(current: string, next: string, repeat: string) {
  const user = userEvent.setup();
  renderInSession(<PasswordPage />);
  await user.type(screen.getByLabelText('Current password'), current);
  await user.type(screen.getByLabelText('New password'), next);
  await user.type(screen.getByLabelText('New password again'), repeat);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('Password page', () => {
  beforeEach(() => fakeApi.reset());
  afterEach(cleanup);

  it('asks for new passwords of at least 10 characters (the server’s minimum)', () => {
    renderInSession(<PasswordPage />);
    expect((screen.getByLabelText('New password') as HTMLInputElement).minLength).toBe(10);
    expect((screen.getByLabelText('New password again') as HTMLInputElement).minLength).toBe(10);
    expect((screen.getByLabelText('Current password') as HTMLInputElement).required).toBe(true);
  });

  it('refuses new passwords that do not match without sending anything', async () => {
    await fill('old password 1', 'new password 12', 'new password 13');
    expect((await screen.findByRole('alert')).textContent).toBe('The new passwords do not match.');
    expect(fakeApi.post).not.toHaveBeenCalled();
  });

  it('sends the current and new password, confirms the change and empties the fields', async () => {
    await fill('old password 1', 'new password 12', 'new password 12');
    await waitFor(() => expect(fakeApi.post).toHaveBeenCalledWith('/me/password', { current_password: 'old password 1', new_password: 'new password 12' }));
    expect((await screen.findByRole('status')).textContent).toBe('Password changed. You stay signed in here; other browsers were signed out.');
    expect(screen.queryByRole('alert')).toBeNull();
    for (const label of ['Current password', 'New password', 'New password again']) expect((screen.getByLabelText(label) as HTMLInputElement).value).toBe('');
  });

  it('shows the server’s message when the current password is wrong and keeps what was typed', async () => {
    fakeApi.post.mockRejectedValueOnce(new ApiFailure(422, 'current_password_wrong', 'The current password is wrong.', 'current_password'));
    await fill('not my password', 'new password 12', 'new password 12');
    expect((await screen.findByRole('alert')).textContent).toBe('The current password is wrong.');
    expect(screen.queryByRole('status')).toBeNull();
    expect((screen.getByLabelText('Current password') as HTMLInputElement).value).toBe('not my password');
  });
});
