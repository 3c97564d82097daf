// Change my own password (any signed-in user). Other sessions of this user end; this one stays.
import { useState, type FormEvent } from 'react';
import { post } from '../api-client';
import { ErrorBanner, Notice, PageHeader, useAction } from '../ui';

export function PasswordPage() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const { busy, error, setError, run } = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    if (next !== repeat) return setError('The new passwords do not match.');
    const saved = await run(() => post('/me/password', { current_password: current, new_password: next }));
    if (saved) {
      setDone(true);
      setCurrent('');
      setNext('');
      setRepeat('');
    }
  };

  return (
    <>
      <PageHeader title="Change password" />
      <form className="card form" style={{ maxWidth: '32rem' }} onSubmit={(e) => void submit(e)}>
        <ErrorBanner error={error} />
        {done ? <Notice>Password changed. You stay signed in here; other browsers were signed out.</Notice> : null}
        <label htmlFor="current-password">Current password</label>
        <input id="current-password" type="password" required autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
        <label htmlFor="new-password">New password</label>
        <input id="new-password" type="password" required minLength={10} autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />
        <label htmlFor="repeat-password">New password again</label>
        <input
          id="repeat-password"
          type="password"
          required
          minLength={10}
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy}>
            Change password
          </button>
        </div>
      </form>
    </>
  );
}
