// The background side of webhooks (SPEC §5.5), started once the app is ready: the delivery
// dispatcher, and the hourly retention job that prunes old events and deliveries.
import type { FastifyInstance } from 'fastify';
import { pruneOld } from '../events/retention';
import { WebhookDispatcher, type DeliveryPolicy } from './webhook-dispatcher';
import type { WebhookSender } from './webhook-sender';
import type { SecretBox } from './secret-box';

const RETENTION_INTERVAL_MS = 3_600_000;

export interface WebhookWorkerDeps {
  box: () => Promise<SecretBox>;
  sender: WebhookSender;
  policy: DeliveryPolicy;
  publicUrl: () => string;
}

/** Starts the dispatcher and the retention job on the app's onReady; `stop()` ends both. */
export function startWebhookWorkers(app: FastifyInstance, deps: WebhookWorkerDeps): { stop(): Promise<void> } {
  let dispatcher: WebhookDispatcher | null = null;
  let retentionTimer: NodeJS.Timeout | null = null;
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
  });
  return {
    async stop() {
      if (retentionTimer) clearInterval(retentionTimer);
      await dispatcher?.stop();
    },
  };
}
