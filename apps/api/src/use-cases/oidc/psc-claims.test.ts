import { describe, expect, it } from 'vitest';
import { placeholderEmail, pscIdentityFromClaims } from './psc-claims.ts';

describe('Pro Santé Connect claims', () => {
  it('takes the national id from SubjectNameID and the names from given_name / family_name', () => {
    expect(
      pscIdentityFromClaims({
        sub: 'f:550dc1c8-d97b-4b1e-ac8c-8eb4471cf9dd:899700218896',
        SubjectNameID: '899700218896',
        preferred_username: 'autre',
        given_name: 'ISABELLE',
        family_name: 'MEDECIN RPPS',
        SubjectRefPro: { exercices: [{ codeProfession: '10' }] },
      }),
    ).toEqual({
      subject: 'f:550dc1c8-d97b-4b1e-ac8c-8eb4471cf9dd:899700218896',
      idNatPs: '899700218896',
      displayName: 'ISABELLE MEDECIN RPPS',
      email: null,
    });
  });

  it('falls back on preferred_username, and names the professional by id when no name is given', () => {
    expect(pscIdentityFromClaims({ sub: 's', preferred_username: ' 012345678 ' })).toMatchObject({
      idNatPs: '012345678',
      displayName: 'Professionnel 012345678',
    });
  });

  it('keeps an e-mail unless the provider says it is not verified', () => {
    expect(pscIdentityFromClaims({ sub: 's', SubjectNameID: '8001', email: 'A@Exemple.fr' })?.email).toBe('a@exemple.fr');
    expect(pscIdentityFromClaims({ sub: 's', SubjectNameID: '8001', email: 'a@exemple.fr', email_verified: false })?.email).toBeNull();
  });

  it('gives nothing without subject or national id', () => {
    expect(pscIdentityFromClaims({ SubjectNameID: '8001' })).toBeNull();
    expect(pscIdentityFromClaims({ sub: 's', SubjectNameID: '  ', given_name: 'X' })).toBeNull();
    expect(pscIdentityFromClaims({ sub: 's', SubjectNameID: 8001 })).toBeNull();
  });

  it('builds a non-routable placeholder e-mail (RFC 2606 .invalid)', () => {
    expect(placeholderEmail('810000000001')).toBe('psc-810000000001@psc.invalid');
  });
});
