import { describe, expect, it } from 'vitest';
import { EMPTY_WEDGE, isWedgeChar, pushChar, scanCandidates, scanOnEnter, type WedgeState } from './scanner-wedge';

function type(text: string, start: number, gap: number, state: WedgeState = EMPTY_WEDGE): { state: WedgeState; end: number } {
  let s = state;
  let t = start;
  for (const char of text) {
    s = pushChar(s, { char, time: t });
    t += gap;
  }
  return { state: s, end: t - gap };
}

describe('scanner wedge burst detection', () => {
  it('reads a fast burst ending in Enter as a scan', () => {
    const { state, end } = type('4006381333931', 1000, 8);
    expect(scanOnEnter(state, end + 8)).toBe('4006381333931');
  });

  it('treats human typing (80 ms apart) as typing', () => {
    const { state, end } = type('4006381333931', 1000, 80);
    expect(scanOnEnter(state, end + 80)).toBeNull();
  });

  it('a slow gap in the middle starts a new burst; only the fast tail counts', () => {
    const first = type('12', 0, 100);
    const tail = type('98765432', first.end + 500, 5, first.state);
    expect(tail.state.strokes.map((s) => s.char).join('')).toBe('98765432');
    expect(scanOnEnter(tail.state, tail.end + 5)).toBe('98765432');
  });

  it('a late Enter after a fast burst is typing (someone typed then pressed Enter)', () => {
    const { state, end } = type('12345678', 0, 5);
    expect(scanOnEnter(state, end + 400)).toBeNull();
  });

  it('too short a burst is not a scan', () => {
    const { state, end } = type('12', 0, 5);
    expect(scanOnEnter(state, end + 5)).toBeNull();
    expect(scanOnEnter(EMPTY_WEDGE, 10)).toBeNull();
  });

  it('a clock going backwards resets the burst and never yields a scan from it', () => {
    const { state } = type('123456', 1000, 5);
    const back = pushChar(state, { char: '7', time: 10 });
    expect(back.strokes).toHaveLength(1);
    expect(scanOnEnter(state, 500)).toBeNull();
  });

  it('only single printable characters are buffered', () => {
    expect(isWedgeChar('a')).toBe(true);
    expect(isWedgeChar('7')).toBe(true);
    expect(isWedgeChar('Shift')).toBe(false);
    expect(isWedgeChar('Enter')).toBe(false);
    expect(isWedgeChar('\u0007')).toBe(false);
  });

  it('a slowly keyed code whose fast tail was taken for a scan is looked up whole first, then as the tail', () => {
    // 4006381333931 keyed slowly, the last five keys delivered together: the wedge sees "33931".
    const slow = type('40063813', 0, 90);
    const tail = type('33931', slow.end + 90, 5, slow.state);
    expect(scanOnEnter(tail.state, tail.end + 5)).toBe('33931');
    expect(scanCandidates('4006381333931', '33931')).toEqual(['4006381333931', '33931']);
    // A real scan after unrelated typing (or into an empty box) is the scanned code only.
    expect(scanCandidates('cola', '4006381333931')).toEqual(['4006381333931']);
    expect(scanCandidates(' 4006381333931 ', '4006381333931')).toEqual(['4006381333931']);
    expect(scanCandidates('', '4006381333931')).toEqual(['4006381333931']);
  });
});
