// Tells a business's owners by mail when the service disabled one of its webhook endpoints by itself
// (410 Gone, failing for days). Each disabled endpoint is claimed once (owner_notified_at) across all
// instances, then mailed; a failed send is logged, never retried (the dashboard banner stays anyway).
import type { Database } from '../storage/database';
import type { Mailer } from '../mail/mailer';

export interface DisabledEndpointNotice {
  endpointId: string;
  businessId: string;
  name: string;
  url: string;
  reason: string;
  disabledAt: string;
  owners: string[];
}

/** Claims every auto-disabled endpoint nobody was told about yet, with its business's active owners' addresses. */
export async function claimDisabledEndpointNotices(db: Database): Promise<DisabledEndpointNotice[]> {
  const { rows } = await db.query<{
    id: string;
    business_id: string;
    name: string;
    url: string;
    disabled_reason: string | null;
    disabled_at: Date;
    owners: string[] | null;
  }>(
    `WITH claimed AS (
       UPDATE webhook_endpoints SET owner_notified_at = now()
       WHERE auto_disabled_at IS NOT NULL AND NOT enabled AND owner_notified_at IS NULL
       RETURNING id, business_id, name, url, disabled_reason, disabled_at
     )
     SELECT c.*, (SELECT array_agg(u.email ORDER BY u.email) FROM users u
                  WHERE u.business_id = c.business_id AND u.role = 'owner' AND u.disabled_at IS NULL) AS owners
     FROM claimed c ORDER BY c.id`,
  );
  return rows.map((r) => ({
    endpointId: r.id,
    businessId: r.business_id,
    name: r.name,
    url: r.url,
    reason: r.disabled_reason ?? 'disabled by the service',
    disabledAt: new Date(r.disabled_at).toISOString(),
    owners: r.owners ?? [],
  }));
}

/** The owner's mail: which endpoint, why, and the back office page where it is re-enabled. */
export function disabledEndpointMail(notice: DisabledEndpointNotice, publicUrl: string): { subject: string; text: string } {
  const page = `${publicUrl.replace(/\/+$/, '')}/backoffice/settings/integrations/webhooks/${encodeURIComponent(notice.endpointId)}`;
  return {
    subject: `Webhook endpoint "${notice.name}" was disabled`,
    text: [
      `Anywhere POS stopped sending webhooks to your endpoint "${notice.name}" (${notice.url}) at ${notice.disabledAt}.`,
      '',
      `Why: ${notice.reason}`,
      '',
      'Events that happen while it is disabled are kept; after you fix the receiver, re-enable the endpoint',
      `and replay what it missed here: ${page}`,
    ].join('\n'),
  };
}

export interface NoticeDeps {
  db: Database;
  mailer: Mailer;
  publicUrl: () => string;
  log: (message: string, details: Record<string, unknown>) => void;
}

/** One round: claim, then mail each owner list. Returns how many notices were handled. */
export async function sendDisabledEndpointNotices(deps: NoticeDeps): Promise<number> {
  const notices = await claimDisabledEndpointNotices(deps.db);
  for (const notice of notices) {
    if (notice.owners.length === 0) {
      deps.log('webhook endpoint disabled; the business has no active owner to mail', { endpoint_id: notice.endpointId, business_id: notice.businessId });
      continue;
    }
    try {
      await deps.mailer.send({ to: notice.owners, ...disabledEndpointMail(notice, deps.publicUrl()) });
    } catch (error) {
      deps.log('mail about a disabled webhook endpoint failed', { endpoint_id: notice.endpointId, error: (error as Error).message });
    }
  }
  return notices.length;
}
