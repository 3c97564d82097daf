// docs/webhooks.md must carry the integrator guide's snippets unchanged and list every event type.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../core/events/catalog';

const docs = readFileSync(new URL('../docs/webhooks.md', import.meta.url), 'utf8');
const pythonFixture = readFileSync(new URL('./fixtures/verify_anywhere.py', import.meta.url), 'utf8');
const nodeFixture = readFileSync(new URL('./fixtures/verify-anywhere.mjs', import.meta.url), 'utf8');

describe('docs/webhooks.md', () => {
  it('contains the Python snippet the tests run, verbatim', () => {
    const snippet = pythonFixture.slice(pythonFixture.indexOf('import hmac'), pythonFixture.indexOf('if __name__')).trim();
    expect(docs).toContain(snippet);
  });

  it('contains the Node.js snippet the tests run (with its TypeScript types)', () => {
    const body = nodeFixture.slice(nodeFixture.indexOf('  const m = header'), nodeFixture.lastIndexOf('}')).trim();
    expect(docs).toContain('export function verifyAnywhereSignature(rawBody: string, header: string, secret: string) {');
    expect(docs).toContain(body);
  });

  it('contains the rotation-aware verifier the tests run, verbatim', () => {
    const rotation = readFileSync(new URL('./fixtures/verify-anywhere-rotation.mjs', import.meta.url), 'utf8');
    expect(docs).toContain(rotation.slice(rotation.indexOf('import { createHmac')).trim());
  });

  it('lists every event type of the catalog', () => {
    for (const type of EVENT_TYPES) expect(docs).toContain(`| \`${type}\` |`);
  });
});
