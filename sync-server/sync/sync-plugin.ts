// Sync API for tills (SPEC §5.6): pairing, push, pull, stream.
import fp from 'fastify-plugin';

export default fp(async () => {}, { name: 'sync' });
