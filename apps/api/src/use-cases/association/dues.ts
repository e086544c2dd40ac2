import type { DuesDto } from '@maillon/contracts';
import { planDuesPayment, receiptOf } from '@maillon/domain';
import { inManagedAssociation, loadAssociation, loadMember } from './association-access.ts';
import type { AssociationContext } from './association-ports.ts';
import { toDuesDto, toMemberDto } from './member-dto.ts';
import { receiptPdf } from './pdf/receipt-pdf.ts';

type DuesTarget = { cptsId: string; memberId: string; year: number };

/**
 * Records the payment of a year's dues (or cancels it with `paidOn: null`). The first payment
 * gets the CPTS's next receipt number `<year>-<seq>` (`planDuesPayment`); the CPTS row lock taken
 * by the transaction serialises numbering, so no number is issued twice.
 */
export async function recordDues(
  ctx: AssociationContext,
  target: DuesTarget,
  input: { paidOn: string | null; amountCents?: number | undefined },
): Promise<DuesDto> {
  return inManagedAssociation(ctx, target.cptsId, async (ports) => {
    const member = await loadMember(ports, target);
    const category = member.categoryId ? await ports.associationSettings.category(target.cptsId, member.categoryId) : null;
    const existing = (await ports.members.duesOf([member.id], target.year))[0];
    const planned = planDuesPayment({
      member,
      year: target.year,
      paidOn: input.paidOn,
      today: ctx.today,
      amountCents: input.amountCents,
      existing,
      yearlyDuesCents: category?.yearlyDuesCents,
      issued: await ports.members.receiptNumbers(target.cptsId, target.year),
    });
    const row = { id: existing?.id ?? crypto.randomUUID(), memberId: member.id, year: target.year, paidOn: input.paidOn, ...planned };
    await ports.members.saveDues(row);
    await ports.audit.record({
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
export async function duesReceipt(ctx: AssociationContext, target: DuesTarget): Promise<{ pdf: Buffer; fileName: string }> {
  const { ports } = ctx;
  const cpts = await loadAssociation(ports.cpts, ctx.principal, { cptsId: target.cptsId, need: 'manage' });
  const member = await loadMember(ports, target);
  const receipt = receiptOf((await ports.members.duesOf([member.id], target.year))[0], target.year);
  const categories = new Map((await ports.associationSettings.categories(target.cptsId)).map((c) => [c.id, c]));
  const dto = toMemberDto(member, { categories, dues: receipt, year: target.year });
  const pdf = await receiptPdf({
    cpts,
    member: dto,
    categoryName: dto.category?.name ?? '—',
    year: target.year,
    amountCents: receipt.amountCents,
    paidOn: receipt.paidOn,
    receiptNumber: receipt.receiptNumber,
    issuedOn: ctx.today,
  });
  await ports.audit.record({
    action: 'export',
    entity: 'dues',
    recordIds: [member.id],
    cptsId: target.cptsId,
    details: { format: 'pdf', year: target.year },
  });
  return { pdf, fileName: `recu-cotisation-${receipt.receiptNumber}.pdf` };
}
