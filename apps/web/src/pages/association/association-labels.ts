import type {
  AssemblyKindDto,
  AttendanceDto,
  BodyKindDto,
  DuesStatusDto,
  MajorityRuleDto,
  MandateRoleDto,
  MemberStatusDto,
} from '@maillon/contracts';

/** French labels of the association screens (the API sends labels with its DTOs; these feed the selects). */

export const MEMBER_STATUS_OPTIONS: { value: MemberStatusDto; label: string }[] = [
  { value: 'active', label: 'Adhérents' },
  { value: 'requested', label: 'Demandes en attente' },
  { value: 'left', label: 'Anciens adhérents' },
  { value: 'refused', label: 'Demandes refusées' },
];

export const STATUS_COLORS: Record<MemberStatusDto, string> = { active: 'teal', requested: 'orange', left: 'gray', refused: 'red' };

export const DUES_LABELS: Record<DuesStatusDto, string> = { paid: 'Réglée', unpaid: 'Non réglée', exempt: 'Sans cotisation' };
export const DUES_COLORS: Record<DuesStatusDto, string> = { paid: 'teal', unpaid: 'red', exempt: 'gray' };

export const STRUCTURE_TYPE_OPTIONS = [
  { value: 'msp', label: 'Maison de santé pluriprofessionnelle' },
  { value: 'healthCentre', label: 'Centre de santé' },
  { value: 'primaryCareTeam', label: 'Équipe de soins primaires' },
  { value: 'hospital', label: 'Établissement hospitalier' },
  { value: 'medicoSocial', label: 'Établissement ou service médico-social' },
  { value: 'prevention', label: 'Acteur de prévention' },
  { value: 'patientAssociation', label: "Association d'usagers" },
  { value: 'commune', label: 'Commune' },
  { value: 'epci', label: 'EPCI' },
  { value: 'other', label: 'Autre structure' },
] as const;

export const BODY_KIND_OPTIONS: { value: BodyKindDto; label: string }[] = [
  { value: 'bureau', label: 'Bureau' },
  { value: 'board', label: "Conseil d'administration" },
  { value: 'animationCommittee', label: "Comité d'animation" },
  { value: 'coordinationTeam', label: 'Équipe de coordination' },
  { value: 'workingGroup', label: 'Groupe de travail' },
];

export const ROLE_LABELS: Record<MandateRoleDto, string> = {
  president: 'Président·e',
  vicePresident: 'Vice-président·e',
  treasurer: 'Trésorier·ère',
  deputyTreasurer: 'Trésorier·ère adjoint·e',
  secretary: 'Secrétaire',
  deputySecretary: 'Secrétaire adjoint·e',
  lead: 'Référent·e',
  member: 'Membre',
};

export const MAJORITY_OPTIONS: { value: MajorityRuleDto; label: string }[] = [
  { value: 'simple', label: 'Majorité simple des suffrages exprimés' },
  { value: 'absolute', label: 'Majorité absolue des présents et représentés' },
  { value: 'twoThirds', label: 'Deux tiers des suffrages exprimés' },
];

export const ASSEMBLY_KIND_OPTIONS: { value: AssemblyKindDto; label: string }[] = [
  { value: 'ordinary', label: 'Assemblée générale ordinaire' },
  { value: 'extraordinary', label: 'Assemblée générale extraordinaire' },
  { value: 'constitutive', label: 'Assemblée générale constitutive' },
];

export const ASSEMBLY_STATUS_COLORS = { convened: 'blue', open: 'orange', closed: 'gray' } as const;

export const ATTENDANCE_OPTIONS: { value: AttendanceDto; label: string }[] = [
  { value: 'absent', label: 'Absent' },
  { value: 'present', label: 'Présent' },
  { value: 'represented', label: 'Représenté' },
];

/** "30,00 €" from cents. */
export function formatEuros(cents: number): string {
  return `${(cents / 100).toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}\u00a0€`;
}

/** Cents from a typed amount in euros ("30", "30,50"); null when not a number. */
export function parseEuros(text: string): number | null {
  const value = Number(text.trim().replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(value) && value >= 0 ? Math.round(value * 100) : null;
}
