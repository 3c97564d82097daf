// Stores who approved a till's guarded action (SPEC §12 `approved_by`) on the row the mutation
// wrote: the sale, its void, the refund, the shift close or the cash movement. Runs in the same
// mutation's savepoint of the push transaction, after the mutation applied. The till is the record of who approved
// (offline, by PIN); the id is kept as sent, like the till's staff_id.
import type { TypedMutation } from '../../core/sync/mutations';
import type { Queryable } from '../storage/database';

export async function recordApproval(tx: Queryable, businessId: string, mutation: TypedMutation): Promise<void> {
  const target = approvalTarget(mutation);
  if (!target || !target.approvedBy) return;
  await tx.query(`UPDATE ${target.table} SET ${target.column} = $3 WHERE id = $1 AND business_id = $2`, [target.id, businessId, target.approvedBy]);
}

type Target = { table: 'orders' | 'refunds' | 'shifts' | 'cash_movements'; column: string; id: string; approvedBy: string | null | undefined };

function approvalTarget(mutation: TypedMutation): Target | null {
  switch (mutation.type) {
    case 'order.completed': {
      const { order } = (mutation as TypedMutation<'order.completed'>).payload;
      return { table: 'orders', column: 'approved_by', id: order.id, approvedBy: order.approved_by };
    }
    case 'order.voided': {
      const payload = (mutation as TypedMutation<'order.voided'>).payload;
      return { table: 'orders', column: 'void_approved_by', id: payload.order_id, approvedBy: payload.approved_by };
    }
    case 'order.refunded': {
      const { refund } = (mutation as TypedMutation<'order.refunded'>).payload;
      return { table: 'refunds', column: 'approved_by', id: refund.id, approvedBy: refund.approved_by };
    }
    case 'shift.closed': {
      const payload = (mutation as TypedMutation<'shift.closed'>).payload;
      return { table: 'shifts', column: 'close_approved_by', id: payload.shift_id, approvedBy: payload.approved_by };
    }
    case 'cash.movement': {
      const { movement } = (mutation as TypedMutation<'cash.movement'>).payload;
      return { table: 'cash_movements', column: 'approved_by', id: movement.id, approvedBy: movement.approved_by };
    }
    default:
      return null;
  }
}
