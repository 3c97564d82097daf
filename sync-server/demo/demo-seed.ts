// Demo data (`demo seed`, `serve --demo`, `npm start`): one business with a Berlin café (EUR, VAT
// included, 19 %/7 %) and a New York shop (USD, 8.875 % sales tax added), ~40 products with
// categories, modifiers, barcodes and stock, staff with PINs and back-office logins. Ids are fixed,
// so docs/api.md can show real ids; seeding twice changes nothing.
import { createHash } from 'node:crypto';
import { hashPin } from '../../core/pin-hash';
import type { IdPrefix } from '../../core/ids';
import { hashPassword } from '../auth/passwords';
import type { Database, Queryable } from '../storage/database';
import type { TaxMode } from '../../core/schema-primitives';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A stable id for a demo row: the prefix, then "0" and 25 Crockford characters derived from `name`. */
export function demoId(prefix: IdPrefix, name: string): string {
  const digest = createHash('sha256').update(`anywhere-pos-demo:${prefix}:${name}`).digest();
  let body = '0';
  for (let i = 0; body.length < 26; i++) body += CROCKFORD[digest[i]! % 32];
  return `${prefix}_${body}`;
}

export const DEMO_BUSINESS_ID = demoId('biz', 'business');
export const DEMO_BERLIN_ID = demoId('loc', 'berlin');
export const DEMO_NEW_YORK_ID = demoId('loc', 'new-york');

export const DEMO_LOGINS = [
  { email: 'owner@demo.anywhere-pos.test', password: 'demo-owner-2026', role: 'owner' as const, name: 'Olivia Owner' },
  { email: 'manager@demo.anywhere-pos.test', password: 'demo-manager-2026', role: 'manager' as const, name: 'Max Manager' },
];

export const DEMO_STAFF = [
  { key: 'anna', name: 'Anna Schmidt', role: 'manager' as const, pin: '1234', location: 'berlin' },
  { key: 'ben', name: 'Ben Weber', role: 'cashier' as const, pin: '1111', location: 'berlin' },
  { key: 'carla', name: 'Carla Diaz', role: 'manager' as const, pin: '4321', location: 'new-york' },
  { key: 'dan', name: 'Dan Miller', role: 'cashier' as const, pin: '2222', location: 'new-york' },
];

/** EAN-13 with its check digit, from 12 digits. */
export function ean13(first12: string): string {
  const sum = [...first12].reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return first12 + String((10 - (sum % 10)) % 10);
}

interface DemoProduct {
  name: string;
  price: number;
  category: string;
  tax: string;
  groups?: string[];
  barcode?: string;
  stock?: [number, number];
  description?: string;
}

interface DemoLocation {
  key: string;
  id: string;
  name: string;
  address: Record<string, string>;
  timezone: string;
  currency: string;
  taxMode: TaxMode;
  header: string;
  footer: string;
  taxes: [string, string, number][];
  /** name and tile colour (`#rrggbb`, AA contrast with the till's dark ink: demo-seed.test.ts) */
  categories: [string, string][];
  groups: { key: string; name: string; min: number; max: number; modifiers: [string, number][] }[];
  products: DemoProduct[];
}

const LOCATIONS: DemoLocation[] = [
  {
    key: 'berlin',
    id: DEMO_BERLIN_ID,
    name: 'Kaffeebar Kreuzberg',
    address: { line1: 'Oranienstraße 12', city: 'Berlin', postal_code: '10999', country: 'DE' },
    timezone: 'Europe/Berlin',
    currency: 'EUR',
    taxMode: 'inclusive',
    header: 'Kaffeebar Kreuzberg\nOranienstraße 12, 10999 Berlin\nUSt-IdNr. DE123456789',
    footer: 'Danke und bis bald!',
    taxes: [
      ['standard', 'MwSt 19 %', 190_000],
      ['reduced', 'MwSt 7 %', 70_000],
    ],
    categories: [
      ['Kaffee', '#d9b99b'],
      ['Tee & Getränke', '#a8dcc5'],
      ['Backwaren', '#f6d488'],
      ['Frühstück & Lunch', '#f5b8a8'],
    ],
    groups: [
      {
        key: 'milk',
        name: 'Milch',
        min: 0,
        max: 1,
        modifiers: [
          ['Hafermilch', 40],
          ['Sojamilch', 40],
          ['Laktosefrei', 30],
        ],
      },
      {
        key: 'size',
        name: 'Größe',
        min: 1,
        max: 1,
        modifiers: [
          ['Normal', 0],
          ['Groß', 80],
        ],
      },
      {
        key: 'extras',
        name: 'Extras',
        min: 0,
        max: 3,
        modifiers: [
          ['Extra Shot', 50],
          ['Vanillesirup', 40],
          ['Karamellsirup', 40],
        ],
      },
    ],
    products: [
      { name: 'Espresso', price: 220, category: 'Kaffee', tax: 'standard', groups: ['extras'] },
      { name: 'Doppio', price: 290, category: 'Kaffee', tax: 'standard', groups: ['extras'] },
      { name: 'Americano', price: 290, category: 'Kaffee', tax: 'standard', groups: ['size', 'extras'] },
      { name: 'Cappuccino', price: 350, category: 'Kaffee', tax: 'standard', groups: ['size', 'milk', 'extras'] },
      { name: 'Latte Macchiato', price: 380, category: 'Kaffee', tax: 'standard', groups: ['size', 'milk', 'extras'] },
      { name: 'Flat White', price: 390, category: 'Kaffee', tax: 'standard', groups: ['milk', 'extras'] },
      { name: 'Heiße Schokolade', price: 360, category: 'Kaffee', tax: 'standard', groups: ['size', 'milk'] },
      { name: 'Chai Latte', price: 390, category: 'Tee & Getränke', tax: 'standard', groups: ['size', 'milk'] },
      { name: 'Schwarzer Tee', price: 260, category: 'Tee & Getränke', tax: 'standard' },
      { name: 'Grüner Tee', price: 260, category: 'Tee & Getränke', tax: 'standard' },
      { name: 'Frischer Minztee', price: 320, category: 'Tee & Getränke', tax: 'standard' },
      { name: 'Orangensaft 0,3 l', price: 350, category: 'Tee & Getränke', tax: 'standard', barcode: ean13('400638133393'), stock: [24, 6] },
      { name: 'Mineralwasser 0,5 l', price: 250, category: 'Tee & Getränke', tax: 'standard', barcode: ean13('400638133394'), stock: [48, 12] },
      { name: 'Zitronenlimonade', price: 380, category: 'Tee & Getränke', tax: 'standard', barcode: ean13('400638133395'), stock: [30, 8] },
      { name: 'Butter-Croissant', price: 190, category: 'Backwaren', tax: 'reduced', stock: [40, 10] },
      { name: 'Pain au Chocolat', price: 230, category: 'Backwaren', tax: 'reduced', stock: [30, 8] },
      { name: 'Zimtschnecke', price: 320, category: 'Backwaren', tax: 'reduced' },
      { name: 'Apfelstrudel', price: 390, category: 'Backwaren', tax: 'reduced' },
      { name: 'Käsekuchen', price: 420, category: 'Backwaren', tax: 'reduced' },
      { name: 'Avocado-Toast', price: 890, category: 'Frühstück & Lunch', tax: 'reduced' },
      { name: 'Schinken-Käse-Sandwich', price: 650, category: 'Frühstück & Lunch', tax: 'reduced' },
      { name: 'Granola Bowl', price: 690, category: 'Frühstück & Lunch', tax: 'reduced' },
      { name: 'Quiche Lorraine', price: 720, category: 'Frühstück & Lunch', tax: 'reduced' },
    ],
  },
  {
    key: 'new-york',
    id: DEMO_NEW_YORK_ID,
    name: 'Hudson Street Market',
    address: { line1: '212 Hudson St', city: 'New York', region: 'NY', postal_code: '10013', country: 'US' },
    timezone: 'America/New_York',
    currency: 'USD',
    taxMode: 'exclusive',
    header: 'Hudson Street Market\n212 Hudson St, New York, NY 10013',
    footer: 'Thank you! Come again.',
    taxes: [
      ['nyc', 'NYC sales tax 8.875%', 88_750],
      ['exempt', 'Tax exempt', 0],
    ],
    categories: [
      ['Coffee', '#d9b99b'],
      ['Grab & Go', '#a5d4ee'],
      ['Snacks', '#f6d488'],
      ['Merch', '#cfbdf0'],
    ],
    groups: [
      {
        key: 'milk',
        name: 'Milk',
        min: 0,
        max: 1,
        modifiers: [
          ['Whole milk', 0],
          ['Skim milk', 0],
          ['Oat milk', 75],
          ['Almond milk', 75],
        ],
      },
      {
        key: 'size',
        name: 'Size',
        min: 1,
        max: 1,
        modifiers: [
          ['Small', 0],
          ['Medium', 50],
          ['Large', 100],
        ],
      },
      {
        key: 'bagel',
        name: 'Bagel',
        min: 1,
        max: 1,
        modifiers: [
          ['Plain', 0],
          ['Everything', 0],
          ['Sesame', 0],
        ],
      },
      {
        key: 'addons',
        name: 'Add-ons',
        min: 0,
        max: 2,
        modifiers: [
          ['Add avocado', 150],
          ['Add bacon', 200],
        ],
      },
    ],
    products: [
      { name: 'Drip Coffee', price: 300, category: 'Coffee', tax: 'nyc', groups: ['size', 'milk'] },
      { name: 'Cold Brew', price: 450, category: 'Coffee', tax: 'nyc', groups: ['size', 'milk'] },
      { name: 'Iced Latte', price: 550, category: 'Coffee', tax: 'nyc', groups: ['size', 'milk'] },
      { name: 'Bagel with Cream Cheese', price: 475, category: 'Grab & Go', tax: 'nyc', groups: ['bagel'] },
      { name: 'Breakfast Sandwich', price: 795, category: 'Grab & Go', tax: 'nyc', groups: ['addons'] },
      { name: 'Turkey Club', price: 1195, category: 'Grab & Go', tax: 'nyc', groups: ['addons'] },
      { name: 'Caesar Salad', price: 1095, category: 'Grab & Go', tax: 'nyc', groups: ['addons'] },
      { name: 'Blueberry Muffin', price: 375, category: 'Snacks', tax: 'nyc' },
      { name: 'Chocolate Chip Cookie', price: 295, category: 'Snacks', tax: 'nyc' },
      { name: 'Kettle Potato Chips', price: 225, category: 'Snacks', tax: 'nyc', barcode: ean13('084114032174'), stock: [36, 10] },
      { name: 'Kombucha', price: 525, category: 'Snacks', tax: 'nyc', barcode: ean13('081234567801'), stock: [24, 6] },
      { name: 'Bottled Water', price: 250, category: 'Snacks', tax: 'nyc', barcode: ean13('081234567802'), stock: [48, 12] },
      { name: 'Granola Bar', price: 275, category: 'Snacks', tax: 'nyc', barcode: ean13('081234567803'), stock: [40, 10] },
      { name: 'Fruit Cup', price: 450, category: 'Snacks', tax: 'exempt' },
      { name: 'Coffee Beans 12 oz', price: 1650, category: 'Merch', tax: 'exempt', barcode: ean13('081234567804'), stock: [20, 5] },
      { name: 'Canvas Tote Bag', price: 1800, category: 'Merch', tax: 'nyc', barcode: ean13('081234567805'), stock: [15, 3] },
      { name: 'Travel Mug', price: 2400, category: 'Merch', tax: 'nyc', barcode: ean13('081234567806'), stock: [12, 3] },
    ],
  },
];

export interface DemoSeedResult {
  seeded: boolean;
  business_id: string;
  locations: { id: string; name: string; currency: string; tax_mode: string; products: number }[];
  sample_product_ids: Record<string, string>;
  staff: { name: string; role: string; pin: string; location_id: string }[];
  logins: { email: string; password: string; role: string }[];
}

export function demoSummary(seeded: boolean): DemoSeedResult {
  return {
    seeded,
    business_id: DEMO_BUSINESS_ID,
    locations: LOCATIONS.map((l) => ({ id: l.id, name: l.name, currency: l.currency, tax_mode: l.taxMode, products: l.products.length })),
    sample_product_ids: {
      'Berlin: Cappuccino': demoId('prd', 'berlin:Cappuccino'),
      'Berlin: Butter-Croissant': demoId('prd', 'berlin:Butter-Croissant'),
      'New York: Drip Coffee': demoId('prd', 'new-york:Drip Coffee'),
      'New York: Blueberry Muffin': demoId('prd', 'new-york:Blueberry Muffin'),
    },
    staff: DEMO_STAFF.map((s) => ({ name: s.name, role: s.role, pin: s.pin, location_id: demoId('loc', s.location) })),
    logins: DEMO_LOGINS.map(({ email, password, role }) => ({ email, password, role })),
  };
}

/** Seeds the demo business unless it exists. Returns what a new user needs (ids, PINs, logins). */
export async function seedDemo(db: Database): Promise<DemoSeedResult> {
  const existing = await db.query('SELECT 1 FROM businesses WHERE id = $1', [DEMO_BUSINESS_ID]);
  if (existing.rowCount > 0) return demoSummary(false);
  // Hash outside the transaction: PBKDF2/scrypt are slow on purpose.
  const pinHashes = new Map(await Promise.all(DEMO_STAFF.map(async (s) => [s.key, await hashPin(s.pin)] as const)));
  const passwordHashes = new Map(await Promise.all(DEMO_LOGINS.map(async (u) => [u.email, await hashPassword(u.password)] as const)));
  const seeded = await db.transaction(async (tx) => {
    const inserted = await tx.query(
      "INSERT INTO businesses (id, name, currency) VALUES ($1, 'Anywhere Demo Co.', 'EUR') ON CONFLICT (id) DO NOTHING RETURNING id",
      [DEMO_BUSINESS_ID],
    );
    if (inserted.rowCount === 0) return false; // another process seeded it meanwhile
    for (const location of LOCATIONS) await seedLocation(tx, location);
    for (const s of DEMO_STAFF) {
      await tx.query('INSERT INTO staff (id, business_id, location_id, name, role, pin_hash) VALUES ($1, $2, $3, $4, $5, $6)', [
        demoId('stf', s.key),
        DEMO_BUSINESS_ID,
        demoId('loc', s.location),
        s.name,
        s.role,
        pinHashes.get(s.key),
      ]);
    }
    for (const u of DEMO_LOGINS) {
      await tx.query('INSERT INTO users (id, business_id, email, name, role, password_hash) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING', [
        demoId('usr', u.email),
        DEMO_BUSINESS_ID,
        u.email,
        u.name,
        u.role,
        passwordHashes.get(u.email),
      ]);
    }
    return true;
  });
  return demoSummary(seeded);
}

async function seedLocation(tx: Queryable, l: DemoLocation): Promise<void> {
  await tx.query(
    // clock_timestamp(), not now(): the seed is one transaction, and Berlin must be the first location.
    `INSERT INTO locations (id, business_id, name, address, timezone, currency, tax_mode, receipt_header, receipt_footer, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, clock_timestamp())`,
    [l.id, DEMO_BUSINESS_ID, l.name, JSON.stringify(l.address), l.timezone, l.currency, l.taxMode, l.header, l.footer],
  );
  for (const [key, name, ppm] of l.taxes) {
    await tx.query('INSERT INTO tax_rates (id, business_id, location_id, name, rate_ppm) VALUES ($1, $2, $3, $4, $5)', [
      demoId('tax', `${l.key}:${key}`),
      DEMO_BUSINESS_ID,
      l.id,
      name,
      ppm,
    ]);
  }
  for (const [i, [name, color]] of l.categories.entries()) {
    await tx.query('INSERT INTO categories (id, business_id, location_id, name, color, sort_order) VALUES ($1, $2, $3, $4, $5, $6)', [
      demoId('cat', `${l.key}:${name}`),
      DEMO_BUSINESS_ID,
      l.id,
      name,
      color,
      i,
    ]);
  }
  for (const group of l.groups) {
    const groupId = demoId('mgr', `${l.key}:${group.key}`);
    await tx.query('INSERT INTO modifier_groups (id, business_id, location_id, name, min_select, max_select) VALUES ($1, $2, $3, $4, $5, $6)', [
      groupId,
      DEMO_BUSINESS_ID,
      l.id,
      group.name,
      group.min,
      group.max,
    ]);
    for (const [i, [name, delta]] of group.modifiers.entries()) {
      await tx.query('INSERT INTO modifiers (id, business_id, group_id, name, price_delta, sort_order) VALUES ($1, $2, $3, $4, $5, $6)', [
        demoId('mod', `${l.key}:${group.key}:${name}`),
        DEMO_BUSINESS_ID,
        groupId,
        name,
        delta,
        i,
      ]);
    }
  }
  for (const [i, p] of l.products.entries()) {
    const id = demoId('prd', `${l.key}:${p.name}`);
    await tx.query(
      `INSERT INTO products (id, business_id, location_id, category_id, tax_rate_id, name, description, price, sort_order, track_stock, stock_on_hand, low_stock_threshold)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        id,
        DEMO_BUSINESS_ID,
        l.id,
        demoId('cat', `${l.key}:${p.category}`),
        demoId('tax', `${l.key}:${p.tax}`),
        p.name,
        p.description ?? '',
        p.price,
        i,
        p.stock !== undefined,
        p.stock?.[0] ?? 0,
        p.stock?.[1] ?? null,
      ],
    );
    for (const [j, key] of (p.groups ?? []).entries()) {
      await tx.query('INSERT INTO product_modifier_groups (business_id, product_id, group_id, sort_order) VALUES ($1, $2, $3, $4)', [
        DEMO_BUSINESS_ID,
        id,
        demoId('mgr', `${l.key}:${key}`),
        j,
      ]);
    }
    if (p.barcode)
      await tx.query('INSERT INTO barcodes (business_id, location_id, code, product_id) VALUES ($1, $2, $3, $4)', [DEMO_BUSINESS_ID, l.id, p.barcode, id]);
  }
}
