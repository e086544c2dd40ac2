import type { PortalAssembly, PortalMembership } from '@maillon/contracts';

type Dues = PortalMembership['dues'][number];

export const ASSEMBLY_KIND_LABELS: Record<PortalAssembly['kind'], string> = {
  ordinary: 'Assemblée générale ordinaire',
  extraordinary: 'Assemblée générale extraordinaire',
  constitutive: 'Assemblée constitutive',
};

export const ASSEMBLY_STATUS_LABELS: Record<PortalAssembly['status'], string> = {
  convened: 'Convoquée',
  open: 'En cours',
  closed: 'Close',
};

export const ATTENDANCE_LABELS: Record<NonNullable<PortalAssembly['attendance']>, string> = {
  absent: 'Absent',
  present: 'Présent',
  represented: 'Représenté',
};

export const DUES_STATUS_LABELS: Record<Dues['status'], string> = {
  paid: 'Payée',
  unpaid: 'À payer',
  exempt: 'Non due',
};

export const DUES_STATUS_COLORS: Record<Dues['status'], string> = {
  paid: 'green.8',
  unpaid: 'red.8',
  exempt: 'gray.7',
};

export const MEMBERSHIP_STATUS_COLORS: Record<PortalMembership['status'], string> = {
  requested: 'yellow.9',
  active: 'green.8',
  refused: 'red.8',
  left: 'gray.7',
};

/** "50,00 €" from cents. */
export function formatEuros(cents: number): string {
  return (cents / 100).toLocaleString('fr-FR', { style: 'currency', currency: 'EUR' });
}
