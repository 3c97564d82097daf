// API v1 for integrators (SPEC §5.1–§5.2): auth, scopes, rate limits, idempotency, resources.
// Decorators other plugins use: `app.apiKeyAuth(scope)` (api-auth.ts) and the Idempotency-Key
// hooks that cover every /api/v1 write (idempotency.ts).
import fp from 'fastify-plugin';
import { registerApiAuth } from './api-auth';
import { registerCatalogRoutes } from './catalog-routes';
import { registerCustomerRoutes } from './customers-routes';
import { registerIdempotency } from './idempotency';
import { registerLocationRoutes } from './locations-routes';
import { registerOrderRoutes } from './orders-routes';
import { registerProductImageRoutes } from './product-image-routes';
import { registerProductRoutes } from './products-routes';

export default fp(
  async (app) => {
    registerApiAuth(app);
    registerIdempotency(app);
    registerLocationRoutes(app);
    registerProductRoutes(app);
    await registerProductImageRoutes(app);
    registerCatalogRoutes(app);
    registerCustomerRoutes(app);
    registerOrderRoutes(app);
  },
  { name: 'api-v1' },
);
