import type { DuesDto } from '@maillon/contracts';
import { createAssociationMembersRepository, createAssociationSettingsRepository } from '@maillon/db';
import { checkDuesPayment, DomainError, nextReceiptNumber } from '@maillon/domain';
import { type AssociationContext, inManagedAssociation, loadAssociation } from './association-access.ts';
import { toDuesDto, toMemberDto } from './member-dto.ts';
import { receiptPdf } from './pdf/receipt-pdf.ts';

/**
 * Records the payment of a year's dues (or cancels it with `paidOn: null`). The first payment
 * gets the CPTS's next receipt number `<year>-<seq>`; the CPTS row lock taken by the transaction
 * serialises numbering, so no number is issued twice. A cancelled payment keeps its number.
 */
export async function recordDues(
  ctx: AssociationContext,
  target: { cptsId: string; memberId: string; year: number },
  input: { paidOn: string | null; amountCents?: number | undefined },
): Promise<DuesDto> {
  return inManagedAssociation(ctx, target.cptsId, async (tx) => {
    const repo = createAssociationMembersRepository(tx);
    const member = await repo.get(target.cptsId, target.memberId);
    if (!member) throw new DomainError('NOT_FOUND', 'Adhérent introuvable.');
    const category = member.categoryId ? await createAssociationSettingsRepository(tx).category(target.cptsId, member.categoryId) : null;
    const existing = (await repo.duesOf([member.id], target.year))[0];
    const amountCents = input.amountCents ?? existing?.amountCents ?? category?.yearlyDuesCents ?? 0;
    checkDuesPayment({ member, year: target.year, paidOn: input.paidOn, amountCents, today: ctx.today });
    const receiptNumber =
      existing?.receiptNumber ??
      (input.paidOn ? nextReceiptNumber(target.year, await repo.receiptNumbers(target.cptsId, target.year)) : null);
    const row = {
      id: existing?.id ?? crypto.randomUUID(),
      memberId: member.id,
      year: target.year,
      amountCents,
      paidOn: input.paidOn,
      receiptNumber,
    };
    await repo.saveDues(row);
    await ctx.audit.record(tx, {
      action: 'update',
      entity: 'dues',
      recordIds: [member.id],
      cptsId: target.cptsId,
      details: { year: target.year, paid: input.paidOn !== null },
    });
    return toDuesDto(target.year, row, category ?? undefined);
  });
}

/** The PDF receipt of a paid year (coordination team). */
export async function duesReceipt(
  ctx: AssociationContext,
  target: { cptsId: string; memberId: string; year: number },
): Promise<{ pdf: Buffer; fileName: string }> {
  const cpts = await loadAssociation(ctx.db, ctx.principal, { cptsId: target.cptsId, need: 'manage' });
  const repo = createAssociationMembersRepository(ctx.db);
  const member = await repo.get(target.cptsId, target.memberId);
  if (!member) throw new DomainError('NOT_FOUND', 'Adhérent introuvable.');
  const row = (await repo.duesOf([member.id], target.year))[0];
  if (!row?.paidOn || !row.receiptNumber) {
    throw new DomainError('CONFLICT', `La cotisation ${target.year} de cet adhérent n'est pas réglée : pas de reçu.`, 'year');
  }
  const categories = new Map((await createAssociationSettingsRepository(ctx.db).categories(target.cptsId)).map((c) => [c.id, c]));
  const dto = toMemberDto(member, { categories, dues: row, year: target.year });
  const pdf = await receiptPdf({
    cpts,
    member: dto,
    categoryName: dto.category?.name ?? '—',
    year: target.year,
    amountCents: row.amountCents,
    paidOn: row.paidOn,
    receiptNumber: row.receiptNumber,
    issuedOn: ctx.today,
  });
  await ctx.audit.record(ctx.db, {
    action: 'export',
    entity: 'dues',
    recordIds: [member.id],
    cptsId: target.cptsId,
    details: { format: 'pdf', year: target.year },
  });
  return { pdf, fileName: `recu-cotisation-${row.receiptNumber}.pdf` };
}
