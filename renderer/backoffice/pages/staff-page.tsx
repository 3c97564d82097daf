// Staff who sign in on the tills: add people, set where they may sign in, set or reset PINs, deactivate.
import { useState } from 'react';
import type { StaffView } from '../../../core/api/backoffice';
import { get, patch, post, save } from '../api-client';
import { EditButton, ListView, TableHead } from '../list-view';
import { locationName, useSession } from '../session';
import { RolePermissionsSection } from './role-permissions-section';
import { ActionForm, Dialog, EditDialog, LocationSelect, PageHeader, StatusBadge, useAction, useLoad } from '../ui';

export function StaffPage() {
  const session = useSession();
  const staff = useLoad(() => get<{ data: StaffView[] }>('/staff'), []);
  const [editing, setEditing] = useState<StaffView | 'new' | null>(null);
  const [pinFor, setPinFor] = useState<StaffView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const toggle = useAction();

  const setActive = async (s: StaffView, active: boolean) => {
    await toggle.run(() => patch(`/staff/${encodeURIComponent(s.id)}`, { active }));
    staff.reload();
  };

  return (
    <>
      <PageHeader title="Staff">
        <button type="button" className="button-primary" onClick={() => setEditing('new')}>
          Add staff member
        </button>
      </PageHeader>
      <p className="muted">
        Staff sign in on the tills with their PIN. What each role may do alone, and what needs a manager’s PIN, is set under Till permissions below. PINs are
        stored hashed; nobody can read them back.
      </p>
      <ListView list={staff} what="staff" empty="No staff yet." error={toggle.error} notice={notice}>
        {({ data }) => (
          <section className="card">
            <table className="table" aria-label="Staff">
              <TableHead columns={['Name', 'Role', 'Signs in at', 'Status']} actions />
              <tbody>
                {data.map((s) => (
                  <tr key={s.id}>
                    <td>{s.name}</td>
                    <td>{s.role}</td>
                    <td>{s.location_id ? locationName(session, s.location_id) : 'All locations'}</td>
                    <td>{s.active ? <StatusBadge tone="ok">Active</StatusBadge> : <StatusBadge tone="neutral">Inactive</StatusBadge>}</td>
                    <td className="actions">
                      <EditButton name={s.name} onClick={() => setEditing(s)} />
                      <button type="button" className="button-small" onClick={() => setPinFor(s)}>
                        Reset PIN<span className="visually-hidden"> of {s.name}</span>
                      </button>
                      <button type="button" className="button-small" disabled={toggle.busy} onClick={() => void setActive(s, !s.active)}>
                        {s.active ? 'Deactivate' : 'Reactivate'}
                        <span className="visually-hidden"> {s.name}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </ListView>
      <RolePermissionsSection />
      <EditDialog item={editing} newTitle="Add staff member" editTitle="Edit staff member" onClose={() => setEditing(null)}>
        {(item) => (
          <StaffForm
            staff={item}
            onSaved={(name) => {
              setEditing(null);
              setNotice(`Saved ${name}. Tills pick up the change within seconds.`);
              staff.reload();
            }}
          />
        )}
      </EditDialog>
      <Dialog title={`New PIN for ${pinFor?.name ?? ''}`} open={pinFor !== null} onClose={() => setPinFor(null)}>
        {pinFor ? (
          <PinForm
            staff={pinFor}
            onSaved={() => {
              setNotice(`New PIN set for ${pinFor.name}.`);
              setPinFor(null);
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}

function StaffForm({ staff, onSaved }: { staff?: StaffView; onSaved: (name: string) => void }) {
  const [name, setName] = useState(staff?.name ?? '');
  const [role, setRole] = useState<StaffView['role']>(staff?.role ?? 'cashier');
  const [location, setLocation] = useState(staff?.location_id ?? '');
  const [pin, setPin] = useState('');
  const { busy, error, run } = useAction();

  const submit = async () => {
    const body = { name, role, location_id: location || null };
    const saved = await run(() => save('/staff', staff?.id, body, { pin }));
    if (saved) onSaved(name);
  };

  return (
    <ActionForm onSubmit={submit} error={error} busy={busy} submitLabel="Save">
      <label htmlFor="staff-name">Name</label>
      <input id="staff-name" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
      <div className="form-row">
        <div>
          <label htmlFor="staff-role">Role</label>
          <select id="staff-role" value={role} onChange={(e) => setRole(e.target.value as StaffView['role'])}>
            <option value="cashier">Cashier</option>
            <option value="manager">Manager</option>
            <option value="owner">Owner</option>
          </select>
        </div>
        <div>
          <label htmlFor="staff-location">Signs in at</label>
          <LocationSelect id="staff-location" value={location} onChange={setLocation} anyLabel="All locations" />
        </div>
      </div>
      {staff ? null : (
        <>
          <label htmlFor="staff-pin">PIN</label>
          <input id="staff-pin" required inputMode="numeric" autoComplete="off" pattern="[0-9]{4,8}" value={pin} onChange={(e) => setPin(e.target.value)} />
          <p className="hint">4 to 8 digits, different from everyone else who signs in at the same location.</p>
        </>
      )}
    </ActionForm>
  );
}

function PinForm({ staff, onSaved }: { staff: StaffView; onSaved: () => void }) {
  const [pin, setPin] = useState('');
  const { busy, error, run } = useAction();
  const submit = async () => {
    const saved = await run(() => post(`/staff/${encodeURIComponent(staff.id)}/pin`, { pin }));
    if (saved) onSaved();
  };
  return (
    <ActionForm onSubmit={submit} error={error} busy={busy} submitLabel="Set PIN">
      <label htmlFor="reset-pin">New PIN</label>
      <input id="reset-pin" required inputMode="numeric" autoComplete="off" pattern="[0-9]{4,8}" value={pin} onChange={(e) => setPin(e.target.value)} />
      <p className="hint">4 to 8 digits. Tell it to {staff.name} in person; the old PIN stops working once the tills sync.</p>
    </ActionForm>
  );
}
