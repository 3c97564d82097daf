// Settings changes at the till become one `settings.changed` outbox mutation each, valid for the cloud.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateMutation } from '../../core/sync/mutations';
import { hardwareChangeDetail, recordSettingsChange } from './settings-changes';
import { freshTillDb } from './test-till';
import type { TillDb } from './till-db';

let db: TillDb;
beforeEach(() => {
  db = freshTillDb();
});
afterEach(async () => {
  await db.delete();
});

describe('settings changes', () => {
  it('queues a settings.changed mutation with who changed and who approved, in outbox order', async () => {
    const first = await recordSettingsChange(db, {
      kind: 'hardware',
      detail: 'printer: tcp://10.0.0.5:9100',
      staffId: 'stf_01KAQ2ZV6W3X5GQF1TS8DMN4R7',
      approvedBy: 'stf_01KAQ2ZV6W3X5GQF1TS8DMN4R8',
    });
    await recordSettingsChange(db, { kind: 'pairing', detail: 'paired again', staffId: 'stf_01KAQ2ZV6W3X5GQF1TS8DMN4R8', approvedBy: null });
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((m) => [m.seq, m.type])).toEqual([
      [1, 'settings.changed'],
      [2, 'settings.changed'],
    ]);
    expect(outbox[0]!.payload).toEqual({ change: first });
    expect(first).toMatchObject({ kind: 'hardware', staff_id: 'stf_01KAQ2ZV6W3X5GQF1TS8DMN4R7', approved_by: 'stf_01KAQ2ZV6W3X5GQF1TS8DMN4R8' });
    for (const m of outbox) expect(validateMutation({ ...m, payload: m.payload }).ok).toBe(true);
  });

  it('says which devices a hardware save changed, with their address', () => {
    const before = { printer: { uri: 'tcp://10.0.0.5:9100', width: 42 }, scale: { uri: 'none', protocol: 'toledo' }, bridge: { url: 'http://a', token: 'x' } };
    expect(hardwareChangeDetail(before, before)).toBe('no change');
    expect(hardwareChangeDetail(before, { ...before, printer: { uri: 'tcp://10.0.0.9:9100', width: 42 }, bridge: { url: 'http://b', token: 'y' } })).toBe(
      'printer: tcp://10.0.0.9:9100, bridge: http://b',
    );
    expect(hardwareChangeDetail(null, { drawer: { enabled: true } })).toBe('drawer');
  });
});
