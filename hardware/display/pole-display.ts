// Customer pole display (Epson ESC/POS 2×20, serial): what to show for an item, a total, change or idle,
// and the bytes that put two lines on the glass.
import type { DisplayShowArgs, HardwareConfig } from '../../core/hardware-contract';
import { formatMoneyWithSymbol } from '../../core/receipt-layout';
import { err, ok, type Result } from '../../core/result';
import { openLink, parseDeviceUri } from '../device-link';
import { decodeByte } from '../simulators/escpos-code-pages';

export const DISPLAY_COLUMNS = 20;

function fit(left: string, right: string): string {
  const room = DISPLAY_COLUMNS - right.length - (right ? 1 : 0);
  const l = left.length > room ? left.slice(0, room) : left;
  return right ? l.padEnd(DISPLAY_COLUMNS - right.length) + right : l.slice(0, DISPLAY_COLUMNS);
}

const center = (s: string) => {
  const t = s.slice(0, DISPLAY_COLUMNS);
  return ' '.repeat(Math.floor((DISPLAY_COLUMNS - t.length) / 2)) + t;
};

/** The two lines (each at most 20 characters) for what the till wants to show. */
export function displayLines(args: DisplayShowArgs, idleMessage: string): [string, string] {
  switch (args.kind) {
    case 'text':
      return [args.line1.slice(0, DISPLAY_COLUMNS), args.line2.slice(0, DISPLAY_COLUMNS)];
    case 'item':
      return [fit(args.name, formatMoneyWithSymbol(args.amount, args.currency)), fit('Total', formatMoneyWithSymbol(args.total, args.currency))];
    case 'total':
      return [fit('TOTAL', ''), formatMoneyWithSymbol(args.amount, args.currency).padStart(DISPLAY_COLUMNS)];
    case 'change':
      return [fit('Paid', formatMoneyWithSymbol(args.paid, args.currency)), fit('Change', formatMoneyWithSymbol(args.change, args.currency))];
    case 'idle':
      return [center(idleMessage), ''];
  }
}

/** PC858 encoding for the display (the same table the printer simulator decodes with). */
function encodePc858(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0x20 && code < 0x7f) {
      out.push(code);
      continue;
    }
    let found = 0x3f;
    for (let b = 0x80; b <= 0xff; b++) if (decodeByte(19, b) === ch) found = b;
    out.push(found);
  }
  return out;
}

/** ESC @, code page PC858, clear (FF), line 1, cursor to column 1 row 2 (US $ 1 2), line 2. */
export function displayBytes(lines: [string, string]): Uint8Array {
  return Uint8Array.from([0x1b, 0x40, 0x1b, 0x74, 19, 0x0c, ...encodePc858(lines[0]), 0x1f, 0x24, 1, 2, ...encodePc858(lines[1])]);
}

export async function showOnDisplay(settings: HardwareConfig['display'], args: DisplayShowArgs): Promise<Result<{ lines: [string, string] }>> {
  const uri = parseDeviceUri(settings.uri, { baud: 9600 });
  if (!uri.ok) return uri;
  if (uri.value.kind === 'file') return err('invalid_args', 'a pole display needs serial: (or tcp://)');
  const lines = displayLines(args, settings.idleMessage);
  const link = await openLink(uri.value);
  if (!link.ok) return link;
  try {
    const w = await link.value.write(displayBytes(lines));
    return w.ok ? ok({ lines }) : w;
  } finally {
    await link.value.close();
  }
}
