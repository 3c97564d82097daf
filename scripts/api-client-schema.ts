// The typed API client's schema (api-client/schema.d.ts) generated from the OpenAPI document the app
// serves: the app is built in-process on an in-memory database, no network. Used by
// `npm run gen:api-client` and by the drift test that fails when the committed file is stale.
import { createConfig } from '@redocly/openapi-core';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../sync-server/app';
import { loadConfig } from '../sync-server/config';
import { openDatabase } from '../sync-server/storage/database';

export const API_CLIENT_SCHEMA_PATH = 'api-client/schema.d.ts';

const HEADER = `// Generated from the service's OpenAPI document by \`npm run gen:api-client\`: do not edit by hand.\n`;

/** The OpenAPI document exactly as GET /docs/json serves it. */
export async function servedOpenApiDocument(): Promise<OpenAPI3> {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    const app = await buildApp({ db, config: loadConfig({}), workers: false });
    try {
      const res = await app.inject({ method: 'GET', url: '/docs/json' });
      if (res.statusCode !== 200) throw new Error(`GET /docs/json answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
      return res.json<OpenAPI3>();
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
  }
}

/** The TypeScript source of api-client/schema.d.ts for the current document. */
export async function generateApiClientSchema(): Promise<string> {
  const document = await servedOpenApiDocument();
  // openapi-typescript lints with the config given and throws on an error: Redocly's "minimal" rules
  // hold the structural checks of OpenAPI 3.1 (its own default config carries no rules at all).
  const ast = await openapiTS(document, { silent: true, redocly: await createConfig({ extends: ['minimal'] }) });
  return HEADER + astToString(ast);
}
