import { invalid } from '../errors.ts';

/**
 * Minimum length of a new password. NIST SP 800-63B (§3.1.1.2) and the OWASP Authentication
 * Cheat Sheet ("Implement Proper Password Strength Controls") ask for length rather than
 * composition rules; Maillon asks for 12 characters, counted as Unicode code points.
 */
export const MIN_PASSWORD_LENGTH = 12;

/** Refuses a new password that is too short or the same as the current one (names the field). */
export function checkNewPassword(input: { currentPassword: string; newPassword: string }): void {
  if ([...input.newPassword].length < MIN_PASSWORD_LENGTH) {
    throw invalid('newPassword', `Le nouveau mot de passe doit compter au moins ${MIN_PASSWORD_LENGTH} caractères.`);
  }
  if (input.newPassword === input.currentPassword) {
    throw invalid('newPassword', 'Le nouveau mot de passe doit être différent de l’actuel.');
  }
}
