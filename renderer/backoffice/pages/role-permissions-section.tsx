// Staff page: what managers and cashiers may do at the till without a manager's PIN, and each
// location's discount limit. Owners edit; managers see the rules. Tills pull both with the location.
import { useState } from 'react';
import { GUARDED_ACTION_LABELS, GUARDED_ACTIONS, type RolePermissions } from '../../../core/roles';
import { api, get } from '../api-client';
import { useSession } from '../session';
import { ErrorBanner, Notice, useAction, useLoad } from '../ui';
import { limitFromPercent, percentText, withPermission } from './role-permissions';

interface DiscountLimit {
  location_id: string;
  name: string;
  basis_points: number;
}

export function RolePermissionsSection() {
  const session = useSession();
  const owner = session.user.role === 'owner';
  const loaded = useLoad(() => get<RolePermissions>('/role-permissions'), []);
  const limits = useLoad(() => get<{ data: DiscountLimit[] }>('/discount-limits'), []);
  const [edited, setEdited] = useState<RolePermissions | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const saving = useAction();
  const permissions = edited ?? loaded.data;

  const save = async () => {
    if (!edited) return;
    const saved = await saving.run(() => api<RolePermissions>('PUT', '/role-permissions', edited));
    if (saved) {
      setEdited(null);
      setNotice('Saved. Tills pick up the change within seconds.');
      loaded.reload();
    }
  };

  return (
    <section className="card" aria-labelledby="role-permissions-title">
      <h2 id="role-permissions-title">Till permissions</h2>
      <p className="muted">
        Ticked: the role may do it at the till alone. Otherwise the till asks for the PIN of someone whose role may, and records who approved.
        {owner ? '' : ' Only an owner can change this.'}
      </p>
      <ErrorBanner error={loaded.error ?? saving.error} />
      {notice ? <Notice>{notice}</Notice> : null}
      {permissions ? (
        <table className="table" aria-label="Till permissions">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Manager</th>
              <th scope="col">Cashier</th>
            </tr>
          </thead>
          <tbody>
            {GUARDED_ACTIONS.map((action) => (
              <tr key={action}>
                <td>{GUARDED_ACTION_LABELS[action]}</td>
                <td>
                  <input type="checkbox" checked disabled aria-label={`Owner: ${GUARDED_ACTION_LABELS[action]}`} />
                </td>
                {(['manager', 'cashier'] as const).map((role) => (
                  <td key={role}>
                    <input
                      type="checkbox"
                      aria-label={`${role === 'manager' ? 'Manager' : 'Cashier'}: ${GUARDED_ACTION_LABELS[action]}`}
                      checked={permissions[role].includes(action)}
                      disabled={!owner || saving.busy}
                      onChange={(e) => {
                        setNotice(null);
                        setEdited(withPermission(permissions, role, action, e.target.checked));
                      }}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {owner ? (
        <div className="form-actions">
          <button type="button" className="button-primary" disabled={!edited || saving.busy} onClick={() => void save()}>
            Save permissions
          </button>
        </div>
      ) : null}
      <h3>Discount limit</h3>
      <p className="muted">
        A discount above this share of what it applies to needs approval (or a role allowed “{GUARDED_ACTION_LABELS.discount_over_limit}”).
      </p>
      <ErrorBanner error={limits.error} />
      {limits.data?.data.map((l) => (
        <DiscountLimitForm key={`${l.location_id}-${l.basis_points}`} limit={l} editable={owner} onSaved={limits.reload} />
      ))}
    </section>
  );
}

function DiscountLimitForm({ limit, editable, onSaved }: { limit: DiscountLimit; editable: boolean; onSaved: () => void }) {
  const [text, setText] = useState(percentText(limit.basis_points));
  const [problem, setProblem] = useState<string | null>(null);
  const saving = useAction();
  const id = `discount-limit-${limit.location_id}`;
  const submit = async () => {
    const basisPoints = limitFromPercent(text);
    if (basisPoints === null) return setProblem('Enter a percentage from 0 to 100 (at most two decimals).');
    setProblem(null);
    if (await saving.run(() => api('PUT', `/discount-limits/${encodeURIComponent(limit.location_id)}`, { basis_points: basisPoints }))) onSaved();
  };
  return (
    <form
      className="form-row"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div>
        <label htmlFor={id}>{limit.name} (%)</label>
        <input id={id} inputMode="decimal" value={text} disabled={!editable} onChange={(e) => setText(e.target.value)} />
        <ErrorBanner error={problem ?? saving.error} />
      </div>
      {editable ? (
        <div>
          <button type="submit" className="button-small" disabled={saving.busy}>
            Save limit<span className="visually-hidden"> of {limit.name}</span>
          </button>
        </div>
      ) : null}
    </form>
  );
}
