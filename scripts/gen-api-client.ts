// `npm run gen:api-client`: rewrites api-client/schema.d.ts from the app's OpenAPI document. Run it
// after adding or changing an API route or an event type, and commit the result.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { API_CLIENT_SCHEMA_PATH, generateApiClientSchema } from './api-client-schema';

const target = join(import.meta.dirname, '..', API_CLIENT_SCHEMA_PATH);
const next = await generateApiClientSchema();
const previous = await readFile(target, 'utf8').catch(() => null);
if (previous === next) {
  console.log(`${API_CLIENT_SCHEMA_PATH} is up to date`);
} else {
  await writeFile(target, next);
  console.log(`wrote ${API_CLIENT_SCHEMA_PATH} (${next.length} bytes)`);
}
