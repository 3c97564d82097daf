import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, DARK_INK, LIGHT_INK, MIN_TEXT_CONTRAST, parseHexColour, relativeLuminance, tileColours } from './colour-contrast';

describe('colour contrast (WCAG 2.x)', () => {
  it('parses #rrggbb and nothing else', () => {
    expect(parseHexColour('#1d4ED8')).toEqual([0x1d, 0x4e, 0xd8]);
    expect(parseHexColour(' #000000 ')).toEqual([0, 0, 0]);
    for (const bad of ['#fff', '1d4ed8', '#1d4ed8ff', 'red', '']) expect(parseHexColour(bad)).toBeNull();
    expect(() => relativeLuminance('red')).toThrow(RangeError);
  });

  it('matches the reference figures: black on white 21:1, and known pairs', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#1d4ed8', '#ffffff')).toBeCloseTo(6.7, 1);
  });

  it('picks white on dark and dark ink on light backgrounds', () => {
    expect(tileColours('#1D4ED8')).toMatchObject({ background: '#1d4ed8', ink: LIGHT_INK });
    expect(tileColours('#FDE68A').ink).toBe(DARK_INK);
    expect(tileColours('#ffffff').ink).toBe(DARK_INK);
    expect(tileColours('#000000').ink).toBe(LIGHT_INK);
    // A mid-tone where neither the dark ink (4.2:1) nor white reaches AA: pure black.
    expect(tileColours('#ec2850')).toMatchObject({ ink: '#000000' });
    expect(tileColours('#ec2850').contrast).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it('every background colour gets text of at least AA contrast', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const colour = `#${n.toString(16).padStart(6, '0')}`;
        const pick = tileColours(colour);
        expect(pick.contrast).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
        expect(pick.contrast).toBeCloseTo(contrastRatio(colour, pick.ink), 10);
      }),
      { numRuns: 2000 },
    );
  });
});
