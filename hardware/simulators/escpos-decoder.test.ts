import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeEscPos, EscPosDecoder } from './escpos-decoder';

describe('ESC/POS decoder robustness', () => {
  it('never throws on arbitrary bytes and decodes the same however the stream is split (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.integer({ min: 1, max: 40 }), (bytes, chunk) => {
        const whole = decodeEscPos(bytes);
        const blocks: unknown[] = [];
        const problems: unknown[] = [];
        const d = new EscPosDecoder({ block: (b) => blocks.push(b), problem: (p) => problems.push(p) });
        for (let i = 0; i < bytes.length; i += chunk) d.push(bytes.slice(i, i + chunk));
        d.flushLine();
        expect(blocks).toEqual(whole.blocks);
        expect(problems).toEqual(whole.problems);
      }),
      { numRuns: 300 },
    );
  });

  it('decodes styles, alignment, sizes, feeds, raster images and real-time requests', () => {
    const bytes = Uint8Array.from([
      0x1b,
      0x40,
      0x1b,
      0x61,
      0x02,
      0x1d,
      0x21,
      0x11,
      0x1d,
      0x42,
      0x01,
      0x41,
      0x0a, // right, 2x2, inverted "A"
      0x1b,
      0x21,
      0x88,
      0x42,
      0x0a, // ESC ! bold + underline "B"
      0x1b,
      0x64,
      0x03, // feed 3
      0x1d,
      0x76,
      0x30,
      0x00,
      0x01,
      0x00,
      0x02,
      0x00,
      0xff,
      0x00, // 8x2 raster
      0x10,
      0x04,
      0x02,
      0x10,
      0x14,
      0x01,
      0x01,
      0x05, // DLE EOT 2, DLE DC4 pulse
      0x1b,
      0x74,
      0x63,
      0x80,
      0x0a, // unknown code page → problem, marker printed
      0x1d,
      0x56,
      0x42,
      0x03, // feed and partial cut
    ]);
    const d = decodeEscPos(bytes);
    expect(d.blocks).toEqual([
      { type: 'text', text: 'A', align: 'right', bold: false, underline: false, invert: true, width: 2, height: 2, fontB: false },
      { type: 'text', text: 'B', align: 'right', bold: true, underline: true, invert: true, width: 1, height: 1, fontB: false },
      { type: 'feed', lines: 3 },
      { type: 'image', width: 8, height: 2 },
      { type: 'drawer', pin: 1, onMs: 500, offMs: 500 },
      { type: 'text', text: '⟨80⟩', align: 'right', bold: true, underline: true, invert: true, width: 1, height: 1, fontB: false },
      { type: 'cut', partial: true },
    ]);
    expect(d.statusRequests).toEqual([{ kind: 'DLE EOT', n: 2 }]);
    expect(d.problems.map((p) => p.message)).toEqual(['ESC t selects unknown code page 99: bytes above 0x7F print as ⟨xx⟩']);
  });
});
