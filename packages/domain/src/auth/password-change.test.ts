import { describe, expect, it } from 'vitest';
import { assertPasswordChangeable } from './password-change.ts';

describe('assertPasswordChangeable', () => {
  it('lets an account with its own password change it', () => {
    expect(() => assertPasswordChangeable({ passwordHash: '$argon2id$…', isDemo: false })).not.toThrow();
  });

  it('has nothing to change for a Pro Santé Connect account (409)', () => {
    expect(() => assertPasswordChangeable({ passwordHash: null, isDemo: false })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('keeps the public password of a demo account (403)', () => {
    expect(() => assertPasswordChangeable({ passwordHash: '$argon2id$…', isDemo: true })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });
});
