// The background side of webhooks (SPEC §5.5), started once the app is ready: the delivery
// dispatcher, the hourly retention job that prunes old events and deliveries, and the owner's mail
// when the service disabled an endpoint (swept after committed events and every minute).
import type { FastifyInstance } from 'fastify';
import { EVENTS_CHANNEL } from '../events/outbox';
import { pruneOld } from '../events/retention';
import type { Mailer } from '../mail/mailer';
import { sendDisabledEndpointNotices } from './disabled-endpoint-notice';
import { WebhookDispatcher, type DeliveryPolicy } from './webhook-dispatcher';
import type { WebhookSender } from './webhook-sender';
import type { SecretBox } from './secret-box';

const RETENTION_INTERVAL_MS = 3_600_000;
const NOTICE_INTERVAL_MS = 60_000;

export interface WebhookWorkerDeps {
  box: () => Promise<SecretBox>;
  sender: WebhookSender;
  policy: DeliveryPolicy;
  publicUrl: () => string;
  mailer: Mailer;
}

/** Starts the dispatcher and the retention job on the app's onReady; `stop()` ends both. */
export function startWebhookWorkers(app: FastifyInstance, deps: WebhookWorkerDeps): { stop(): Promise<void> } {
  let dispatcher: WebhookDispatcher | null = null;
  let retentionTimer: NodeJS.Timeout | null = null;
  let noticeTimer: NodeJS.Timeout | null = null;
  let unlistenNotices: (() => Promise<void>) | null = null;
  // One sweep at a time; a wake-up during one runs another right after (the event may be newer).
  let sweeping: Promise<void> | null = null;
  let sweepAgain = false;
  const sweepNotices = (): void => {
    if (sweeping) {
      sweepAgain = true;
      return;
    }
    sweeping = sendDisabledEndpointNotices({
      db: app.db,
      mailer: deps.mailer,
      publicUrl: deps.publicUrl,
      log: (message, details) => app.log.warn(details, message),
    })
      .then(
        () => undefined,
        (error: unknown) => app.log.error({ err: error }, 'disabled-endpoint notice sweep failed'),
      )
      .finally(() => {
        sweeping = null;
        if (sweepAgain) {
          sweepAgain = false;
          sweepNotices();
        }
      });
  };
  app.addHook('onReady', async () => {
    dispatcher = new WebhookDispatcher({
      db: app.db,
      box: await deps.box(),
      sender: deps.sender,
      policy: deps.policy,
      publicUrl: deps.publicUrl,
      log: (message, details) => app.log.warn(details ?? {}, message),
    });
    await dispatcher.start();
    const prune = () =>
      pruneOld(app.db)
        .then((r) => (r.events + r.deliveries > 0 ? app.log.info(r, 'pruned old events and deliveries') : undefined))
        .catch((error: unknown) => app.log.error({ err: error }, 'retention job failed'));
    void prune();
    retentionTimer = setInterval(prune, RETENTION_INTERVAL_MS);
    retentionTimer.unref();
    unlistenNotices = await app.db.listen(EVENTS_CHANNEL, sweepNotices);
    noticeTimer = setInterval(sweepNotices, NOTICE_INTERVAL_MS);
    noticeTimer.unref();
    sweepNotices();
  });
  return {
    async stop() {
      if (retentionTimer) clearInterval(retentionTimer);
      if (noticeTimer) clearInterval(noticeTimer);
      await unlistenNotices?.().catch(() => undefined);
      await dispatcher?.stop();
      await sweeping;
    },
  };
}
