// Product pictures over HTTP on each engine (issue 10): upload, replace and remove through API v1
// and the back office, the type told by the bytes (415 otherwise), the 2 MB limit (413), unknown and
// foreign products, the served picture (hash URL, ETag, immutable caching, CORS for tills),
// product.updated events and the tills' pull.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCT_IMAGE_MAX_BYTES } from '../core/product-image';
import { signIn } from '../sync-server/backoffice/test-fixtures';
import { OWNER_PASSWORD, seedTestBusiness } from '../sync-server/testing/test-business';
import { DEMO_BERLIN_ID, DEMO_BUSINESS_ID, demoId } from '../sync-server/demo/demo-seed';
import { createPairingCode } from '../sync-server/sync/test-sync-fixtures';
import { TEST_ENGINES } from '../sync-server/storage/test-database';
import { ALL_SCOPES, startApiKit, type ApiTestKit } from './api-test-kit';

const PUBLIC_URL = 'https://pos.example.com/shop';
// A real 1×1 PNG; the JPEG and WebP only need their magic numbers (the service never decodes pictures).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF tile picture')]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([16, 0, 0, 0]), Buffer.from('WEBPVP8 tile')]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00');
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const CROISSANT = demoId('prd', 'berlin:Butter-Croissant');
const CAPPUCCINO = demoId('prd', 'berlin:Cappuccino');
const MUFFIN = demoId('prd', 'new-york:Blueberry Muffin');

describe.each(TEST_ENGINES)('product images on %s', (engine) => {
  let kit: ApiTestKit;
  let key: string;

  beforeAll(async () => {
    kit = await startApiKit(engine, { POS_PUBLIC_URL: PUBLIC_URL });
    key = await kit.key(ALL_SCOPES);
  });
  afterAll(async () => kit?.close());

  const put = (id: string, body: Buffer | string, contentType = 'image/png', k = key) =>
    kit.call(k, { method: 'PUT', url: `/api/v1/products/${id}/image`, payload: body, headers: { 'content-type': contentType } });
  const del = (id: string, k = key) => kit.call(k, { method: 'DELETE', url: `/api/v1/products/${id}/image` });
  const fetchImage = (url: string, headers: Record<string, string> = {}) => kit.app.inject({ method: 'GET', url: url.slice(PUBLIC_URL.length), headers });
  async function updates(productId: string): Promise<Record<string, unknown>[]> {
    const { rows } = await kit.handle.db.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM events WHERE business_id = $1 AND type = 'product.updated' AND data->'object'->>'id' = $2 ORDER BY seq`,
      [DEMO_BUSINESS_ID, productId],
    );
    return rows.map((r) => r.data);
  }

  it('uploads, serves, replaces and removes a picture, with product.updated each time it changes', async () => {
    const first = await put(CROISSANT, PNG);
    expect(first.statusCode, first.body).toBe(200);
    const url = first.json().image_url as string;
    expect(url).toBe(`${PUBLIC_URL}/images/products/${CROISSANT}/${sha(PNG)}.png`);
    expect((await kit.call(key, { method: 'GET', url: `/api/v1/products/${CROISSANT}` })).json().image_url).toBe(url);
    const listed = (await kit.call(key, { method: 'GET', url: `/api/v1/products?location_id=${DEMO_BERLIN_ID}&limit=100` })).json().data as {
      id: string;
      image_url: string | null;
    }[];
    expect(listed.find((p) => p.id === CROISSANT)?.image_url).toBe(url);
    expect(listed.find((p) => p.id === CAPPUCCINO)?.image_url).toBeNull();
    expect(await updates(CROISSANT)).toEqual([{ object: first.json(), previous_attributes: { image_url: null } }]);

    const served = await fetchImage(url);
    expect(served.statusCode).toBe(200);
    expect(served.rawPayload.equals(PNG)).toBe(true);
    expect(served.headers).toMatchObject({
      'content-type': 'image/png',
      etag: `"${sha(PNG)}"`,
      'cache-control': 'public, max-age=31536000, immutable',
      'access-control-allow-origin': '*',
      'x-content-type-options': 'nosniff',
    });
    const revalidated = await fetchImage(url, { 'if-none-match': `"${sha(PNG)}"` });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.body).toBe('');

    // The same picture again changes nothing and emits nothing.
    expect((await put(CROISSANT, PNG)).json().image_url).toBe(url);
    expect(await updates(CROISSANT)).toHaveLength(1);

    // A JPEG labelled image/png is stored as the JPEG it is; the old URL is gone.
    const replaced = await put(CROISSANT, JPEG, 'image/png');
    expect(replaced.statusCode, replaced.body).toBe(200);
    const jpegUrl = replaced.json().image_url as string;
    expect(jpegUrl).toBe(`${PUBLIC_URL}/images/products/${CROISSANT}/${sha(JPEG)}.jpg`);
    expect((await fetchImage(jpegUrl)).headers['content-type']).toBe('image/jpeg');
    expect((await fetchImage(url)).statusCode).toBe(404);
    expect((await updates(CROISSANT))[1]).toEqual({ object: replaced.json(), previous_attributes: { image_url: url } });

    // WebP sent without any Content-Type.
    const webp = await kit.call(key, { method: 'PUT', url: `/api/v1/products/${CROISSANT}/image`, payload: WEBP });
    expect(webp.statusCode, webp.body).toBe(200);
    expect(webp.json().image_url).toMatch(/\.webp$/);

    const removed = await del(CROISSANT);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().image_url).toBeNull();
    expect((await fetchImage(webp.json().image_url)).statusCode).toBe(404);
    expect((await updates(CROISSANT)).at(-1)).toEqual({ object: removed.json(), previous_attributes: { image_url: webp.json().image_url } });
    const count = (await updates(CROISSANT)).length;
    expect((await del(CROISSANT)).json().image_url).toBeNull();
    expect(await updates(CROISSANT)).toHaveLength(count);
    // DELETE is a write like any other: it needs an Idempotency-Key.
    expect((await kit.call(key, { method: 'DELETE', url: `/api/v1/products/${CROISSANT}/image`, idempotencyKey: null })).json().error.code).toBe(
      'idempotency_key_required',
    );
  });

  it('refuses what is not a PNG, JPEG or WebP (415), an empty body (400) and a picture over 2 MB (413)', async () => {
    for (const [body, type] of [
      [GIF, 'image/png'],
      ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/svg+xml'],
      [JSON.stringify({ image: 'x' }), 'application/json'],
      ['hello', 'text/plain'],
    ] as const) {
      const res = await put(CAPPUCCINO, body, type);
      expect(res.statusCode, `${type}: ${res.body}`).toBe(415);
      expect(res.json().error).toMatchObject({ type: 'invalid_request', code: 'unsupported_image_type' });
    }
    const empty = await kit.call(key, { method: 'PUT', url: `/api/v1/products/${CAPPUCCINO}/image` });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('body_missing');

    const huge = Buffer.concat([PNG, Buffer.alloc(PRODUCT_IMAGE_MAX_BYTES + 1 - PNG.length)]);
    const tooLarge = await put(CAPPUCCINO, huge);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error).toMatchObject({ code: 'image_too_large', message: expect.stringContaining('2 MB') });
    const justFits = await put(CAPPUCCINO, huge.subarray(0, PRODUCT_IMAGE_MAX_BYTES));
    expect(justFits.statusCode, justFits.body).toBe(200);
    expect((await fetchImage(justFits.json().image_url)).rawPayload.length).toBe(PRODUCT_IMAGE_MAX_BYTES);
    expect((await del(CAPPUCCINO)).statusCode).toBe(200);
    expect((await kit.call(key, { method: 'GET', url: `/api/v1/products/${CAPPUCCINO}` })).json().image_url).toBeNull();
  });

  it("404 for an unknown or another business's product, 403 without the scope or the location", async () => {
    expect((await put('prd_unknown', PNG)).json().error).toMatchObject({ type: 'not_found', code: 'resource_missing' });
    expect((await del('prd_unknown')).statusCode).toBe(404);
    const other = await seedTestBusiness(kit.handle.db, 'Other Café');
    const otherKey = await kit.key(ALL_SCOPES, 'all', other.businessId);
    expect((await put(CROISSANT, PNG, 'image/png', otherKey)).statusCode).toBe(404);
    expect((await del(CROISSANT, otherKey)).statusCode).toBe(404);
    const berlinOnly = await kit.key(ALL_SCOPES, [DEMO_BERLIN_ID]);
    expect((await put(MUFFIN, PNG, 'image/png', berlinOnly)).json().error.code).toBe('location_forbidden');
    const readOnly = await kit.key(['products:read']);
    expect((await put(CROISSANT, PNG, 'image/png', readOnly)).json().error.code).toBe('scope_missing');
    expect((await put(CROISSANT, PNG, 'image/png', 'pos_live_nope')).statusCode).toBe(401);
    expect((await kit.call(key, { method: 'GET', url: `/api/v1/products/${CROISSANT}` })).json().image_url).toBeNull();
    // Pictures of a deleted product and made-up URLs are not served.
    expect((await kit.app.inject({ method: 'GET', url: `/images/products/${CROISSANT}/${'0'.repeat(64)}.png` })).statusCode).toBe(404);
    expect((await kit.app.inject({ method: 'GET', url: `/images/products/${CROISSANT}/..%2F..%2Fetc%2Fpasswd` })).statusCode).toBe(404);
  });

  it('the back office uploads and removes with the same checks, and a till pulls the new image_url', async () => {
    const code = await createPairingCode(kit.handle.db, { businessId: DEMO_BUSINESS_ID, locationId: DEMO_BERLIN_ID });
    const paired = (await kit.app.inject({ method: 'POST', url: '/sync/v1/pair', payload: { code, device_name: 'Till' } })).json();
    const pull = async (cursor?: string) =>
      (
        await kit.app.inject({
          method: 'GET',
          url: `/sync/v1/pull${cursor ? `?cursor=${cursor}` : ''}`,
          headers: { authorization: `Bearer ${paired.device_token}` },
        })
      ).json();
    let page = await pull();
    while (page.has_more) page = await pull(page.next_cursor);
    expect(page.products.upserted.find((p: { id: string }) => p.id === CAPPUCCINO)).toMatchObject({ image_url: null });

    const owner = await signIn(kit.app, 'owner@demo.anywhere-pos.test', 'demo-owner-2026');
    const bo = (method: 'PUT' | 'DELETE', id: string, body?: Buffer, headers: Record<string, string> = owner.headers) =>
      kit.app.inject({
        method,
        url: `/backoffice/api/products/${id}/image`,
        headers: { ...headers, 'content-type': 'image/webp' },
        ...(body ? { payload: body } : {}),
      });
    const uploaded = await bo('PUT', CAPPUCCINO, WEBP);
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    const url = `${PUBLIC_URL}/images/products/${CAPPUCCINO}/${sha(WEBP)}.webp`;
    expect(uploaded.json().image_url).toBe(url);
    expect((await updates(CAPPUCCINO)).at(-1)).toEqual({ object: uploaded.json(), previous_attributes: { image_url: null } });

    do page = await pull(page.next_cursor);
    while (page.has_more);
    expect(page.products.upserted).toEqual([expect.objectContaining({ id: CAPPUCCINO, image_url: url })]);

    expect((await bo('PUT', CAPPUCCINO, GIF)).json().error.code).toBe('unsupported_image_type');
    expect((await bo('PUT', CAPPUCCINO, Buffer.alloc(PRODUCT_IMAGE_MAX_BYTES + 1))).statusCode).toBe(413);
    expect((await bo('PUT', CAPPUCCINO, PNG, { cookie: owner.cookie })).json().error.code).toBe('csrf_token_invalid');
    expect((await bo('PUT', 'prd_unknown', PNG)).statusCode).toBe(404);
    const other = await seedTestBusiness(kit.handle.db, 'Elsewhere');
    const stranger = await signIn(kit.app, other.owner.email, OWNER_PASSWORD);
    expect((await bo('PUT', CAPPUCCINO, PNG, stranger.headers)).statusCode).toBe(404);
    expect((await bo('DELETE', CAPPUCCINO, undefined, stranger.headers)).statusCode).toBe(404);
    expect((await kit.app.inject({ method: 'DELETE', url: `/backoffice/api/products/${CAPPUCCINO}/image` })).statusCode).toBe(401);

    const removed = await bo('DELETE', CAPPUCCINO);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().image_url).toBeNull();
    do page = await pull(page.next_cursor);
    while (page.has_more);
    expect(page.products.upserted).toEqual([expect.objectContaining({ id: CAPPUCCINO, image_url: null })]);
  });
});
