import type { AssemblyKind, AssemblyStatus, Attendance } from './assembly.ts';
import type { DuesStatus } from './dues.ts';
import type { BodyKind, MandateRole } from './governance.ts';
import type { MemberEvent, MemberKind, MemberStatus, StructureType } from './membership.ts';
import type { MajorityRule, ResolutionOutcome } from './vote.ts';

export const MEMBER_KIND_LABELS: Record<MemberKind, string> = { professional: 'Professionnel', structure: 'Structure' };

export const STRUCTURE_TYPE_LABELS: Record<StructureType, string> = {
  msp: 'Maison de santé pluriprofessionnelle',
  healthCentre: 'Centre de santé',
  primaryCareTeam: 'Équipe de soins primaires',
  hospital: 'Établissement hospitalier',
  medicoSocial: 'Établissement ou service médico-social',
  prevention: 'Acteur de prévention',
  patientAssociation: "Association d'usagers",
  commune: 'Commune',
  epci: 'EPCI',
  other: 'Autre structure',
};

export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  requested: 'Demande en attente',
  active: 'Adhérent',
  refused: 'Demande refusée',
  left: 'Ancien adhérent',
};

export const MEMBER_EVENT_LABELS: Record<MemberEvent, string> = {
  requested: "Demande d'adhésion",
  added: "Ajout par l'équipe de coordination",
  accepted: 'Adhésion validée',
  refused: 'Demande refusée',
  left: 'Départ',
  updated: 'Fiche modifiée',
};

export const DUES_STATUS_LABELS: Record<DuesStatus, string> = { paid: 'Réglée', unpaid: 'Non réglée', exempt: 'Sans cotisation' };

export const BODY_KIND_LABELS: Record<BodyKind, string> = {
  bureau: 'Bureau',
  board: "Conseil d'administration",
  animationCommittee: "Comité d'animation",
  coordinationTeam: 'Équipe de coordination',
  workingGroup: 'Groupe de travail',
};

export const MANDATE_ROLE_LABELS: Record<MandateRole, string> = {
  president: 'Président·e',
  vicePresident: 'Vice-président·e',
  treasurer: 'Trésorier·ère',
  deputyTreasurer: 'Trésorier·ère adjoint·e',
  secretary: 'Secrétaire',
  deputySecretary: 'Secrétaire adjoint·e',
  lead: 'Référent·e',
  member: 'Membre',
};

export const ASSEMBLY_KIND_LABELS: Record<AssemblyKind, string> = {
  ordinary: 'Assemblée générale ordinaire',
  extraordinary: 'Assemblée générale extraordinaire',
  constitutive: 'Assemblée générale constitutive',
};

export const ASSEMBLY_STATUS_LABELS: Record<AssemblyStatus, string> = { convened: 'Convoquée', open: 'En séance', closed: 'Close' };

export const ATTENDANCE_LABELS: Record<Attendance, string> = { absent: 'Absent', present: 'Présent', represented: 'Représenté' };

export const MAJORITY_RULE_LABELS: Record<MajorityRule, string> = {
  simple: 'Majorité simple des suffrages exprimés',
  absolute: 'Majorité absolue des membres présents ou représentés',
  twoThirds: 'Majorité des deux tiers des suffrages exprimés',
};

export const OUTCOME_LABELS: Record<ResolutionOutcome, string> = { adopted: 'Adoptée', rejected: 'Rejetée' };
