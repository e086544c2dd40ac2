import { describe, expect, it } from 'vitest';
import { formatDensity, formatGap, formatRate } from './diagnostic-format.ts';

describe('diagnostic formatting', () => {
  it('shows densities with one French decimal', () => {
    expect(formatDensity(12.345)).toBe('12,3');
    expect(formatDensity(0)).toBe('0,0');
    expect(formatDensity(null)).toBe('—');
  });

  it('shows the gap to a wider scope as a signed percentage', () => {
    expect(formatGap(1.15)).toBe('+15\u00a0%');
    expect(formatGap(0.8)).toBe('\u221220\u00a0%');
    expect(formatGap(1.004)).toBe('=');
    expect(formatGap(null)).toBe('—');
  });

  it('shows a rate as a percentage', () => {
    expect(formatRate(0.35)).toBe('35\u00a0%');
    expect(formatRate(1 / 3)).toBe('33,3\u00a0%');
    expect(formatRate(null)).toBe('—');
  });
});
