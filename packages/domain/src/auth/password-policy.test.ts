import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors.ts';
import { checkNewPassword } from './password-policy.ts';

function refusal(input: { currentPassword: string; newPassword: string }): DomainError | null {
  try {
    checkNewPassword(input);
    return null;
  } catch (error) {
    return error as DomainError;
  }
}

describe('new password', () => {
  it('needs at least twelve characters, counted as code points', () => {
    expect(refusal({ currentPassword: 'ancien-mot-de-passe', newPassword: 'onze-caract' })).toMatchObject({
      code: 'INVALID',
      field: 'newPassword',
    });
    expect(refusal({ currentPassword: 'ancien-mot-de-passe', newPassword: '🔐🔐🔐🔐🔐🔐🔐🔐🔐🔐🔐' })?.message).toContain('12');
    expect(refusal({ currentPassword: 'ancien-mot-de-passe', newPassword: 'douze-caract' })).toBeNull();
  });

  it('must differ from the current one', () => {
    expect(refusal({ currentPassword: 'mot-de-passe-actuel', newPassword: 'mot-de-passe-actuel' })?.message).toContain('différent');
  });
});
