import type { DuesDto, MemberDto } from '@maillon/contracts';
import type { CategoryRecord, DuesRow, MemberRecord } from '@maillon/domain';
import { duesStatus, MEMBER_STATUS_LABELS, STRUCTURE_TYPE_LABELS } from '@maillon/domain';

/** Dues of one year as shown: amount due from the category when nothing was recorded yet. */
export function toDuesDto(year: number, row: DuesRow | undefined, category: CategoryRecord | undefined): DuesDto {
  const amount = row?.amountCents ?? category?.yearlyDuesCents ?? 0;
  return {
    year,
    status: duesStatus(row ?? null, row ? amount : (category?.yearlyDuesCents ?? 0)),
    amountCents: amount,
    paidOn: row?.paidOn ?? null,
    receiptNumber: row?.receiptNumber ?? null,
  };
}

export function toMemberDto(
  member: MemberRecord,
  options: { categories: ReadonlyMap<string, CategoryRecord>; dues: DuesRow | undefined; year: number },
): MemberDto {
  const category = member.categoryId ? options.categories.get(member.categoryId) : undefined;
  return {
    id: member.id,
    kind: member.kind,
    displayName: member.displayName,
    idNatPs: member.idNatPs,
    finessSite: member.finessSite,
    structureType: member.structureType,
    typeLabel:
      member.kind === 'professional'
        ? (member.professionLabel ?? 'Professionnel de santé')
        : STRUCTURE_TYPE_LABELS[member.structureType ?? 'other'],
    professionLabel: member.professionLabel,
    category: category ? { id: category.id, name: category.name, voting: category.voting } : null,
    status: member.status,
    statusLabel: MEMBER_STATUS_LABELS[member.status],
    requestedAt: member.requestedAt.toISOString(),
    joinedOn: member.joinedOn,
    leftOn: member.leftOn,
    contactEmail: member.contactEmail,
    contactPhone: member.contactPhone,
    unitCode: member.unitCode,
    dues: toDuesDto(options.year, options.dues, category),
    isDemo: member.isDemo,
  };
}

/** Case-, accent- and punctuation-insensitive form for searching names. */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
