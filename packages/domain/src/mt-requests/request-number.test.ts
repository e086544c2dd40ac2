import { describe, expect, it } from 'vitest';
import { normaliseRequestNumber, REQUEST_NUMBER_PATTERN, requestNumber } from './request-number.ts';

describe('request numbers', () => {
  it('encodes 40 random bits as two groups of four Crockford characters after the year', () => {
    expect(requestNumber(2026, new Uint8Array([0, 0, 0, 0, 0]))).toBe('MT-2026-0000-0000');
    expect(requestNumber(2026, new Uint8Array([255, 255, 255, 255, 255]))).toBe('MT-2026-ZZZZ-ZZZZ');
    expect(requestNumber(2026, new Uint8Array([0, 0, 0, 0, 33]))).toBe('MT-2026-0000-0011');
    for (let i = 0; i < 200; i++) {
      const n = requestNumber(2027, crypto.getRandomValues(new Uint8Array(5)));
      expect(n).toMatch(REQUEST_NUMBER_PATTERN);
      expect(n).not.toMatch(/[ILOU]/);
    }
  });

  it('reads a number typed in lower case, with spaces, and O or I for 0 or 1', () => {
    expect(normaliseRequestNumber(' mt 2026 7kq4 9xh2 ')).toBe('MT-2026-7KQ4-9XH2');
    expect(normaliseRequestNumber('MT-2026-O1I4-9XH2')).toBe('MT-2026-0114-9XH2');
  });

  it('refuses anything else on field "number", in French', () => {
    for (const bad of ['', 'MT-2026-7KQ4', 'MT-2026-7KQ4-9XH2X', 'XX-2026-7KQ4-9XH2', 'MT-2026-7KQ4-9XU2']) {
      expect(() => normaliseRequestNumber(bad)).toThrow(expect.objectContaining({ code: 'INVALID', field: 'number' }));
    }
  });
});
