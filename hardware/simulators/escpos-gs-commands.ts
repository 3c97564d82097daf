// The GS command table of the printer simulator's ESC/POS decoder: cuts, character size, inversion,
// status requests, raster images, 1D barcodes (GS k) and 2D symbols and graphics (GS ( k / GS ( L).
// Unknown GS commands are reported as problems.
import { BARCODE_A, BARCODE_B, code128Text } from './escpos-blocks';
import { NEED_MORE, type CommandContext, type Step } from './escpos-command-context';

export function gsCommand(ctx: CommandContext, pos: number): Step {
  if (!ctx.need(pos, 2)) return NEED_MORE;
  const c = ctx.at(pos + 1);
  const arg = (n: number): Step | null => (ctx.need(pos, 2 + n) ? null : NEED_MORE);
  switch (c) {
    case 0x56: {
      // GS V m [n] cut
      const w = arg(1);
      if (w) return w;
      const m = ctx.at(pos + 2);
      if ([0, 1, 48, 49].includes(m)) {
        ctx.flushLine();
        ctx.emit({ type: 'cut', partial: m === 1 || m === 49 });
        return pos + 3;
      }
      if ([65, 66, 97, 98, 103, 104].includes(m)) {
        const w2 = arg(2);
        if (w2) return w2;
        ctx.flushLine();
        ctx.emit({ type: 'cut', partial: m % 2 === 0 });
        return pos + 4;
      }
      ctx.problem(pos, 3, `GS V with invalid mode ${m}`);
      return pos + 3;
    }
    case 0x21: {
      const w = arg(1);
      if (w) return w;
      const n = ctx.at(pos + 2);
      ctx.style = { ...ctx.style, width: (n >> 4) + 1, height: (n & 0x0f) + 1 };
      return pos + 3;
    }
    case 0x42: {
      const w = arg(1);
      if (w) return w;
      ctx.style = { ...ctx.style, invert: (ctx.at(pos + 2) & 1) === 1 };
      return pos + 3;
    }
    case 0x48: // GS H HRI position
    case 0x66: // GS f HRI font
    case 0x77: // GS w barcode module width
    case 0x68: // GS h barcode height
    case 0x61: // GS a automatic status back
    case 0x62: {
      // GS b smoothing
      const w = arg(1);
      return w ?? pos + 3;
    }
    case 0x72: {
      // GS r n transmit status
      const w = arg(1);
      if (w) return w;
      ctx.status({ kind: 'GS r', n: ctx.at(pos + 2) });
      return pos + 3;
    }
    case 0x4c: // GS L nL nH left margin
    case 0x57: {
      // GS W nL nH printing area width
      const w = arg(2);
      return w ?? pos + 4;
    }
    case 0x6b:
      return barcodeCommand(ctx, pos);
    case 0x28:
      return gsParenCommand(ctx, pos);
    case 0x76: {
      // GS v 0 m xL xH yL yH d… raster bit image
      const w = arg(6);
      if (w) return w;
      if (ctx.at(pos + 2) !== 0x30) {
        ctx.problem(pos, 3, 'GS v without 0');
        return pos + 3;
      }
      const xBytes = ctx.at(pos + 4) + ctx.at(pos + 5) * 256;
      const y = ctx.at(pos + 6) + ctx.at(pos + 7) * 256;
      const total = 8 + xBytes * y;
      if (!ctx.need(pos, total)) return NEED_MORE;
      ctx.flushLine();
      ctx.emit({ type: 'image', width: xBytes * 8, height: y });
      return pos + total;
    }
    default:
      ctx.problem(pos, 2, `unknown command GS 0x${c.toString(16).padStart(2, '0')}`);
      return pos + 2;
  }
}

export function barcodeCommand(ctx: CommandContext, pos: number): Step {
  if (!ctx.need(pos, 3)) return NEED_MORE;
  const m = ctx.at(pos + 2);
  if (m <= 6) {
    let end = pos + 3;
    while (end < ctx.length && ctx.at(end) !== 0) end++;
    if (end >= ctx.length) return NEED_MORE;
    const data = ctx.slice(pos + 3, end);
    ctx.flushLine();
    ctx.emit({ type: 'barcode', symbology: BARCODE_A[m] ?? `type-${m}`, data: Buffer.from(data).toString('latin1') });
    return end + 1;
  }
  const symbology = BARCODE_B[m];
  if (!symbology) {
    ctx.problem(pos, 3, `GS k with unknown barcode system ${m}`);
    return pos + 3;
  }
  if (!ctx.need(pos, 4)) return NEED_MORE;
  const n = ctx.at(pos + 3);
  if (!ctx.need(pos, 4 + n)) return NEED_MORE;
  const raw = ctx.slice(pos + 4, pos + 4 + n);
  ctx.flushLine();
  const data = m === 73 || m === 74 ? code128Text(raw) : Buffer.from(raw).toString('latin1');
  ctx.emit({ type: 'barcode', symbology, data });
  return pos + 4 + n;
}

/** GS ( k — 2D symbols (QR, PDF417); GS ( L / GS 8 L graphics are reported as images. */
export function gsParenCommand(ctx: CommandContext, pos: number): Step {
  if (!ctx.need(pos, 5)) return NEED_MORE;
  const fn = ctx.at(pos + 2);
  const len = ctx.at(pos + 3) + ctx.at(pos + 4) * 256;
  const total = 5 + len;
  if (!ctx.need(pos, total)) return NEED_MORE;
  if (fn === 0x6b) {
    const cn = ctx.at(pos + 5);
    const f = ctx.at(pos + 6);
    if (cn === 49 && f === 80) ctx.qrData = ctx.slice(pos + 8, pos + total);
    else if (cn === 49 && f === 81) {
      ctx.flushLine();
      if (ctx.qrData) ctx.emit({ type: 'qr', data: new TextDecoder().decode(ctx.qrData) });
      else ctx.problem(pos, total, 'QR print without stored data');
      ctx.qrData = null;
    } else if (cn === 48 && f === 81) {
      ctx.flushLine();
      ctx.emit({ type: 'barcode', symbology: 'PDF417', data: '' });
    } else if (![48, 49, 50, 51].includes(cn)) ctx.problem(pos, Math.min(total, 8), `GS ( k with unknown symbol ${cn}`);
    return pos + total;
  }
  if (fn === 0x4c) {
    ctx.flushLine();
    ctx.emit({ type: 'image', width: 0, height: 0 });
    return pos + total;
  }
  if (fn === 0x41 || fn === 0x43 || fn === 0x45 || fn === 0x48 || fn === 0x4b) return pos + total; // test print, NV, user setup, response, print control
  ctx.problem(pos, Math.min(total, 8), `unknown command GS ( 0x${fn.toString(16)}`);
  return pos + total;
}
