import type { CptsRecord } from '@maillon/domain';
import { formatDate, formatEuros } from '@maillon/domain';
import { renderPdf } from '../../documents/pdf-document.ts';

export interface ReceiptData {
  cpts: Pick<CptsRecord, 'name' | 'address' | 'siret' | 'email' | 'isDemo'>;
  member: { displayName: string; typeLabel: string; idNatPs: string | null; finessSite: string | null };
  categoryName: string;
  year: number;
  amountCents: number;
  paidOn: string;
  receiptNumber: string;
  issuedOn: string;
}

/** The dues receipt a member downloads (issue #3, "yearly dues … with a receipt"). */
export function receiptPdf(data: ReceiptData): Promise<Buffer> {
  const title = `Reçu de cotisation n° ${data.receiptNumber}`;
  return renderPdf({ title, subject: `${data.cpts.name} — cotisation ${data.year}` }, (w) => {
    if (data.cpts.isDemo) w.paragraph('DOCUMENT DE DÉMONSTRATION — données fictives', { bold: true, color: '#c2410c' });
    w.heading(data.cpts.name, 16);
    if (data.cpts.address) w.paragraph(data.cpts.address);
    if (data.cpts.siret) w.paragraph(`SIRET ${data.cpts.siret}`);
    if (data.cpts.email) w.paragraph(data.cpts.email);
    w.gap(1.5);
    w.heading(title, 14);
    w.field('Adhérent', data.member.displayName);
    w.field('Qualité', data.member.typeLabel);
    if (data.member.idNatPs) w.field('Identifiant national (RPPS/ADELI)', data.member.idNatPs);
    if (data.member.finessSite) w.field('FINESS', data.member.finessSite);
    w.field("Catégorie d'adhésion", data.categoryName);
    w.field('Cotisation', `année ${data.year}`);
    w.field('Montant reçu', formatEuros(data.amountCents));
    w.field('Réglée le', formatDate(data.paidOn));
    w.gap(1.5);
    w.paragraph(
      `L'association ${data.cpts.name} atteste avoir reçu de ${data.member.displayName} la somme de ${formatEuros(
        data.amountCents,
      )} au titre de sa cotisation pour l'année ${data.year}.`,
    );
    w.gap();
    w.paragraph("Reçu de cotisation associative : il ne vaut pas reçu fiscal au titre de l'article 200 du code général des impôts.", {
      size: 8,
      color: '#555555',
    });
    w.gap();
    w.paragraph(`Émis le ${formatDate(data.issuedOn)} avec Maillon.`, { size: 8, color: '#555555' });
  });
}
