import { describe, expect, it } from 'vitest';
import { parsePercent, percent } from './percent';

describe('tax rate percent', () => {
  it('parses what a manager types (comma or dot, up to 100) into parts per million', () => {
    expect(parsePercent('19')).toBe(190_000);
    expect(parsePercent('8,875')).toBe(88_750);
    expect(parsePercent('0')).toBe(0);
    expect(parsePercent('100')).toBe(1_000_000);
  });

  it('refuses empty, negative, over 100 and non-numbers', () => {
    for (const text of ['', ' ', '-1', '100.01', 'abc', '19%']) expect(parsePercent(text)).toBeNull();
  });

  it('shows parts per million as a percent with up to four decimals', () => {
    expect(percent(190_000)).toMatch(/^19 %$/);
    expect(percent(88_750)).toMatch(/^8[.,]875 %$/);
  });
});
