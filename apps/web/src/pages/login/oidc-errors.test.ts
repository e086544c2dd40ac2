import { describe, expect, it } from 'vitest';
import { oidcErrorMessage } from './oidc-errors.ts';

describe('Pro Santé Connect error messages', () => {
  it('explains each refusal in French', () => {
    expect(oidcErrorMessage('access_denied')).toContain('refusé');
    expect(oidcErrorMessage('expired')).toContain('expiré');
  });

  it('has a generic message for an unknown code and none without code', () => {
    expect(oidcErrorMessage('autre')).toBe('La connexion par Pro Santé Connect a échoué.');
    expect(oidcErrorMessage('toString')).toBe('La connexion par Pro Santé Connect a échoué.');
    expect(oidcErrorMessage(null)).toBeNull();
  });
});
