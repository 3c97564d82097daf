// The committed typed client (api-client/schema.d.ts) is what `npm run gen:api-client` makes from the
// document the app serves today: a route or event changed without regenerating fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_CLIENT_SCHEMA_PATH, generateApiClientSchema } from '../scripts/api-client-schema';

describe('typed API client', () => {
  it('matches the served OpenAPI document', async () => {
    const committed = readFileSync(join(import.meta.dirname, '..', API_CLIENT_SCHEMA_PATH), 'utf8');
    const fresh = await generateApiClientSchema();
    if (fresh !== committed) {
      const lines = [committed.split('\n'), fresh.split('\n')] as const;
      const at = lines[0].findIndex((line, i) => line !== lines[1][i]);
      expect.fail(
        `${API_CLIENT_SCHEMA_PATH} is stale: the OpenAPI document changed. Run \`npm run gen:api-client\` and commit the result.\n` +
          `first difference at line ${at + 1}:\n  committed: ${lines[0][at] ?? '(end of file)'}\n  generated: ${lines[1][at] ?? '(end of file)'}`,
      );
    }
  }, 300_000);
});
