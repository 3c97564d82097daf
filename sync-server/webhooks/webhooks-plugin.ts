// Webhook endpoints API and the delivery dispatcher (SPEC §5.5).
import fp from 'fastify-plugin';

export default fp<{ workers: boolean }>(async () => {}, { name: 'webhooks', dependencies: ['api-v1'] });
