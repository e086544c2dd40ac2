import { describe, expect, it } from 'vitest';
import { labelledDemo } from './demo-label.ts';

describe('labelledDemo', () => {
  it('adds the demo label once', () => {
    expect(labelledDemo('Thomas BERTRAND')).toBe('Thomas BERTRAND (démo)');
    expect(labelledDemo('Thomas BERTRAND (démo)')).toBe('Thomas BERTRAND (démo)');
    expect(labelledDemo('Thomas BERTRAND (démo) ')).toBe('Thomas BERTRAND (démo)');
  });
});
