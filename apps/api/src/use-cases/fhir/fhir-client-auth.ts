import { createHash } from 'node:crypto';
import { DomainError, type FhirClientRecord, type FhirRepository } from '@maillon/domain';

/** SHA-256 (hex) of a client token: the only form stored (migration 0019, `fhir_clients.token_hash`). */
export const fhirTokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** A token as the CLI issues it: 43 base64url characters (32 random bytes). */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,200}$/;

/**
 * The client holding a bearer token (docs/reference/slots.md §4): unknown or malformed → 401,
 * revoked → 403 from the moment of revocation (looked up on every request, never cached).
 * `last_used_at` is written at most once a minute.
 */
export async function authenticateFhirClient(
  ports: { fhir: FhirRepository },
  token: string | undefined,
  now: Date,
): Promise<FhirClientRecord> {
  if (!token) throw new DomainError('UNAUTHENTICATED', 'Jeton d’accès manquant : en-tête « Authorization: Bearer <jeton> » attendu.');
  if (!TOKEN_SHAPE.test(token)) throw new DomainError('UNAUTHENTICATED', 'Jeton d’accès invalide.');
  const client = await ports.fhir.clientByTokenHash(fhirTokenHash(token));
  if (!client) throw new DomainError('UNAUTHENTICATED', 'Jeton d’accès invalide.');
  if (client.revokedAt) throw new DomainError('FORBIDDEN', 'Ce client FHIR a été révoqué.');
  if (!client.lastUsedAt || now.getTime() - client.lastUsedAt.getTime() >= 60_000) await ports.fhir.touchClient(client.id, now);
  return client;
}
