// Code pages of the Epson ESC t table (TM-T88 / TM-T20) for the printer and display simulators, decoded
// with iconv-lite; pages iconv-lite lacks or that Epson prints differently are completed here, and bytes
// nobody can decode become a visible marker instead of a wrong letter.
import iconv from 'iconv-lite';

/** What a byte that the selected page cannot decode prints as: its hex value, impossible to miss. */
export function unknownByteMarker(byte: number): string {
  return `⟨${byte.toString(16).toUpperCase().padStart(2, '0')}⟩`;
}

/**
 * CP851 (Greek) and CP853 (Turkish, Maltese, Esperanto) are not in iconv-lite. CP851 is glibc's table
 * (`iconv -f CP851`), CP853 GNU libiconv's (lib/cp853.h); U+FFFD = undefined byte.
 */
const CP851_HIGH =
  '\u00c7\u00fc\u00e9\u00e2\u00e4\u00e0\u0386\u00e7\u00ea\u00eb\u00e8\u00ef\u00ee\u0388\u00c4\u0389\u038a\ufffd\u038c\u00f4\u00f6\u038e\u00fb\u00f9\u038f\u00d6\u00dc\u03ac\u00a3\u03ad\u03ae\u03af' +
  '\u03ca\u0390\u03cc\u03cd\u0391\u0392\u0393\u0394\u0395\u0396\u0397\u00bd\u0398\u0399\u00ab\u00bb\u2591\u2592\u2593\u2502\u2524\u039a\u039b\u039d\u039c\u2563\u2551\u2557\u255d\u039e\u039f\u2510' +
  '\u2514\u2534\u252c\u251c\u2500\u253c\u03a0\u03a1\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u03a3\u03a4\u03a5\u03a6\u03a7\u03a8\u03a9\u03b1\u03b2\u03b3\u2518\u250c\u2588\u2584\u03b4\u03b5\u2580' +
  '\u03b6\u03b7\u03b8\u03b9\u03ba\u03bb\u03bc\u03bd\u03be\u03bf\u03c0\u03c1\u03c3\u03c2\u03c4\u00b4\u00ad\u00b1\u03c5\u03c6\u03c7\u00a7\u03c8\u02db\u00b0\u00a8\u03c9\u03cb\u03b0\u03ce\u25a0\u00a0';
const CP853_HIGH =
  '\u00c7\u00fc\u00e9\u00e2\u00e4\u00e0\u0109\u00e7\u00ea\u00eb\u00e8\u00ef\u00ee\u00ec\u00c4\u0108\u00c9\u010b\u010a\u00f4\u00f6\u00f2\u00fb\u00f9\u0130\u00d6\u00dc\u011d\u00a3\u011c\u00d7\u0135' +
  '\u00e1\u00ed\u00f3\u00fa\u00f1\u00d1\u011e\u011f\u0124\u0125\ufffd\u00bd\u0134\u015f\u00ab\u00bb\u2591\u2592\u2593\u2502\u2524\u00c1\u00c2\u00c0\u015e\u2563\u2551\u2557\u255d\u017b\u017c\u2510' +
  '\u2514\u2534\u252c\u251c\u2500\u253c\u015c\u015d\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u00a4\ufffd\ufffd\u00ca\u00cb\u00c8\u0131\u00cd\u00ce\u00cf\u2518\u250c\u2588\u2584\ufffd\u00cc\u2580' +
  '\u00d3\u00df\u00d4\u00d2\u0120\u0121\u00b5\u0126\u0127\u00da\u00db\u00d9\u016c\u016d\ufffd\u00b4\u00ad\ufffd\u2113\u0149\u02d8\u00a7\u00f7\u00b8\u00b0\u00a8\u02d9\ufffd\u00b3\u00b2\u25a0\u00a0';

type Source =
  | { iconv: string; overrides?: Record<number, string> }
  | { table: string }
  /** Only these bytes decode (by iconv-lite); the rest are the printer's own graphics → marker. */
  | { iconv: string; only: [number, number] };

/** The ESC t n table of the TM-T88V/VI and TM-T20II/III (Epson ESC/POS reference, "Select character code table"). */
const EPSON_TABLE: Record<number, { name: string; source: Source | null }> = {
  0: { name: 'PC437', source: { iconv: 'cp437' } },
  // Half-width katakana (JIS X 0201) at A1–DF; Epson's block graphics around them are in no library.
  1: { name: 'Katakana', source: { iconv: 'shiftjis', only: [0xa1, 0xdf] } },
  2: { name: 'PC850', source: { iconv: 'cp850' } },
  3: { name: 'PC860', source: { iconv: 'cp860' } },
  4: { name: 'PC863', source: { iconv: 'cp863' } },
  5: { name: 'PC865', source: { iconv: 'cp865' } },
  11: { name: 'PC851', source: { table: CP851_HIGH } },
  12: { name: 'PC853', source: { table: CP853_HIGH } },
  // Epson's PC857 carries € at D5 (IBM left it undefined); encoders pick page 13 for text mixing "ä" and "€".
  13: { name: 'PC857', source: { iconv: 'cp857', overrides: { 0xd5: '€' } } },
  14: { name: 'PC737', source: { iconv: 'cp737' } },
  15: { name: 'ISO8859-7', source: { iconv: 'iso88597' } },
  16: { name: 'WPC1252', source: { iconv: 'windows1252' } },
  17: { name: 'PC866', source: { iconv: 'cp866' } },
  18: { name: 'PC852', source: { iconv: 'cp852' } },
  19: { name: 'PC858', source: { iconv: 'cp858' } },
  // Epson's Thai pages place vowels and tone marks for its three-pass printing; no code-page library has
  // them, so the simulator prints their upper half as markers (the job itself goes on).
  20: { name: 'Thai 42', source: null },
  21: { name: 'Thai 11', source: null },
  26: { name: 'Thai 18', source: null },
  40: { name: 'ISO8859-15', source: { iconv: 'iso885915' } },
};

function buildHigh(source: Source): (string | null)[] {
  if ('table' in source) {
    const chars = [...source.table];
    if (chars.length !== 128) throw new Error(`code page table has ${chars.length} entries`);
    return chars.map((c) => (c === '\ufffd' ? null : c));
  }
  return Array.from({ length: 128 }, (_, i) => {
    const byte = 0x80 + i;
    if ('only' in source && (byte < source.only[0] || byte > source.only[1])) return null;
    const override = 'overrides' in source ? source.overrides?.[byte] : undefined;
    if (override !== undefined) return override;
    const ch = iconv.decode(Buffer.of(byte), source.iconv);
    return ch === '\ufffd' || ch.length !== 1 ? null : ch;
  });
}

export interface CodePage {
  name: string;
  /** Upper half (0x80–0xFF); null = the simulator cannot tell what the printer prints there. */
  high: (string | null)[] | null;
}

/** ESC t n → its upper half (null when the page is known but not decodable, e.g. Thai). */
export const CODE_PAGES: Record<number, CodePage> = Object.fromEntries(
  Object.entries(EPSON_TABLE).map(([n, { name, source }]) => [n, { name, high: source ? buildHigh(source) : null }]),
);

/** A byte as printed on page `codePage`; bytes below 0x80 are ASCII on every page. */
export function decodeByte(codePage: number, byte: number): string {
  if (byte < 0x80) return String.fromCharCode(byte);
  return CODE_PAGES[codePage]?.high?.[byte - 0x80] ?? unknownByteMarker(byte);
}
