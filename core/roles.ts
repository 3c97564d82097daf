// Till roles and the actions that need a manager's approval (SPEC §12): which role may do what
// without asking, as the back office sets it per business and the tills pull it with the location.
import { Type, type Static } from 'typebox';

export const STAFF_ROLES = ['owner', 'manager', 'cashier'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Actions a till guards: done by a role allowed to, or approved by the PIN of someone who is. */
export const GUARDED_ACTIONS = [
  'void_paid_sale',
  'refund',
  'no_sale',
  'price_override',
  'discount_over_limit',
  'give_back_tender',
  'close_shift',
  'settings',
] as const;
export type GuardedAction = (typeof GUARDED_ACTIONS)[number];

export const GUARDED_ACTION_LABELS: Record<GuardedAction, string> = {
  void_paid_sale: 'Void a paid sale',
  refund: 'Refund',
  no_sale: 'Open the drawer without a sale (no sale)',
  price_override: 'Change a price at the till',
  discount_over_limit: 'Discount above the location limit',
  give_back_tender: 'Take back a tender already taken on an open sale',
  close_shift: 'Close the shift (Z report)',
  settings: 'Till settings (pairing, hardware)',
};

const ActionSchema = Type.Unsafe<GuardedAction>(Type.Union(GUARDED_ACTIONS.map((a) => Type.Literal(a))));

/** What managers and cashiers may do without approval; an owner may do everything. */
export const RolePermissionsSchema = Type.Object(
  {
    manager: Type.Array(ActionSchema, { maxItems: GUARDED_ACTIONS.length, uniqueItems: true }),
    cashier: Type.Array(ActionSchema, { maxItems: GUARDED_ACTIONS.length, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type RolePermissions = Static<typeof RolePermissionsSchema>;

/** Until the back office says otherwise: managers may do everything, cashiers need approval for each. */
export const DEFAULT_ROLE_PERMISSIONS: RolePermissions = { manager: [...GUARDED_ACTIONS], cashier: [] };

/** True when `role` may do `action` without anyone's approval. */
export function mayDo(role: StaffRole, action: GuardedAction, permissions: RolePermissions = DEFAULT_ROLE_PERMISSIONS): boolean {
  if (role === 'owner') return true;
  return permissions[role].includes(action);
}
