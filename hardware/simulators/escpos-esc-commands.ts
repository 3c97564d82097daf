// The ESC command table of the printer simulator's ESC/POS decoder: print modes, bold, underline,
// alignment, code page, feeds, drawer kick and the commands that only need their arguments skipped.
// Unknown ESC commands are reported as problems.
import { CODE_PAGES } from './escpos-code-pages';
import { defaultStyle, type Align } from './escpos-blocks';
import { NEED_MORE, type CommandContext, type Step } from './escpos-command-context';

export function escCommand(ctx: CommandContext, pos: number): Step {
  if (!ctx.need(pos, 2)) return NEED_MORE;
  const c = ctx.at(pos + 1);
  const arg = (n: number): Step | null => (ctx.need(pos, 2 + n) ? null : NEED_MORE);
  const n1 = () => ctx.at(pos + 2);
  switch (c) {
    case 0x40: // ESC @ initialize: styles and code page back to power-on defaults
      ctx.flushLine();
      ctx.style = defaultStyle();
      ctx.codePage = 0;
      return pos + 2;
    case 0x21: {
      // ESC ! n print mode
      const w = arg(1);
      if (w) return w;
      const n = n1();
      ctx.style = { ...ctx.style, fontB: (n & 1) !== 0, bold: (n & 8) !== 0, height: n & 0x10 ? 2 : 1, width: n & 0x20 ? 2 : 1, underline: (n & 0x80) !== 0 };
      return pos + 3;
    }
    case 0x45: // ESC E n bold
    case 0x47: {
      // ESC G n double strike (prints as bold)
      const w = arg(1);
      if (w) return w;
      ctx.style = { ...ctx.style, bold: (n1() & 1) === 1 };
      return pos + 3;
    }
    case 0x2d: {
      const w = arg(1);
      if (w) return w;
      const n = n1();
      ctx.style = { ...ctx.style, underline: n === 1 || n === 2 || n === 49 || n === 50 };
      return pos + 3;
    }
    case 0x61: {
      const w = arg(1);
      if (w) return w;
      const n = n1();
      const align: Align | undefined = n === 0 || n === 48 ? 'left' : n === 1 || n === 49 ? 'center' : n === 2 || n === 50 ? 'right' : undefined;
      if (!align) ctx.problem(pos, 3, `ESC a with invalid alignment ${n}`);
      else ctx.style = { ...ctx.style, align };
      return pos + 3;
    }
    case 0x74: {
      const w = arg(1);
      if (w) return w;
      const n = n1();
      // The page is switched anyway: ASCII still prints, undecodable bytes show as ⟨xx⟩ markers.
      const page = CODE_PAGES[n];
      if (!page) ctx.problem(pos, 3, `ESC t selects unknown code page ${n}: bytes above 0x7F print as ⟨xx⟩`);
      else if (!page.high)
        ctx.problem(pos, 3, `ESC t selects code page ${n} (${page.name}), which the simulator cannot decode: bytes above 0x7F print as ⟨xx⟩`);
      ctx.codePage = n;
      return pos + 3;
    }
    case 0x64: {
      // ESC d n print and feed n lines
      const w = arg(1);
      if (w) return w;
      ctx.flushLine();
      ctx.emit({ type: 'feed', lines: n1() });
      return pos + 3;
    }
    case 0x4a: // ESC J n feed n dots
    case 0x4d: // ESC M n font
    case 0x33: // ESC 3 n line spacing
    case 0x20: // ESC SP n right-side character spacing
    case 0x52: // ESC R n international character set
    case 0x56: // ESC V n rotate 90°
    case 0x7b: // ESC { n upside down
    case 0x72: {
      // ESC r n print colour
      const w = arg(1);
      if (w) return w;
      if (c === 0x4d) ctx.style = { ...ctx.style, fontB: (n1() & 1) === 1 };
      if (c === 0x4a) ctx.flushLine();
      return pos + 3;
    }
    case 0x32: // ESC 2 default line spacing
      return pos + 2;
    case 0x24: {
      // ESC $ nL nH absolute position
      const w = arg(2);
      return w ?? pos + 4;
    }
    case 0x63: {
      // ESC c 3/4/5 n paper sensors / panel buttons
      const w = arg(2);
      if (w) return w;
      if (![0x33, 0x34, 0x35].includes(n1())) ctx.problem(pos, 4, `unknown ESC c ${n1()}`);
      return pos + 4;
    }
    case 0x70: {
      // ESC p m t1 t2 drawer kick (units of 2 ms)
      const w = arg(3);
      if (w) return w;
      const m = n1();
      ctx.emit({ type: 'drawer', pin: m === 1 || m === 49 ? 1 : 0, onMs: ctx.at(pos + 3) * 2, offMs: ctx.at(pos + 4) * 2 });
      return pos + 5;
    }
    case 0x42: {
      // ESC B n t buzzer (some Epson-compatible models)
      const w = arg(2);
      return w ?? pos + 4;
    }
    default:
      ctx.problem(pos, 2, `unknown command ESC 0x${c.toString(16).padStart(2, '0')}`);
      return pos + 2;
  }
}
