/**
 * French phone numbers written in pairs (« 04 90 12 34 56 »), the national way; international
 * numbers keep their prefix (« +33 4 90 12 34 56 », « +262 262 12 34 56 »). Anything that is not
 * a recognisable number is returned as typed, so nothing is lost.
 */
export function formatPhone(value: string | null | undefined): string {
  if (!value) return '—';
  const digits = value.replace(/[\s.\-()\u00a0\u202f]/g, '');
  if (/^0\d{9}$/.test(digits)) return pairs(digits);
  const international = /^(?:\+|00)(33|262|269|590|594|596|508|681|687|689)(\d{9})$/.exec(digits);
  if (international) {
    const [, country, rest = ''] = international;
    return `+${country} ${rest.slice(0, 1)} ${pairs(rest.slice(1))}`;
  }
  return value.trim();
}

function pairs(digits: string): string {
  return digits.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/** « tel:+33490123456 » for a link, or null when the number is not recognisable. */
export function phoneHref(value: string | null | undefined): string | null {
  if (!value) return null;
  const digits = value.replace(/[\s.\-()\u00a0\u202f]/g, '');
  if (/^0\d{9}$/.test(digits)) return `tel:+33${digits.slice(1)}`;
  if (/^\+\d{6,15}$/.test(digits)) return `tel:${digits}`;
  if (/^00\d{6,15}$/.test(digits)) return `tel:+${digits.slice(2)}`;
  return null;
}
