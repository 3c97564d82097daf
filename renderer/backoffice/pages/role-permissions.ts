// The rules behind the role-permissions editor (Staff page): which guarded till actions each role may
// do without a manager's PIN, and the discount limit per location as people type it ("20" %).
import { GUARDED_ACTIONS, type GuardedAction, type RolePermissions } from '../../../core/roles';
import { parsePercent } from './catalog/percent';

/** The permissions with `action` allowed or not for `role`, in the order the till lists the actions. */
export function withPermission(permissions: RolePermissions, role: keyof RolePermissions, action: GuardedAction, allowed: boolean): RolePermissions {
  const current = new Set(permissions[role]);
  if (allowed) current.add(action);
  else current.delete(action);
  return { ...permissions, [role]: GUARDED_ACTIONS.filter((a) => current.has(a)) };
}

/** "20" or "12.5" percent → basis points (2000, 1250); null when it is not a whole basis point from 0 to 100 %. */
export function limitFromPercent(text: string): number | null {
  const ppm = parsePercent(text);
  if (ppm === null || ppm % 100 !== 0) return null;
  return ppm / 100;
}

/** Basis points as the editor shows them ("20", "12.5"). */
export function percentText(basisPoints: number): string {
  return String(basisPoints / 100);
}
