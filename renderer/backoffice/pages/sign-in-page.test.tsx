// Sign-in: e-mail and password are POSTed to /login and the session handed on; a wrong password and a
// lockout show the server's message, hand nothing on, and the button is busy only while asking.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../api-client';
import { fakeApi, testSession } from '../testing';

vi.mock('../api-client', async (original) => (await import('../testing')).mockApiClient(await original()));
const { SignInPage } = await import('./sign-in-page');

async function signIn(email: string, password: string) {
  const onSignedIn = vi.fn();
  const user = userEvent.setup();
  render(<SignInPage onSignedIn={onSignedIn} />);
  await user.type(screen.getByLabelText('E-mail'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return onSignedIn;
}

describe('Sign-in page', () => {
  beforeEach(() => fakeApi.reset());
  afterEach(cleanup);

  it('sends e-mail and password to /login and hands the session on', async () => {
    const session = testSession('manager');
    fakeApi.post.mockResolvedValueOnce(session);
    const onSignedIn = await signIn('manager@example.com', 'the password');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(session));
    expect(fakeApi.post).toHaveBeenCalledWith('/login', { email: 'manager@example.com', password: 'the password' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows “wrong e-mail or password”, hands nothing on and lets the manager try again', async () => {
    fakeApi.post.mockRejectedValueOnce(new ApiFailure(401, 'invalid_credentials', 'The e-mail or password is wrong.'));
    const onSignedIn = await signIn('manager@example.com', 'wrong');
    expect((await screen.findByRole('alert')).textContent).toBe('The e-mail or password is wrong.');
    expect(onSignedIn).not.toHaveBeenCalled();
    expect((screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows the lockout message after too many failed sign-ins', async () => {
    const lockout = 'Too many failed sign-ins for this account; try again in 15 minute(s).';
    fakeApi.post.mockRejectedValueOnce(new ApiFailure(429, 'login_locked', lockout));
    const onSignedIn = await signIn('manager@example.com', 'wrong again');
    expect((await screen.findByRole('alert')).textContent).toBe(lockout);
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('shows “Signing in…” on a disabled button while the answer is pending', async () => {
    let answer: (session: unknown) => void = () => undefined;
    fakeApi.post.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const onSignedIn = await signIn('manager@example.com', 'the password');
    const button = await screen.findByRole('button', { name: 'Signing in…' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    answer(testSession('manager'));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
  });
});
