// The demo seed's categories carry tile colours the till can print its dark ink on at WCAG AA.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio, DARK_INK, MIN_TEXT_CONTRAST, tileColours } from '../../core/colour-contrast';
import { openTestDatabase, type TestDatabase } from '../storage/test-database';
import { DEMO_BUSINESS_ID, seedDemo } from './demo-seed';

describe('demo seed categories', () => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await openTestDatabase('pglite');
    await seedDemo(handle.db);
  });
  afterAll(() => handle.close());

  it('every category has a distinct #rrggbb colour per location whose tile text reaches AA', async () => {
    const { rows } = await handle.db.query<{ location_id: string; name: string; color: string | null }>(
      'SELECT location_id, name, color FROM categories WHERE business_id = $1 ORDER BY location_id, sort_order',
      [DEMO_BUSINESS_ID],
    );
    expect(rows.length).toBe(8);
    for (const row of rows) {
      expect(row.color, row.name).toMatch(/^#[0-9a-f]{6}$/);
      const pick = tileColours(row.color!);
      // The till's own ink, not the pure-black fallback for mid-tones.
      expect(pick.ink, row.name).toBe(DARK_INK);
      expect(contrastRatio(row.color!, DARK_INK), row.name).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    }
    for (const location of new Set(rows.map((r) => r.location_id))) {
      const colours = rows.filter((r) => r.location_id === location).map((r) => r.color);
      expect(new Set(colours).size).toBe(colours.length);
    }
  });
});
