import { formatCount, formatDate } from '@maillon/domain';
import { renderPdf } from '../documents/pdf-document.ts';
import type { AnnualReport } from './annual-report.ts';

/**
 * The annual activity report as a paginated A4 PDF (footer « … · page n / N »), in French formats: the
 * CPTS identity, missions and their state, each indicator against its target with the tier
 * reached, the variable part per mission, amounts of the year and membership figures.
 */
export function annualReportPdf(report: AnnualReport): Promise<Buffer> {
  const title = `Rapport annuel d'activité — ${report.cpts.name} — année ${report.year.number} du contrat ACI`;
  return renderPdf(
    {
      title,
      subject: 'Rapport annuel d’activité ACI CPTS',
      footer: `${report.cpts.name} — rapport annuel d'activité, année ${report.year.number}`,
    },
    (w) => {
      w.heading("Rapport annuel d'activité", 18);
      w.paragraph(`${report.cpts.name} — année ${report.year.number} du contrat ACI (${report.year.periodText})`, { size: 12, bold: true });
      if (report.isDemo)
        w.paragraph('Données de démonstration (CPTS fictive) : ce rapport ne décrit aucune CPTS réelle.', { color: '#a61e4d', bold: true });
      w.paragraph(`Établi le ${formatDate(report.generatedOn)} par Maillon à partir des données enregistrées.`, { color: '#555555' });
      w.gap();

      w.heading('La CPTS');
      w.field('Nom', report.cpts.name);
      w.field('Forme juridique', report.cpts.legalForm);
      if (report.cpts.siret) w.field('SIRET', report.cpts.siret);
      if (report.cpts.finess) w.field('FINESS', report.cpts.finess);
      if (report.cpts.address) w.field('Adresse', report.cpts.address);
      if (report.cpts.email) w.field('Courriel', report.cpts.email);
      w.field('Étape', report.cpts.stageLabel);
      if (report.cpts.departementCodes.length) w.field('Départements', report.cpts.departementCodes.join(', '));
      w.gap();

      w.heading('Le contrat');
      w.field('Signé le', report.contract.signedOnText);
      w.field('Échéance', report.contract.endsOnText);
      w.field('État', report.contract.statusLabel);
      w.field('Taille', `${report.contract.sizeCategory} — ${report.contract.populationText}`);
      if (report.year.versionLabel) w.field('Règles appliquées à cette année', report.year.versionLabel);
      w.gap();

      w.heading('Missions et leur état');
      for (const mission of report.missions) {
        w.paragraph(`${mission.label} (${mission.kindLabel})`, { bold: true });
        w.paragraph(
          `Démarrage : ${mission.startedOn ? formatDate(mission.startedOn) : 'non démarrée'} — ${mission.startStatusLabel}. ` +
            `Déploiement : ${mission.deployedOn ? formatDate(mission.deployedOn) : 'non déployée'} — ${mission.deployStatusLabel}.`,
        );
        w.gap(0.3);
      }
      w.gap();

      const a = report.assessment;
      w.heading('Indicateurs : valeurs et objectifs');
      w.paragraph(`Évaluation : ${a.statusLabel}.`);
      w.gap(0.3);
      if (a.lines.length === 0) w.paragraph('Aucun indicateur au contrat.');
      for (const line of a.lines) {
        w.paragraph(`${line.label} (${line.missionLabel})`, { bold: true });
        w.paragraph(`Objectif : ${line.targetText}`);
        const reached = line.value === null ? '' : ` — ${line.tierText}`;
        w.paragraph(
          `Valeur : ${line.valueText}${line.sourceLabel ? ` (${line.sourceLabel})` : ''}${reached} — acquis : ${line.earnedText}`,
        );
        if (line.note) w.paragraph(`Note : ${line.note}`, { color: '#555555', size: 9 });
        if (line.evidenceExpected.length)
          w.paragraph(`Justificatifs attendus : ${line.evidenceExpected.join(' ; ')}`, { color: '#555555', size: 9 });
        w.gap(0.3);
      }
      w.gap();

      w.heading('Part variable par mission');
      for (const mission of a.missions) {
        w.field(mission.label, `${mission.payableText} (acquis ${mission.earnedText}, enveloppe ${mission.envelopeText})`);
      }
      w.field('Total de la part variable', a.totalPayableText);
      if (a.evidence.length) {
        w.gap(0.5);
        w.paragraph(`Justificatifs joints : ${a.evidence.map((e) => `${e.fileName} (${e.typeLabel}, ${e.sizeText})`).join(' ; ')}`);
      }
      w.gap();

      w.heading(`Montants de l'année ${report.year.number}`);
      for (const row of report.payments.rows) {
        w.paragraph(`${row.dateText} — ${row.item} — ${row.kind} — ${row.amountText} — ${row.paid ? 'échu' : 'à venir'}`);
      }
      if (report.payments.rows.length === 0) w.paragraph('Aucun versement prévu pour cette année.');
      w.gap(0.3);
      w.field("Dû au titre de l'année", report.payments.dueText);
      w.field(`Échu au ${formatDate(report.generatedOn)}`, report.payments.paidText);
      w.gap();

      const m = report.membership;
      w.heading('Adhésion et engagement');
      w.field(`Adhérents au ${m.countedOnText}`, formatCount(m.members));
      w.field('dont professionnels de santé', formatCount(m.professionals));
      w.field('dont structures', formatCount(m.structures));
      w.field("Adhésions pendant l'année", formatCount(m.joined));
      w.field("Départs pendant l'année", formatCount(m.left));
      w.field('Assemblées générales tenues', formatCount(m.assembliesHeld));
      if (m.byProfession.length) {
        w.gap(0.3);
        w.paragraph('Professionnels adhérents par profession :', { bold: true });
        for (const p of m.byProfession) w.paragraph(`${p.label} : ${formatCount(p.count)}`);
      }
    },
  );
}
