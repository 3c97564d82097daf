// Renders decoded ESC/POS blocks as plain text (the simulator's stdout) and as an HTML page (its --out copies),
// and projects them onto core's ReceiptBlock model so tests compare against layoutReceipt().
import type { ReceiptBlock } from '../../core/receipt-layout';
import type { DecodedBlock } from './escpos-blocks';

export function blockToTextLines(block: DecodedBlock, width = 42): string[] {
  switch (block.type) {
    case 'text': {
      const w = Math.floor(width / Math.max(1, block.width));
      const t =
        block.align === 'center'
          ? ' '.repeat(Math.max(0, Math.floor((w - block.text.length) / 2))) + block.text
          : block.align === 'right'
            ? block.text.padStart(w)
            : block.text;
      return [t.trimEnd()];
    }
    case 'feed':
      return [];
    case 'barcode':
      return [`[barcode ${block.symbology} ${block.data}]`];
    case 'qr':
      return [`[qr ${block.data}]`];
    case 'image':
      return [`[image ${block.width}x${block.height}]`];
    case 'cut':
      return ['--- cut ---'];
    case 'drawer':
      return [`--- drawer ${block.pin} ---`];
  }
}

export function renderText(blocks: DecodedBlock[], width = 42): string {
  return blocks.flatMap((b) => blockToTextLines(b, width)).join('\n');
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderHtml(blocks: DecodedBlock[], width = 42, title = 'Receipt'): string {
  const body = blocks
    .map((b) => {
      if (b.type === 'text') {
        const style = [
          `text-align:${b.align}`,
          b.bold ? 'font-weight:bold' : '',
          b.underline ? 'text-decoration:underline' : '',
          b.invert ? 'background:#000;color:#fff' : '',
          b.width > 1 || b.height > 1 ? `transform:scale(${b.width},${b.height});transform-origin:${b.align} top;margin-bottom:${b.height - 1}em` : '',
        ]
          .filter(Boolean)
          .join(';');
        return `<div class="l" style="${style}">${escapeHtml(b.text) || '&nbsp;'}</div>`;
      }
      if (b.type === 'feed') return '<div class="l">&nbsp;</div>'.repeat(Math.min(b.lines, 10));
      if (b.type === 'cut') return '<hr class="cut">';
      return `<div class="l special">${escapeHtml(blockToTextLines(b, width).join(''))}</div>`;
    })
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>
body{background:#ddd}.paper{background:#fff;font:14px/1.3 monospace;width:${width}ch;margin:1em auto;padding:1em}
.l{min-height:1.3em;white-space:pre}.special{text-align:center;color:#555}.cut{border:0;border-top:2px dashed #888}
</style></head><body><div class="paper">
${body}
</div></body></html>\n`;
}

/** Decoded blocks → core's layout blocks (feeds and drawer kicks dropped, style reduced to what layout sets). */
export function toReceiptBlocks(blocks: DecodedBlock[]): ReceiptBlock[] {
  const out: ReceiptBlock[] = [];
  for (const b of blocks) {
    if (b.type === 'text') out.push({ type: 'text', text: b.text, align: b.align, bold: b.bold, double: b.width === 2 && b.height === 2 });
    else if (b.type === 'barcode') out.push({ type: 'barcode', data: b.data });
    else if (b.type === 'qr') out.push({ type: 'qr', data: b.data });
    else if (b.type === 'cut') out.push({ type: 'cut' });
  }
  return out;
}
