// The one business the cloud service's tests seed: two locations (Main Street, Harbour), an owner
// and a manager who can sign in to the back office, a tax rate, a category, two stocked products
// with barcodes and a cashier at Main Street. Every call makes a new business with fresh ids, so
// tests sharing a database never see each other's rows. (The demo seed, `demo/demo-seed.ts`, is
// the product's sample data; tests that exercise it use it, every other test uses this.)
import { newId } from '../../core/ids';
import { hashPassword } from '../auth/passwords';
import type { Queryable } from '../storage/database';

export const OWNER_PASSWORD = 'owner-pass-123';
export const MANAGER_PASSWORD = 'manager-pass-123';

export interface TestBusiness {
  businessId: string;
  /** Main Street, then Harbour (both EUR, tax-inclusive, Europe/Berlin). */
  locationIds: [string, string];
  /** Main Street, where the catalog and the cashier are (`locationIds[0]`). */
  locationId: string;
  /** Harbour, an empty second location (`locationIds[1]`). */
  otherLocationId: string;
  owner: { id: string; email: string };
  manager: { id: string; email: string };
  /** VAT 19 % at Main Street. */
  taxRateId: string;
  /** Coffee, at Main Street. */
  categoryId: string;
  /** Flat white (3.50) and Croissant (2.80), stock tracked with 1000 on hand. */
  productIds: [string, string];
  /** Casey, a cashier at Main Street (a PIN hash nobody can match). */
  staffId: string;
}

/** scrypt is slow on purpose: each password is hashed once per test process. */
const hashes = new Map<string, Promise<string>>();
function passwordHash(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) hashes.set(password, (hash = hashPassword(password)));
  return hash;
}

export async function seedTestBusiness(db: Queryable, name = 'Test Café'): Promise<TestBusiness> {
  const businessId = newId('biz');
  const locationIds: [string, string] = [newId('loc'), newId('loc')];
  const tag = businessId.slice(-8).toLowerCase();
  const b: TestBusiness = {
    businessId,
    locationIds,
    locationId: locationIds[0],
    otherLocationId: locationIds[1],
    owner: { id: newId('usr'), email: `owner-${tag}@example.com` },
    manager: { id: newId('usr'), email: `manager-${tag}@example.com` },
    taxRateId: newId('tax'),
    categoryId: newId('cat'),
    productIds: [newId('prd'), newId('prd')],
    staffId: newId('stf'),
  };
  await db.query('INSERT INTO businesses (id, name, currency) VALUES ($1, $2, $3)', [businessId, name, 'EUR']);
  for (const [id, name] of [
    [b.locationId, 'Main Street'],
    [b.otherLocationId, 'Harbour'],
  ] as const) {
    await db.query(`INSERT INTO locations (id, business_id, name, currency, tax_mode, timezone) VALUES ($1, $2, $3, 'EUR', 'inclusive', 'Europe/Berlin')`, [
      id,
      businessId,
      name,
    ]);
  }
  for (const [user, name, role, password] of [
    [b.owner, 'Olivia Owner', 'owner', OWNER_PASSWORD],
    [b.manager, 'Max Manager', 'manager', MANAGER_PASSWORD],
  ] as const) {
    await db.query(`INSERT INTO users (id, business_id, email, name, role, password_hash) VALUES ($1, $2, $3, $4, $5, $6)`, [
      user.id,
      businessId,
      user.email,
      name,
      role,
      await passwordHash(password),
    ]);
  }
  await db.query(`INSERT INTO tax_rates (id, business_id, location_id, name, rate_ppm) VALUES ($1, $2, $3, 'VAT 19%', 190000)`, [
    b.taxRateId,
    businessId,
    b.locationId,
  ]);
  await db.query(`INSERT INTO categories (id, business_id, location_id, name) VALUES ($1, $2, $3, 'Coffee')`, [b.categoryId, businessId, b.locationId]);
  for (const [i, id] of b.productIds.entries()) {
    await db.query(
      `INSERT INTO products (id, business_id, location_id, category_id, tax_rate_id, name, price, track_stock, stock_on_hand)
       VALUES ($1, $2, $3, $4, $5, $6, $7, true, 1000)`,
      [id, businessId, b.locationId, b.categoryId, b.taxRateId, i === 0 ? 'Flat white' : 'Croissant', i === 0 ? 350 : 280],
    );
  }
  // Barcodes are unique per location: the business's tag keeps two seeded businesses apart.
  for (const code of ['4006381333931', '0012345678905']) {
    await db.query('INSERT INTO barcodes (business_id, location_id, code, product_id) VALUES ($1, $2, $3, $4)', [
      businessId,
      b.locationId,
      `${code}${businessId.slice(-4)}`,
      b.productIds[0],
    ]);
  }
  await db.query(
    `INSERT INTO staff (id, business_id, location_id, name, role, pin_hash) VALUES ($1, $2, $3, 'Casey', 'cashier', 'pbkdf2$sha256$1$AA==$AA==')`,
    [b.staffId, businessId, b.locationId],
  );
  return b;
}
