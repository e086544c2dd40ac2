/** Luhn checksum over a string of digits (used by SIREN/SIRET). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** La Poste's sites share SIREN 356000000 and follow a digit-sum rule instead of Luhn (INSEE). */
const LA_POSTE_SIREN = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

/** SIRET: 14 digits (SIREN + NIC) with a valid Luhn key. Spaces are ignored. */
export function isValidSiret(value: string): boolean {
  const digits = value.replace(/\s/g, '');
  if (!/^\d{14}$/.test(digits)) return false;
  // La Poste's establishments follow the digit-sum rule, except its head office, which is
  // an ordinary Luhn SIRET (same exception as python-stdnum's siret validator).
  if (digits.startsWith(LA_POSTE_SIREN) && digits !== LA_POSTE_HEAD_OFFICE) {
    const sum = [...digits].reduce((s, d) => s + Number(d), 0);
    return sum % 5 === 0;
  }
  return luhnValid(digits);
}

/**
 * FINESS number (EJ or ET): 9 characters, starting with the département code (2A/2B for
 * Corsica). The key digit's algorithm is not in our reference (docs/reference/directory.md §1), so only the
 * format is checked.
 */
export function isValidFiness(value: string): boolean {
  return /^(?:\d{2}|2[AB])\d{7}$/.test(value.replace(/\s/g, '').toUpperCase());
}

export function normaliseIdentifier(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}
