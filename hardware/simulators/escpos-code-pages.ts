// Code page tables for the printer simulator's decoder, written out by hand so the decoder does not
// share an encoding library with the driver it checks (a shared bug would cancel out).

const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
const CP850_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0';
/** CP858 is CP850 with € in place of dotless i at 0xD5. */
const CP858_HIGH = CP850_HIGH.slice(0, 0x55) + '€' + CP850_HIGH.slice(0x56);

function tableFromHigh(high: string): string[] {
  const chars = [...high];
  if (chars.length !== 128) throw new Error(`code page table has ${chars.length} entries`);
  return chars;
}

function tableFromDecoder(label: string): string[] {
  const decoder = new TextDecoder(label);
  return Array.from({ length: 128 }, (_, i) => decoder.decode(Uint8Array.of(0x80 + i)));
}

/** ESC t n → upper-half table (0x80–0xFF). */
export const CODE_PAGES: Record<number, { name: string; high: string[] }> = {
  0: { name: 'PC437', high: tableFromHigh(CP437_HIGH) },
  2: { name: 'PC850', high: tableFromHigh(CP850_HIGH) },
  16: { name: 'WPC1252', high: tableFromDecoder('windows-1252') },
  19: { name: 'PC858', high: tableFromHigh(CP858_HIGH) },
  40: { name: 'ISO8859-15', high: tableFromDecoder('iso-8859-15') },
};

export function decodeByte(codePage: number, byte: number): string {
  if (byte < 0x80) return String.fromCharCode(byte);
  return CODE_PAGES[codePage]?.high[byte - 0x80] ?? '?';
}
