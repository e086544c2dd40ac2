import type { AssemblyDetailDto } from '@maillon/contracts';
import { type CptsRecord, formatDateTime as formatDateTimeIn, timeZoneOfDepartement } from '@maillon/domain';
import { renderPdf } from '../../documents/pdf-document.ts';

export interface MinutesData {
  cpts: Pick<CptsRecord, 'name' | 'address' | 'isDemo' | 'departementCodes'>;
  assembly: AssemblyDetailDto;
  generatedAt: Date;
}

/** Minutes of a general assembly (issue #3, "results and minutes exported (PDF)"). */
export function minutesPdf({ cpts, assembly, generatedAt }: MinutesData): Promise<Buffer> {
  const title = `Procès-verbal — ${assembly.title}`;
  // Times in the CPTS's own legal time (overseas CPTS are not on Paris time): docs/reference/formats.md §2.
  const timeZone = timeZoneOfDepartement(cpts.departementCodes[0]);
  const formatDateTime = (at: Date) => formatDateTimeIn(at, timeZone);
  return renderPdf({ title, subject: `${cpts.name} — ${assembly.kindLabel}` }, (w) => {
    if (cpts.isDemo) w.paragraph('DOCUMENT DE DÉMONSTRATION — données fictives', { bold: true, color: '#c2410c' });
    w.heading(cpts.name, 16);
    if (cpts.address) w.paragraph(cpts.address);
    w.gap();
    w.heading(title, 14);
    w.field('Nature', assembly.kindLabel);
    w.field('Date', formatDateTime(new Date(assembly.scheduledAt)));
    if (assembly.location) w.field('Lieu', assembly.location);
    w.field('Convoquée le', formatDateTime(new Date(assembly.convenedAt)));
    w.field('État', assembly.closedAt ? `close le ${formatDateTime(new Date(assembly.closedAt))}` : assembly.statusLabel.toLowerCase());
    w.gap();
    w.heading('Ordre du jour', 12);
    w.paragraph(assembly.agenda);
    w.gap();
    const q = assembly.quorum;
    w.heading('Présences et quorum', 12);
    w.paragraph(
      `${q.voters} membres ayant droit de vote, ${q.present} présents, ${q.represented} représentés : ${q.voices} voix. ` +
        `Quorum statutaire : ${q.quorumPercent} %, soit ${q.required} voix — ${q.reached ? 'atteint' : 'non atteint'}.`,
    );
    const names = new Map(assembly.voters.map((v) => [v.memberId, v.displayName]));
    const present = assembly.voters.filter((v) => v.attendance === 'present').map((v) => v.displayName);
    const represented = assembly.voters
      .filter((v) => v.attendance === 'represented')
      .map((v) => `${v.displayName} (pouvoir à ${names.get(v.proxyHolderId ?? '') ?? '—'})`);
    if (present.length) w.paragraph(`Présents : ${present.join(', ')}.`, { size: 9 });
    if (represented.length) w.paragraph(`Représentés : ${represented.join(', ')}.`, { size: 9 });
    w.gap();
    w.heading('Résolutions', 12);
    for (const r of assembly.resolutions) {
      w.paragraph(`Résolution n° ${r.position} — ${r.title}`, { bold: true });
      if (r.text) w.paragraph(r.text, { size: 9 });
      w.paragraph(`Règle : ${r.majorityRuleLabel}.`, { size: 9, color: '#555555' });
      w.paragraph(
        r.outcomeLabel
          ? `Pour : ${r.votesFor} · Contre : ${r.votesAgainst} · Abstentions : ${r.votesAbstain} — ${r.outcomeLabel.toUpperCase()}`
          : 'Non mise aux voix.',
      );
      w.gap(0.6);
    }
    if (assembly.minutes) {
      w.gap();
      w.heading('Compte rendu des débats', 12);
      w.paragraph(assembly.minutes);
    }
    w.gap(2);
    w.paragraph('Le président ou la présidente de séance                    Le ou la secrétaire de séance');
    w.gap(3);
    w.paragraph(`Document généré par Maillon le ${formatDateTime(generatedAt)}.`, { size: 8, color: '#555555' });
  });
}
