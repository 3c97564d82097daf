// Settings → Users (owners only): who may sign in to the back office, with which role.
import { useState } from 'react';
import type { UserView } from '../../../core/api/backoffice';
import { get, patch, post } from '../api-client';
import { ListView, TableHead } from '../list-view';
import { useSession } from '../session';
import { ActionForm, Dialog, PageHeader, StatusBadge, dateTime, useAction, useLoad } from '../ui';

export function UsersPage() {
  const session = useSession();
  const users = useLoad(() => get<{ data: UserView[] }>('/users'), []);
  const [adding, setAdding] = useState(false);
  const [passwordFor, setPasswordFor] = useState<UserView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const change = useAction();

  const update = async (u: UserView, body: { role?: UserView['role']; disabled?: boolean }) => {
    await change.run(() => patch(`/users/${encodeURIComponent(u.id)}`, body));
    users.reload();
  };

  return (
    <>
      <PageHeader title="Users">
        <button type="button" className="button-primary" onClick={() => setAdding(true)}>
          Add user
        </button>
      </PageHeader>
      <p className="muted">Owners manage users, API keys and webhook endpoints. Managers run everything else: catalog, staff, devices, shifts, orders.</p>
      <ListView list={users} what="users" empty="No users." error={change.error} notice={notice}>
        {({ data }) => (
          <section className="card">
            <table className="table" aria-label="Users">
              <TableHead columns={['Name', 'E-mail', 'Role', 'Since', 'Status']} actions />
              <tbody>
                {data.map((u) => (
                  <tr key={u.id}>
                    <td>{u.name || '—'}</td>
                    <td>{u.email}</td>
                    <td>
                      <label className="visually-hidden" htmlFor={`role-${u.id}`}>
                        Role of {u.email}
                      </label>
                      <select
                        id={`role-${u.id}`}
                        value={u.role}
                        disabled={change.busy}
                        onChange={(e) => void update(u, { role: e.target.value as UserView['role'] })}
                      >
                        <option value="owner">Owner</option>
                        <option value="manager">Manager</option>
                      </select>
                    </td>
                    <td>{dateTime(u.created_at)}</td>
                    <td>{u.disabled_at ? <StatusBadge tone="neutral">Disabled</StatusBadge> : <StatusBadge tone="ok">Active</StatusBadge>}</td>
                    <td>
                      {u.id === session.user.id ? (
                        <span className="small muted">you</span>
                      ) : (
                        <span className="actions">
                          <button type="button" className="button-small" onClick={() => setPasswordFor(u)}>
                            Set password<span className="visually-hidden"> for {u.email}</span>
                          </button>
                          <button type="button" className="button-small" disabled={change.busy} onClick={() => void update(u, { disabled: !u.disabled_at })}>
                            {u.disabled_at ? 'Enable' : 'Disable'}
                            <span className="visually-hidden"> {u.email}</span>
                          </button>
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </ListView>
      <Dialog title={`Set a password for ${passwordFor?.email ?? ''}`} open={passwordFor !== null} onClose={() => setPasswordFor(null)}>
        {passwordFor ? (
          <SetPasswordForm
            user={passwordFor}
            onSaved={() => {
              setNotice(`New password set for ${passwordFor.email}; their other sessions were signed out.`);
              setPasswordFor(null);
            }}
          />
        ) : null}
      </Dialog>
      <Dialog title="Add user" open={adding} onClose={() => setAdding(false)}>
        <UserForm
          onSaved={() => {
            setAdding(false);
            users.reload();
          }}
        />
      </Dialog>
    </>
  );
}

function UserForm({ onSaved }: { onSaved: () => void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<UserView['role']>('manager');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();
  const submit = async () => {
    const saved = await run(() => post('/users', { email, name, role, password }));
    if (saved) onSaved();
  };
  return (
    <ActionForm onSubmit={submit} error={error} busy={busy} submitLabel="Add user">
      <label htmlFor="user-email">E-mail</label>
      <input id="user-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
      <label htmlFor="user-name">Name</label>
      <input id="user-name" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
      <label htmlFor="user-role">Role</label>
      <select id="user-role" value={role} onChange={(e) => setRole(e.target.value as UserView['role'])}>
        <option value="manager">Manager</option>
        <option value="owner">Owner</option>
      </select>
      <label htmlFor="user-password">First password</label>
      <input
        id="user-password"
        type="password"
        required
        minLength={10}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        autoComplete="new-password"
      />
      <p className="hint">At least 10 characters. Hand it over in person.</p>
    </ActionForm>
  );
}

function SetPasswordForm({ user, onSaved }: { user: UserView; onSaved: () => void }) {
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();
  const submit = async () => {
    const saved = await run(() => post(`/users/${encodeURIComponent(user.id)}/password`, { password }));
    if (saved) onSaved();
  };
  return (
    <ActionForm onSubmit={submit} error={error} busy={busy} submitLabel="Set password">
      <label htmlFor="set-password">New password</label>
      <input
        id="set-password"
        type="password"
        required
        minLength={10}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        autoComplete="new-password"
      />
      <p className="hint">At least 10 characters. Hand it over in person; they can change it under “Change password”.</p>
    </ActionForm>
  );
}
