// A typed client for API v1, generated from the service's OpenAPI document (schema.d.ts, rewritten by
// `npm run gen:api-client`). Paths, parameters, bodies and responses are checked by TypeScript.
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

export type { components, paths, webhooks } from './schema';
export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** e.g. http://127.0.0.1:8080 */
  baseUrl: string;
  /** pos_live_… or pos_test_… */
  apiKey: string;
  fetch?: typeof fetch;
}

// Every write needs an Idempotency-Key (SPEC §5.1). A caller that retries passes its own key in
// `params.header`; otherwise each call gets a fresh one, so it is never refused for lacking one.
const idempotencyKeys: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && !request.headers.has('idempotency-key')) request.headers.set('idempotency-key', crypto.randomUUID());
    return request;
  },
};

export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    headers: { authorization: `Bearer ${options.apiKey}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  client.use(idempotencyKeys);
  return client;
}
