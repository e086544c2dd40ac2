import type { OidcErrorCode } from '@maillon/contracts';

/** French messages for `/connexion?erreur=<code>`, sent back by the Pro Santé Connect callback. */
export const OIDC_ERROR_MESSAGES: Record<OidcErrorCode, string> = {
  access_denied: 'Connexion par Pro Santé Connect annulée : l’accès a été refusé ou la connexion interrompue.',
  provider_error: 'Pro Santé Connect a refusé la connexion. Réessayez, ou connectez-vous avec votre compte Maillon.',
  invalid_state: 'La réponse de Pro Santé Connect ne correspond à aucune connexion lancée depuis ce navigateur. Recommencez la connexion.',
  expired: 'La connexion par Pro Santé Connect a expiré (plus de 10 minutes). Recommencez.',
  token_rejected:
    'Pro Santé Connect n’a pas pu confirmer votre identité. Réessayez ; si le problème persiste, contactez l’administrateur de Maillon.',
  missing_identity:
    'Pro Santé Connect n’a pas transmis votre identifiant national de professionnel de santé (RPPS ou ADELI) : connexion impossible.',
  unavailable: 'Pro Santé Connect est momentanément injoignable. Réessayez dans quelques minutes.',
  internal: 'Une erreur interne a empêché l’ouverture de votre session. Réessayez dans un instant.',
};

/** The message for an `erreur` query parameter, or null when there is none. */
export function oidcErrorMessage(code: string | null): string | null {
  if (!code) return null;
  return Object.hasOwn(OIDC_ERROR_MESSAGES, code)
    ? OIDC_ERROR_MESSAGES[code as OidcErrorCode]
    : 'La connexion par Pro Santé Connect a échoué.';
}
