// Product tiles: the category colour with text of AA contrast, names measured by unbreakable runs.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { contrastRatio, MIN_TEXT_CONTRAST } from '../../../core/colour-contrast';
import { longestRunEm, ProductTile, unbreakableRuns } from './product-tile';

afterEach(cleanup);

const tile = () => document.querySelector<HTMLButtonElement>('.tile')!;

describe('product tile', () => {
  it('shows a category colour with text of at least AA contrast, white on dark and dark on light', async () => {
    for (const [colour, ink] of [
      ['#1d4ed8', '#ffffff'],
      ['#fde68a', '#111827'],
      ['#ec2850', '#000000'],
    ] as const) {
      const view = render(<ProductTile product={{ name: 'Cappuccino' }} color={colour} price="3,50 €" onPick={() => {}} />);
      expect(tile().style.getPropertyValue('--tile-bg')).toBe(colour);
      expect(tile().style.getPropertyValue('--tile-ink')).toBe(ink);
      expect(contrastRatio(colour, ink)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      expect(tile().classList.contains('coloured')).toBe(true);
      view.unmount();
    }
  });

  it('a product without a category colour is a plain tile; the full name is its title', async () => {
    render(<ProductTile product={{ name: 'Mineralwasser 0,5 l' }} color={null} price="2,50 €" onPick={() => {}} />);
    expect(tile().classList.contains('coloured')).toBe(false);
    expect(tile().style.getPropertyValue('--tile-ink')).toBe('');
    expect(tile().title).toBe('Mineralwasser 0,5 l');
  });

  it('sizes the name by its longest unbreakable run: spaces, hyphens and soft hyphens break, nothing else', () => {
    expect(unbreakableRuns('Schinken-Käse-Sandwich')).toEqual(['Schinken-', 'Käse-', 'Sandwich']);
    expect(unbreakableRuns('Holunder\u00adblütensirup 0,2 l')).toEqual(['Holunder', 'blütensirup', '0,2', 'l']);
    // Without a canvas (jsdom) 0.6 em per character, plus 4 % room.
    expect(longestRunEm('Mineralwasser 0,5 l')).toBeCloseTo(13 * 0.6 * 1.04, 2);
    expect(longestRunEm('Rhabarberschorle')).toBeGreaterThan(longestRunEm('Zimtschnecke'));
  });
});
