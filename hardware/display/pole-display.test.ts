import { afterEach, describe, expect, it } from 'vitest';
import { PoleDisplaySimulator } from '../simulators/pole-display-simulator';
import { createPtyPair } from '../testing/socat-pty';
import { displayLines, showOnDisplay } from './pole-display';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

describe('pole display', () => {
  it('lays out item, total, change and idle in 2×20', () => {
    expect(displayLines({ kind: 'item', name: 'Cappuccino mit Hafermilch', amount: 400, total: 1250, currency: 'EUR' }, '')).toEqual([
      'Cappuccino mit €4.00',
      'Total         €12.50',
    ]);
    expect(displayLines({ kind: 'total', amount: 1250, currency: 'EUR' }, '')).toEqual(['TOTAL', '              €12.50']);
    expect(displayLines({ kind: 'change', paid: 2000, change: 750, currency: 'GBP' }, '')).toEqual(['Paid          £20.00', 'Change         £7.50']);
    expect(displayLines({ kind: 'idle' }, 'Willkommen')).toEqual(['     Willkommen', '']);
    for (const l of displayLines({ kind: 'text', line1: 'x'.repeat(20), line2: 'ÄÖÜ' }, '')) expect(l.length).toBeLessThanOrEqual(20);
  });

  it('shows lines on the simulator over a pty, umlauts and € included', async () => {
    const pty = await createPtyPair();
    cleanups.push(() => pty.close());
    const seen: [string, string][] = [];
    const sim = new PoleDisplaySimulator((l) => seen.push(l));
    await sim.openSerial(pty.b);
    cleanups.push(() => sim.close());
    const settings = { uri: `serial:${pty.a}?baud=9600`, idleMessage: 'Grüß Gott' };
    expect(await showOnDisplay(settings, { kind: 'item', name: 'Käse', amount: 250, total: 250, currency: 'EUR' })).toEqual({
      ok: true,
      value: { lines: ['Käse           €2.50', 'Total          €2.50'] },
    });
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]).toEqual(['Käse           €2.50', 'Total          €2.50']);
    expect((await showOnDisplay(settings, { kind: 'idle' })).ok).toBe(true);
    await expect.poll(() => sim.lines()).toEqual(['     Grüß Gott', '']);
  });

  it('reports a missing display as an error value', async () => {
    expect(await showOnDisplay({ uri: '', idleMessage: '' }, { kind: 'idle' })).toMatchObject({ ok: false, error: { code: 'not_configured' } });
    expect(await showOnDisplay({ uri: 'serial:/nonexistent', idleMessage: '' }, { kind: 'idle' })).toMatchObject({
      ok: false,
      error: { code: 'device_unreachable' },
    });
  });
});
