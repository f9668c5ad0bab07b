import { describe, expect, it } from 'vitest';
import { formatRatio, kB, median, medianOfRuns, ms, ratio, table } from './figures.ts';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([1200, 900, 1000])).toBe(1000);
  });

  it('takes the mean of the middle two of an even count', () => {
    expect(median([10, 40, 20, 30])).toBe(25);
  });

  it('leaves out runs that gave no number, and is NaN with none left', () => {
    expect(median([Number.NaN, 5, 7, 9])).toBe(7);
    expect(median([])).toBeNaN();
  });
});

describe('medianOfRuns', () => {
  it('takes each figure’s median on its own, so one slow run moves none of them', () => {
    const runs = [
      { lcp: 950, tbt: 40 },
      { lcp: 2900, tbt: 0 },
      { lcp: 1000, tbt: 10 },
    ];
    expect(medianOfRuns(runs)).toEqual({ lcp: 1000, tbt: 10 });
  });
});

describe('ratio', () => {
  it('divides ours by the peer’s', () => {
    expect(ratio(108_347, 477_428)).toBeCloseTo(0.227, 3);
  });

  it('has none when the peer’s figure is 0 (a TBT of 0) or not a number', () => {
    expect(ratio(0, 0)).toBeUndefined();
    expect(ratio(12, 0)).toBeUndefined();
    expect(ratio(Number.NaN, 5)).toBeUndefined();
  });
});

describe('formatting', () => {
  it('prints ratios with two decimals, a dash when there is none', () => {
    expect(formatRatio(0.2269)).toBe('0.23×');
    expect(formatRatio(0)).toBe('0.00×');
    expect(formatRatio(undefined)).toBe('—');
  });

  it('prints kB with one decimal and milliseconds whole', () => {
    expect(kB(108_347)).toBe('108.3');
    expect(ms(966.9)).toBe('967');
    expect(ms(Number.NaN)).toBe('—');
  });

  it('aligns a table: names left, figures right', () => {
    expect(table([['route', 'kB'], ['/login', '118.2'], ['/x', '9.0']])).toBe('route      kB\n/login  118.2\n/x        9.0');
  });
});
