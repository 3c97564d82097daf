// API v1 for integrators (SPEC §5.1–§5.2): auth, scopes, rate limits, idempotency, resources.
import fp from 'fastify-plugin';

export default fp(async () => {}, { name: 'api-v1' });
