// The catalog the till layout test needs beyond the demo café: long single-word German product names,
// pictures on some tiles (real PNGs, generated here), goods sold by weight and a regular customer —
// created through the public API before the till is served, so its first pull brings them.
import { crc32, deflateSync } from 'node:zlib';
import { expect } from 'vitest';
import { createApiKey } from '../../../sync-server/auth/api-keys';
import { DEMO_BERLIN_ID, DEMO_BUSINESS_ID } from '../../../sync-server/demo/demo-seed';
import type { RunningServer } from '../../../sync-server/server';

/** Long single German words a café sells: none may break mid-word or be cut off on a tile. */
const LONG_WORDS = ['Rhabarberschorle', 'Himbeerjoghurt', 'Apfelschorle', 'Holunderblütensirup'];
/** Products that get a picture (a long name among them): their tiles must keep the layout too. */
export const WITH_PICTURES = ['Butter-Croissant', 'Zimtschnecke', 'Rhabarberschorle'];
const PICTURE_COLOURS: [number, number, number][] = [
  [181, 121, 67],
  [120, 72, 40],
  [214, 88, 96],
];

/** A width×height RGB PNG (a diagonal gradient of `rgb`), so the tiles show real decoded pictures. */
function gradientPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const shade = 0.55 + (0.45 * (x + y)) / (width + height);
      rows.set(
        rgb.map((c) => Math.round(c * shade)),
        y * (width * 3 + 1) + 1 + x * 3,
      );
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Long single-word German names, as a café's own catalog has them, and pictures on some tiles. */
export async function seedLongNamesAndPictures(server: RunningServer): Promise<void> {
  const { key } = await createApiKey(server.db, {
    businessId: DEMO_BUSINESS_ID,
    name: 'layout',
    scopes: ['products:write', 'customers:write'],
    locationIds: 'all',
  });
  const ref = await server.db.query<{ tax_rate_id: string; category_id: string }>(
    `SELECT tax_rate_id, category_id FROM products WHERE name = 'Zitronenlimonade' AND location_id = $1`,
    [DEMO_BERLIN_ID],
  );
  for (const [i, name] of LONG_WORDS.entries()) {
    const res = await fetch(`${server.url}/api/v1/products`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': `layout-${i}` },
      body: JSON.stringify({
        location_id: DEMO_BERLIN_ID,
        name,
        price: 390 + i * 10,
        tax_rate_id: ref.rows[0]!.tax_rate_id,
        category_id: ref.rows[0]!.category_id,
      }),
    });
    expect(res.status).toBe(201);
  }
  for (const [i, name] of WITH_PICTURES.entries()) {
    const product = await server.db.query<{ id: string }>('SELECT id FROM products WHERE name = $1 AND location_id = $2', [name, DEMO_BERLIN_ID]);
    const res = await fetch(`${server.url}/api/v1/products/${product.rows[0]!.id}/image`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'image/png' },
      body: new Uint8Array(gradientPng(96, 72, PICTURE_COLOURS[i]!)),
    });
    expect(res.status).toBe(200);
  }
  // Goods sold by weight, and a regular customer to put on a sale.
  const weighed = await fetch(`${server.url}/api/v1/products`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': 'layout-olives' },
    body: JSON.stringify({
      location_id: DEMO_BERLIN_ID,
      name: 'Oliven lose',
      price: 1290,
      tax_rate_id: ref.rows[0]!.tax_rate_id,
      sold_by_weight: true,
      tare_grams: 15,
    }),
  });
  expect(weighed.status).toBe(201);
  const customer = await fetch(`${server.url}/api/v1/customers`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': 'layout-customer' },
    body: JSON.stringify({ name: 'Lena Hoffmann', phone: '+49 30 5550 1234' }),
  });
  expect(customer.status).toBe(201);
}
