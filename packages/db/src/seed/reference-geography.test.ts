import { describe, expect, it } from 'vitest';
import { cogFormerCodeMap } from './reference-geography.ts';

describe('cogFormerCodeMap', () => {
  it('maps the COG former codes to current communes, each caller getting its own copy', () => {
    const first = cogFormerCodeMap();
    expect(first.size).toBeGreaterThan(1_000);
    const [former, current] = [...first.entries()][0] as [string, string];
    expect(former).not.toBe(current);
    first.delete(former);
    first.set('99999', '00000');
    const second = cogFormerCodeMap();
    expect(second.get(former)).toBe(current);
    expect(second.has('99999')).toBe(false);
  });
});
