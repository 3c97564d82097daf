// OpenAPI 3 generated from the route schemas (@fastify/swagger) and interactive docs at /docs
// (@fastify/swagger-ui; Scalar needs Node 22). The description walks the seed's getting-started flow.
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { API_VERSION } from '../../core/api-version';
import { eventSchemas, webhooksObject } from './openapi-webhooks';

const GETTING_STARTED = `
Five minutes from zero to your first order. Full guide: \`docs/api.md\` in the repository.

### 1. Create an API key
Back office → API keys → New, or on the server: \`npm run pos -- keys create --name my-addon --scopes locations:read,products:read,orders:read,orders:write --locations all\`.
The full key (\`pos_live_…\`) is shown once. Click **Authorize** above and paste it to try requests here.

### 2. Your first request
\`\`\`
curl http://127.0.0.1:8080/api/v1/locations -H "Authorization: Bearer $ANYWHERE_KEY"
\`\`\`
Every response carries \`X-Request-Id\`, \`X-Pos-Api-Version\` and \`X-RateLimit-Limit\`/\`-Remaining\`/\`-Reset\`.

### 3. Create an order
Writes require an \`Idempotency-Key\` header. Prices and modifier deltas come from the product rows; money you send is ignored (named in \`X-Pos-Ignored-Fields\`).
\`\`\`
curl http://127.0.0.1:8080/api/v1/orders -X POST \\
  -H "Authorization: Bearer $ANYWHERE_KEY" -H "Idempotency-Key: $(uuidgen)" -H "Content-Type: application/json" \\
  -d '{"location_id": "loc_…", "items": [{"product_id": "prd_…", "quantity": 2}]}'
\`\`\`

### 4. Subscribe to webhooks, 5. verify signatures
\`POST /api/v1/webhooks\` (secret returned once); every delivery carries \`X-Pos-Signature: t=<unix>,v1=<hex>\` = HMAC-SHA256 of \`<t>.<raw body>\` with the secret. Missed one? \`GET /api/v1/events?since=<cursor>\`.

### Conventions
Errors: \`{"error":{"type","code","message","param?","request_id"}}\`. Lists: \`?limit=\` (1–100, default 25), \`?cursor=\`, response \`{"data","next_cursor","has_more"}\`. Money: integer minor units.
`;

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      // 3.1: JSON Schema 2020-12 (null is a type) and a `webhooks` section for what endpoints receive.
      openapi: '3.1.0',
      info: { title: 'Anywhere POS API', version: API_VERSION, description: GETTING_STARTED },
      webhooks: webhooksObject(),
      components: {
        schemas: eventSchemas(),
        // Every `security` label a route uses must be declared here, or /docs/json fails.
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'pos_live_… API key' },
          deviceToken: { type: 'http', scheme: 'bearer', description: 'pos_dev_… till device token (sync API)' },
        },
      },
      tags: [
        { name: 'Locations', description: 'Shops and cafés of the business' },
        { name: 'Products', description: 'Catalog: prices, taxes, categories, modifiers, barcodes, stock' },
        { name: 'Orders', description: 'Till sales and API orders, payments, refunds' },
        { name: 'Events', description: 'The events feed: every event, in order, resumable by cursor' },
        { name: 'Webhooks', description: 'Endpoints, deliveries, test sends, retries and replays' },
        { name: 'Webhook events', description: 'What an endpoint receives: one signed POST per event (see `webhooks`)' },
      ],
    },
    // Only the integrator API is documented here; the sync API and the back office are internal.
    hideUntagged: true,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true, persistAuthorization: true } });
}
