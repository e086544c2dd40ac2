import type { DuesStatusDto, MemberStatusDto } from '@maillon/contracts';
import {
  ASSEMBLY_KIND_LABELS,
  ASSEMBLY_KINDS,
  ATTENDANCE_LABELS,
  ATTENDANCES,
  BODY_KIND_LABELS,
  BODY_KINDS,
  DUES_STATUS_LABELS,
  DUES_STATUSES,
  MAJORITY_RULE_LABELS,
  MAJORITY_RULES,
  STRUCTURE_TYPE_LABELS,
  STRUCTURE_TYPES,
} from '@maillon/domain';

/**
 * The selects of the association screens: the domain's values in its order, with its French
 * labels (the API sends the same labels with its DTOs).
 */
function optionsOf<T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** The members list's status filter, named as groups of people. */
export const MEMBER_STATUS_OPTIONS: { value: MemberStatusDto; label: string }[] = [
  { value: 'active', label: 'Adhérents' },
  { value: 'requested', label: 'Demandes en attente' },
  { value: 'left', label: 'Anciens adhérents' },
  { value: 'refused', label: 'Demandes refusées' },
];

export const STATUS_COLORS: Record<MemberStatusDto, string> = { active: 'teal', requested: 'orange', left: 'gray', refused: 'red' };

export const DUES_OPTIONS = optionsOf(DUES_STATUSES, DUES_STATUS_LABELS);
export const DUES_COLORS: Record<DuesStatusDto, string> = { paid: 'teal', unpaid: 'red', exempt: 'gray' };

export const STRUCTURE_TYPE_OPTIONS = optionsOf(STRUCTURE_TYPES, STRUCTURE_TYPE_LABELS);
export const BODY_KIND_OPTIONS = optionsOf(BODY_KINDS, BODY_KIND_LABELS);
export const MAJORITY_OPTIONS = optionsOf(MAJORITY_RULES, MAJORITY_RULE_LABELS);
export const ASSEMBLY_KIND_OPTIONS = optionsOf(ASSEMBLY_KINDS, ASSEMBLY_KIND_LABELS);
export const ASSEMBLY_STATUS_COLORS = { convened: 'blue', open: 'orange', closed: 'gray' } as const;
export const ATTENDANCE_OPTIONS = optionsOf(ATTENDANCES, ATTENDANCE_LABELS);
