import { invalid } from '../errors.ts';
import type { CptsIdentity } from '../storage/cpts-repository.ts';
import { isValidFiness, isValidSiret, normaliseIdentifier } from './identifiers.ts';

/** A CPTS's identity as entered (empty optional fields as null or absent). */
export interface CptsIdentityInput {
  name: string;
  legalForm: string;
  siret?: string | null | undefined;
  finess?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  address?: string | null | undefined;
}

/** Validates SIRET (Luhn) and FINESS (format) when given, and normalises them. */
export function checkCptsIdentity(input: CptsIdentityInput): CptsIdentity {
  const siret = input.siret ? normaliseIdentifier(input.siret) : null;
  const finess = input.finess ? normaliseIdentifier(input.finess) : null;
  if (siret && !isValidSiret(siret)) throw invalid('siret', 'SIRET invalide : 14 chiffres avec une clé de contrôle correcte attendus.');
  if (finess && !isValidFiness(finess))
    throw invalid('finess', 'FINESS invalide : 9 caractères commençant par le code du département attendus.');
  return {
    name: input.name,
    legalForm: input.legalForm,
    siret,
    finess,
    email: input.email ?? null,
    phone: input.phone ?? null,
    address: input.address ?? null,
  };
}
