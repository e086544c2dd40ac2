import { conflict, forbidden } from '../errors.ts';

/**
 * Whether an account may change its password here (docs/reference/security.md §1): an account
 * that signs in through Pro Santé Connect only has no Maillon password to change, and a demo
 * account's password is printed on the login page for every visitor, so one of them must not
 * take it away from the others.
 */
export function assertPasswordChangeable(account: { passwordHash: string | null; isDemo: boolean }): void {
  if (account.passwordHash === null) {
    throw conflict(
      'Votre compte se connecte par Pro Santé Connect et n’a pas de mot de passe Maillon : il n’y a pas de mot de passe à changer ici.',
    );
  }
  if (account.isDemo) throw forbidden('Le mot de passe d’un compte de démonstration est public et ne peut pas être changé.');
}
