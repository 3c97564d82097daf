import { describe, expect, it } from 'vitest';
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import { CODE_PAGES, decodeByte } from './escpos-code-pages';
import { decodeEscPos } from './escpos-decoder';

/** The second, independent encoder (its own code-page tables), set up for Epson's ESC t numbering. */
const encoder = () => new ReceiptPrinterEncoder({ language: 'esc-pos', codepageMapping: 'epson' });

const texts = (bytes: Uint8Array) =>
  decodeEscPos(bytes)
    .blocks.filter((b) => b.type === 'text')
    .map((b) => (b as { text: string }).text);

/** A line per page that only that page (among the common ones) can print; the encoder names the page. */
const SAMPLES: { n: number; page: Parameters<ReceiptPrinterEncoder['codepage']>[0]; text: string }[] = [
  { n: 0, page: 'cp437', text: 'Ç ü é ½ ░ ¥ ₧ α ß Σ' },
  { n: 1, page: 'epson/katakana', text: 'ｱｲｳｴｵ ｶﾞ ｰ ｡' },
  { n: 2, page: 'cp850', text: 'Ø ø Á Â À ã Ã ð Ð Ê' },
  { n: 3, page: 'cp860', text: 'ã õ Ã Õ Ê Ì Ò' },
  { n: 4, page: 'cp863', text: 'Â à Ê È ¤ Ï Û' },
  { n: 5, page: 'cp865', text: 'Ø ø ¤ Æ æ Å' },
  { n: 11, page: 'cp851', text: 'Ά Έ Ή αβγ ΘΙΚ' },
  { n: 12, page: 'cp853', text: 'ĉ Ĉ ğ Ğ ĥ Ĥ ŝ ż' },
  { n: 13, page: 'cp857', text: 'ı İ ş Ş ğ Ğ € ä' },
  { n: 14, page: 'cp737', text: 'Α Β Γ Δ αβγ ω' },
  { n: 15, page: 'iso8859-7', text: 'Ωμέγα ΆΈΉ' },
  { n: 16, page: 'windows1252', text: '€ „ … ‰ Š Ž œ' },
  { n: 17, page: 'cp866', text: 'Привет мир Ё ё' },
  { n: 18, page: 'cp852', text: 'Ł Ą Ś Ź ł ą ś ź č ř' },
  { n: 19, page: 'cp858', text: '€ ä ö ü ß é ñ £' },
];

describe('printer simulator decodes every code page of the Epson table (TM-T88 / TM-T20)', () => {
  it.each(SAMPLES)('ESC t $n ($page) as encoded by @point-of-sale/receipt-printer-encoder', ({ n, page, text }) => {
    const bytes = encoder().initialize().codepage(page).line(text).encode();
    // The encoder really selected page n (not some fallback).
    expect(Buffer.from(bytes).toString('hex')).toContain(`1b74${n.toString(16).padStart(2, '0')}`);
    const decoded = decodeEscPos(bytes);
    expect(decoded.problems).toEqual([]);
    expect(texts(bytes)).toEqual([text]);
  });

  it('text mixing "ä" and "€" makes the encoder choose ESC t 13 (PC857); the simulator decodes it', () => {
    const bytes = encoder().initialize().codepage('auto').line('Grüße € ä').encode();
    expect(Buffer.from(bytes).toString('hex')).toContain('1b740d');
    const decoded = decodeEscPos(bytes);
    expect(decoded.problems).toEqual([]);
    expect(texts(bytes)).toEqual(['Grüße € ä']);
  });

  it('automatic page switching within one line (Greek, Cyrillic, Polish, katakana, Esperanto) decodes back', () => {
    const line = 'Ωμέγα Привет ŁĄ ｱｲ ĉ Ά ı € ä';
    const bytes = encoder().initialize().codepage('auto').line(line).encode();
    const decoded = decodeEscPos(bytes);
    expect(decoded.problems).toEqual([]);
    expect(texts(bytes)).toEqual([line]);
  });

  it('an unknown page shows high bytes as a marker and keeps the rest of the job', () => {
    const bytes = Uint8Array.from([
      0x1b,
      0x40,
      0x1b,
      0x74,
      0xfe,
      0x41,
      0xe4,
      0x42,
      0x0a, // unknown page 254: A ⟨E4⟩ B
      0x1b,
      0x74,
      0x13,
      0xd5,
      0x35,
      0x0a, // back to PC858: €5
      0x1d,
      0x56,
      0x00,
    ]);
    const d = decodeEscPos(bytes);
    expect(d.problems.map((p) => p.message)).toEqual(['ESC t selects unknown code page 254: bytes above 0x7F print as ⟨xx⟩']);
    expect(texts(bytes)).toEqual(['A⟨E4⟩B', '€5']);
    expect(d.blocks.at(-1)).toEqual({ type: 'cut', partial: false });
  });

  it('a Thai page is named in the problem, its ASCII prints, its upper half shows as markers', () => {
    const d = decodeEscPos(Uint8Array.from([0x1b, 0x74, 20, 0x54, 0xa1, 0x0a]));
    expect(d.problems.map((p) => p.message)).toEqual([
      'ESC t selects code page 20 (Thai 42), which the simulator cannot decode: bytes above 0x7F print as ⟨xx⟩',
    ]);
    expect(d.blocks[0]).toMatchObject({ text: 'T⟨A1⟩' });
  });

  it('every decodable page maps distinct bytes to distinct characters (a table cannot be off by one silently)', () => {
    for (const [n, page] of Object.entries(CODE_PAGES)) {
      if (!page.high) continue;
      const chars = page.high.filter((c): c is string => c !== null);
      expect(new Set(chars).size, `page ${n} ${page.name}`).toBe(chars.length);
      expect(chars.length, `page ${n} ${page.name}`).toBeGreaterThan(n === '1' ? 60 : 100);
    }
    expect(decodeByte(19, 0xd5)).toBe('€');
    expect(decodeByte(0, 0xd5)).toBe('╒');
    expect(decodeByte(1, 0xb1)).toBe('ｱ');
    expect(decodeByte(1, 0x80)).toBe('⟨80⟩');
  });
});
