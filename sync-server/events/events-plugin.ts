// Events feed (SPEC §5.4): GET /api/v1/events.
import fp from 'fastify-plugin';

export default fp(async () => {}, { name: 'events', dependencies: ['api-v1'] });
