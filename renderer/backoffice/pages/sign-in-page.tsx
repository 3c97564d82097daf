// Manager sign-in with e-mail and password.
import { useState, type FormEvent } from 'react';
import { post } from '../api-client';
import type { SessionInfo } from '../session';
import { ErrorBanner, useAction } from '../ui';

export function SignInPage({ onSignedIn }: { onSignedIn: (session: SessionInfo) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const session = await run(() => post<SessionInfo>('/login', { email, password }));
    if (session) onSignedIn(session);
  };

  return (
    <main className="sign-in">
      <form className="card sign-in-card" onSubmit={(e) => void submit(e)} aria-labelledby="sign-in-title">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ◆
          </span>{' '}
          Anywhere POS
        </div>
        <h1 id="sign-in-title">Back office sign-in</h1>
        <ErrorBanner error={error} />
        <label htmlFor="email">E-mail</label>
        <input id="email" type="email" autoComplete="username" required autoFocus value={email} onChange={(e) => setEmail(e.target.value)} />
        <label htmlFor="password">Password</label>
        <input id="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
