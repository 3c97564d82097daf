// The till's devices in Debian's Chromium against the real cloud service and the hardware dev stack:
// a weighed product read from a Dialog 06 scale simulator on a pty, and the device settings with a
// test button per device, saved with the approving manager and synced.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ScaleSimulator } from '../../hardware/simulators/scale-simulator';
import { createPtyPair } from '../../hardware/testing/socat-pty';
import { createApiKey } from '../../sync-server/auth/api-keys';
import { DEMO_BERLIN_ID, DEMO_BUSINESS_ID, ean13 } from '../../sync-server/demo/demo-seed';
import { docShot } from './helpers/screenshots';
import { managerApproves, scan, tillHasBarcode } from './helpers/till-input';
import { useTillStack } from './helpers/till-stack';

const OLIVES = ean13('290000000001'); // created by the weighing test, 12.90 €/kg

describe('till devices in Chromium: scale and device settings', { timeout: 60_000 }, () => {
  const stack = useTillStack({ name: 'devices' });
  let page: Page;

  beforeAll(async () => {
    page = stack.page;
    await stack.pair();
    await stack.signIn('1111', { float: '100.00' }); // Ben Weber, cashier
  }, 120_000);

  it('sells goods by weight: a scanned weighed product reads the Dialog 06 scale (pty), refuses bad readings, prices the weight once', async () => {
    const pty = await createPtyPair();
    const scale = new ScaleSimulator({ grams: 0, protocol: 'dialog06' });
    await scale.openSerial(pty.b);
    try {
      const rpc = async (channel: string, args: unknown) => {
        const res = await fetch(`${stack.hardware.bridgeUrl}/rpc/${channel}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${stack.hardware.bridgeToken}`, 'content-type': 'application/json' },
          body: JSON.stringify(args),
        });
        return (await res.json()) as { ok: boolean; value: Record<string, unknown> };
      };
      const config = await rpc('hardware:get-config', {});
      expect((await rpc('hardware:set-config', { ...config.value, scale: { uri: `serial:${pty.a}`, protocol: 'dialog06' } })).ok).toBe(true);
      const { key } = await createApiKey(stack.server.db, { businessId: DEMO_BUSINESS_ID, name: 'e2e-weigh', scopes: ['products:write'], locationIds: 'all' });
      const tax = await stack.server.db.query<{ id: string }>(`SELECT id FROM tax_rates WHERE location_id = $1 ORDER BY rate_ppm LIMIT 1`, [DEMO_BERLIN_ID]);
      const created = await fetch(`${stack.server.url}/api/v1/products`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': 'e2e-olives' },
        body: JSON.stringify({
          location_id: DEMO_BERLIN_ID,
          name: 'Oliven lose',
          price: 1290,
          tax_rate_id: tax.rows[0]!.id,
          sold_by_weight: true,
          tare_grams: 15,
          barcodes: [OLIVES],
        }),
      });
      expect(created.status).toBe(201);

      await page.keyboard.press('Escape');
      await page.getByTestId('sell-screen').waitFor();
      await stack.waitSynced();
      await expect.poll(() => tillHasBarcode(page, OLIVES), { timeout: 20_000 }).toBe(true);

      await scan(page, OLIVES);
      const dialog = page.getByTestId('weigh-dialog');
      await dialog.waitFor();
      // Nothing on the scale, then under zero: refused with a clear message, nothing can be added.
      await expect.poll(() => page.getByTestId('weigh-reading').textContent(), { timeout: 20_000 }).toBe('Nichts auf der Waage (oder nur das Gefäß).');
      expect(await page.getByTestId('weigh-add').isDisabled()).toBe(true);
      scale.grams = -20;
      await expect
        .poll(() => page.getByTestId('weigh-reading').textContent(), { timeout: 20_000 })
        .toBe('Die Waage ist überlastet oder unter null: leeren und nullstellen.');
      // 538 g with the 15 g container: 0.523 kg × 12.90 €/kg = 6.7467 → 6.75 €.
      scale.grams = 538;
      await expect.poll(() => page.getByTestId('weigh-reading').textContent(), { timeout: 20_000 }).toBe('0,523 kg × 12,90 €/kg = 6,75 €');
      expect([scale.unitPrice, scale.tareGrams]).toEqual([1290, 15]);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('line-weight').textContent()).toBe('0,523 kg × 12,90 €/kg');
      expect(await page.getByTestId('cart-total').textContent()).toBe('6,75 €');

      const receiptsBefore = stack.hardware.printer.receipts.length;
      await page.keyboard.press('Enter');
      await page.getByTestId('tender-screen').waitFor();
      await page.keyboard.press('F2');
      await page.getByTestId('receipt-screen').waitFor({ timeout: 20_000 });
      await stack.hardware.printer.waitForReceipts(receiptsBefore + 1);
      expect(
        stack.hardware.printer.receipts
          .slice(receiptsBefore)
          .map((r) => r.text)
          .join('\n'),
      ).toContain('0,523 kg × 12,90 €/kg');
      await page.keyboard.press('Enter');
      await page.getByTestId('sell-screen').waitFor();

      await stack.waitSynced();
      const lines = async () =>
        (
          await stack.server.db.query<{ quantity: number; unit_price: number; weight: unknown }>(
            `SELECT quantity, unit_price, weight FROM order_lines WHERE name = 'Oliven lose'`,
          )
        ).rows;
      await expect.poll(lines, { timeout: 20_000 }).toEqual([{ quantity: 1, unit_price: 675, weight: { net_grams: 523, tare_grams: 15, price_per_kg: 1290 } }]);
    } finally {
      await scale.close();
      await pty.close();
    }
  });

  it('settings: device configuration from the hardware layer and a test button per device', async () => {
    // Settings (and re-pairing) need a manager: Esc goes back to selling, Anna's PIN opens them.
    await page.keyboard.press('F10');
    await page.getByTestId('manager-approval').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('sell-screen').waitFor();
    await page.keyboard.press('F10');
    await managerApproves(page);
    await page.getByTestId('settings-screen').waitFor();
    await expect.poll(() => page.getByTestId('address-printer').inputValue()).toBe(stack.hardware.printerUri);
    await page.getByTestId('test-printer').click();
    await expect.poll(() => page.getByText(/^✓/).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.getByTestId('test-terminal').click();
    await expect.poll(() => page.getByText(/^✓/).count(), { timeout: 20_000 }).toBeGreaterThan(1);
    await page.evaluate(() => document.querySelector('.page')?.scrollTo(0, 0));
    await docShot(page, 'settings');
    // Saving the device settings is recorded with the manager who opened them, and synced.
    await page.getByTestId('save-devices').click();
    await page.getByTestId('notice-success').filter({ hasText: 'Geräteeinstellungen gespeichert' }).waitFor();
    await page.keyboard.press('Escape');
    await stack.waitSynced();
    const changes = async () =>
      (
        await stack.server.db.query<{ kind: string; by: string | null; approver: string | null }>(
          `SELECT c.kind, s.name AS by, a.name AS approver FROM till_settings_changes c LEFT JOIN staff s ON s.id = c.staff_id LEFT JOIN staff a ON a.id = c.approved_by`,
        )
      ).rows;
    await expect.poll(changes, { timeout: 20_000 }).toEqual([{ kind: 'hardware', by: 'Ben Weber', approver: 'Anna Schmidt' }]);
  });
});
