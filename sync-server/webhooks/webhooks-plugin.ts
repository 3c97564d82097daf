// The webhooks plugin: builds the one WebhookService (`app.webhooks`, also used by the back office),
// mounts the endpoints API (webhooks-routes.ts) and, when `workers` is on, the delivery dispatcher
// and the retention job (webhook-workers.ts, SPEC §5.5).
import fp from 'fastify-plugin';
import { createMailer } from '../mail/mailer';
import { createSender } from './webhook-sender';
import { policyFromConfig, WebhookService } from './webhook-service';
import { startWebhookWorkers } from './webhook-workers';
import { registerWebhookRoutes } from './webhooks-routes';

declare module 'fastify' {
  interface FastifyInstance {
    webhooks: WebhookService;
  }
}

export default fp<{ workers: boolean }>(
  async (app, options) => {
    const sender = createSender({ timeoutMs: app.config.webhookTimeoutMs, allowPrivate: app.config.webhookAllowPrivate });
    const box = () => app.secretBox();
    const policy = policyFromConfig(app.config);
    const publicUrl = () => app.publicUrl();
    const service = new WebhookService({ db: app.db, config: app.config, box, sender, policy, publicUrl });
    app.decorate('webhooks', service);

    const mailer = createMailer({ smtpUrl: app.config.smtpUrl, from: app.config.mailFrom, log: (message, details) => app.log.warn(details, message) });
    const workers = options.workers ? startWebhookWorkers(app, { box, sender, policy, publicUrl, mailer }) : null;
    app.addHook('onClose', async () => {
      await workers?.stop();
      mailer.close();
      await sender.close();
    });

    registerWebhookRoutes(app, service);
  },
  { name: 'webhooks', dependencies: ['api-v1'] },
);
