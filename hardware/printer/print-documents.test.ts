// Every printable document goes through the hardware service's `printer:print-document` channel to the
// ESC/POS printer simulator, which decodes the bytes back to what core's layout asked for.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_HARDWARE_CONFIG } from '../../core/hardware-contract';
import { layoutDocument } from '../../core/print-documents';
import { SAMPLE_DOCUMENTS } from '../../core/print-samples';
import { createHardwareService, dispatchHardware } from '../hardware-service';
import { PrinterSimulator } from '../simulators/printer-simulator';
import { toReceiptBlocks } from '../simulators/receipt-render';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function stack(width: 42 | 32) {
  const dir = await mkdtemp(join(tmpdir(), 'pos-printdoc-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const sim = new PrinterSimulator();
  const port = await sim.listenTcp(0);
  cleanups.push(() => sim.close());
  const svc = await createHardwareService({
    configFile: join(dir, 'hw.json'),
    journalFile: join(dir, 'j.json'),
    initialConfig: { ...DEFAULT_HARDWARE_CONFIG, printer: { ...DEFAULT_HARDWARE_CONFIG.printer, width, uri: `tcp://127.0.0.1:${port}` } },
  });
  cleanups.push(() => svc.close());
  return { sim, svc };
}

describe('printer:print-document', () => {
  it.each([42, 32] as const)('prints every document at %i columns; the simulator decodes each to its layout', async (width) => {
    const { sim, svc } = await stack(width);
    const docs = Object.values(SAMPLE_DOCUMENTS);
    for (const [i, document] of docs.entries()) {
      const r = await dispatchHardware(svc.api, 'printer:print-document', { document, openDrawer: document.kind === 'void' });
      expect(r).toMatchObject({ ok: true, value: { drawerOpened: document.kind === 'void' } });
      await sim.waitForReceipts(i + 1);
      expect(toReceiptBlocks(sim.receipts[i]!.blocks)).toEqual(layoutDocument(document, width));
    }
    expect(sim.problems).toEqual([]);
    expect(sim.drawerKicks).toHaveLength(1);
    const texts = sim.receipts.map((r) => r.text);
    expect(texts.find((t) => t.includes('ERSTATTUNG'))).toContain('Erstattet auf Karte');
    expect(texts.find((t) => t.includes('STORNO'))).toContain('STORNIERT');
    expect(texts.find((t) => t.includes('X-BERICHT'))).toContain('Soll-Bestand');
    expect(texts.find((t) => t.includes('Z-BERICHT'))).toContain('Differenz');
    expect(texts.find((t) => t.includes('KARTENBELEG'))).toContain('Unterschrift Kunde');
  });

  it('refuses a malformed document before anything reaches the printer', async () => {
    const { sim, svc } = await stack(42);
    const r = await dispatchHardware(svc.api, 'printer:print-document', { document: { kind: 'refund', refund: { orderNumber: 'A-1' } } });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    expect(sim.receipts).toEqual([]);
  });
});
