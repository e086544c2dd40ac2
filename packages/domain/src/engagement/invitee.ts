/** Who a CPTS can invite: a professional of the directory, or a partner of its territory. */
export const INVITEE_KINDS = ['professional', 'establishment', 'commune', 'epci'] as const;
export type InviteeKind = (typeof INVITEE_KINDS)[number];

export interface Invitee {
  kind: InviteeKind;
  /** RPPS national id, FINESS site number, commune INSEE code or EPCI SIREN. */
  id: string;
}

export const INVITEE_KIND_LABELS: Record<InviteeKind, string> = {
  professional: 'Professionnel',
  establishment: 'Établissement',
  commune: 'Commune',
  epci: 'EPCI',
};

/**
 * Storage key of an invitee in `invitations.id_nat_ps`: the national id itself for a
 * professional (digits only, docs/reference/directory.md §1), a prefixed code for a partner. The table only has a
 * professional id column; partner invitations use this prefix until it gains a target kind
 * (scratch/schema-requests-diagnostic.md).
 */
export function inviteeKey(invitee: Invitee): string {
  return invitee.kind === 'professional' ? invitee.id : `${invitee.kind}:${invitee.id}`;
}

export function parseInviteeKey(key: string): Invitee {
  const colon = key.indexOf(':');
  if (colon > 0) {
    const kind = key.slice(0, colon);
    const found = INVITEE_KINDS.find((k) => k === kind && k !== 'professional');
    if (found) return { kind: found, id: key.slice(colon + 1) };
  }
  return { kind: 'professional', id: key };
}
