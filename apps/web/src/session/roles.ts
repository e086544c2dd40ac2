import type { Me } from '@maillon/contracts';

export type Grant = Me['grants'][number];

export function isAdmin(me: Me): boolean {
  return me.grants.some((grant) => grant.role === 'admin');
}

/** ARS, CPAM or admin: the people who steer a region. */
export function isRegulator(me: Me): boolean {
  return me.grants.some((grant) => grant.role === 'admin' || grant.role === 'ars' || grant.role === 'cpam');
}

export function isArs(me: Me): boolean {
  return me.grants.some((grant) => grant.role === 'ars');
}

/** Who may create a CPTS (POST /api/cpts): admin and ARS. */
export function canCreateCpts(me: Me): boolean {
  return me.grants.some((grant) => grant.role === 'admin' || grant.role === 'ars');
}

/** First region granted through an ARS or CPAM role. */
export function grantedRegion(me: Me): string | null {
  for (const grant of me.grants) {
    if (grant.role === 'ars' || grant.role === 'cpam') return grant.regionCode;
  }
  return null;
}

export function coordinatedCptsIds(me: Me): string[] {
  return me.grants.flatMap((grant) => (grant.role === 'coordinator' ? [grant.cptsId] : []));
}

export function roleLabel(me: Me): string {
  const labels = me.grants.map((grant) => {
    switch (grant.role) {
      case 'admin':
        return 'Administrateur';
      case 'ars':
        return `ARS (région ${grant.regionCode})`;
      case 'cpam':
        return `CPAM (département ${grant.departementCode})`;
      case 'sas':
        return grant.departementCode ? `Régulation SAS (département ${grant.departementCode})` : 'Régulation SAS (CPTS)';
      default:
        return 'Coordination CPTS';
    }
  });
  return [...new Set(labels)].join(', ');
}

/** Observatory scope key used in URLs for the whole country (admin only). */
export const FRANCE = 'france';

/** Landing page after login. */
export function homePath(me: Me): string {
  const region = grantedRegion(me);
  if (region) return `/observatoire/${region}`;
  if (isAdmin(me)) return `/observatoire/${FRANCE}`;
  const [cptsId] = coordinatedCptsIds(me);
  if (cptsId) return `/cpts/${cptsId}`;
  // No role: a professional signed in for the member portal.
  return '/portail';
}
