import { formatDate } from '@maillon/domain';
import { styleHeader } from '../diagnostic/diagnostic-xlsx.ts';
import { newWorkbook } from '../documents/workbook.ts';
import type { AnnualReport } from './annual-report.ts';

const EUROS = '#,##0.00 "€"';
const COUNT = '#,##0';

const euros = (cents: number | null) => (cents === null ? null : cents / 100);

/** The annual activity report as a workbook: the same figures as the PDF, amounts as numbers in euros. */
export async function annualReportXlsx(report: AnnualReport): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Maillon';
  workbook.created = new Date(`${report.generatedOn}T12:00:00Z`);

  const summary = workbook.addWorksheet('Synthèse');
  const a = report.assessment;
  const rows: [string, string | number][] = [
    ["Rapport annuel d'activité", report.cpts.name],
    ...(report.isDemo ? ([['Avertissement', 'Données de démonstration (CPTS fictive)']] as [string, string][]) : []),
    ['Année du contrat', report.year.number],
    ['Période', report.year.periodText],
    ['Forme juridique', report.cpts.legalForm],
    ['SIRET', report.cpts.siret ?? '—'],
    ['FINESS', report.cpts.finess ?? '—'],
    ['Étape', report.cpts.stageLabel],
    ['Contrat signé le', report.contract.signedOnText],
    ['Échéance du contrat', report.contract.endsOnText],
    ['État du contrat', report.contract.statusLabel],
    ['Taille', report.contract.sizeCategory],
    ['Population', report.contract.populationText],
    ['Évaluation', a.statusLabel],
    ['Part variable', a.totalPayableText],
    ["Dû au titre de l'année", report.payments.dueText],
    [`Échu au ${formatDate(report.generatedOn)}`, report.payments.paidText],
    ['Établi le', formatDate(report.generatedOn)],
  ];
  for (const row of rows) summary.addRow(row);
  summary.getColumn(1).width = 34;
  summary.getColumn(2).width = 80;
  summary.getColumn(1).font = { bold: true };

  const missions = workbook.addWorksheet('Missions');
  missions.addRow(['Mission', 'Nature', 'Démarrée le', 'Démarrage', 'Déployée le', 'Déploiement']);
  for (const m of report.missions) {
    missions.addRow([
      m.label,
      m.kindLabel,
      m.startedOn ? formatDate(m.startedOn) : '—',
      m.startStatusLabel,
      m.deployedOn ? formatDate(m.deployedOn) : '—',
      m.deployStatusLabel,
    ]);
  }
  styleHeader(missions, [36, 14, 14, 28, 14, 28]);

  const indicators = workbook.addWorksheet('Indicateurs');
  indicators.addRow([
    'Mission',
    'Indicateur',
    'Unité',
    'Source',
    'Objectif (paliers)',
    'Valeur',
    'Origine',
    'Palier atteint',
    'Acquis (€)',
    'Explication',
  ]);
  for (const line of a.lines) {
    const row = indicators.addRow([
      line.missionLabel,
      line.label,
      line.unit,
      line.dataSource,
      line.targetText,
      line.value,
      line.sourceLabel ?? '—',
      line.tierText,
      euros(line.earnedCents),
      line.explanation,
    ]);
    row.getCell(9).numFmt = EUROS;
  }
  styleHeader(indicators, [28, 44, 12, 10, 44, 12, 18, 18, 14, 70]);

  const variable = workbook.addWorksheet('Part variable');
  variable.addRow(['Mission', 'Acquis', 'Enveloppe', 'Versé (plafonné)', 'Explication']);
  for (const m of a.missions) {
    const row = variable.addRow([m.label, m.earnedText, m.envelopeText, euros(m.payableCents), m.explanation]);
    row.getCell(4).numFmt = EUROS;
  }
  styleHeader(variable, [36, 16, 16, 18, 80]);

  const payments = workbook.addWorksheet('Montants');
  payments.addRow(['Date', 'Poste', 'Nature', 'Montant (€)', 'État']);
  for (const p of report.payments.rows) {
    const row = payments.addRow([p.dateText, p.item, p.kind, euros(p.amountCents), p.paid ? 'échu' : 'à venir']);
    row.getCell(4).numFmt = EUROS;
  }
  styleHeader(payments, [12, 36, 14, 16, 10]);

  const membership = workbook.addWorksheet('Adhésion');
  const m = report.membership;
  membership.addRow(['Indicateur', 'Nombre']);
  for (const [label, count] of [
    [`Adhérents au ${m.countedOnText}`, m.members],
    ['dont professionnels de santé', m.professionals],
    ['dont structures', m.structures],
    ["Adhésions pendant l'année", m.joined],
    ["Départs pendant l'année", m.left],
    ['Assemblées générales tenues', m.assembliesHeld],
    ...m.byProfession.map((p) => [`Professionnels adhérents : ${p.label}`, p.count] as const),
  ] as const) {
    membership.addRow([label, count]).getCell(2).numFmt = COUNT;
  }
  styleHeader(membership, [48, 12]);

  const evidence = workbook.addWorksheet('Justificatifs');
  evidence.addRow(['Fichier', 'Type', 'Taille', 'Indicateur', 'SHA-256']);
  const labels = new Map(a.lines.map((l) => [l.indicatorId, l.label]));
  for (const e of a.evidence) {
    evidence.addRow([e.fileName, e.typeLabel, e.sizeText, e.indicatorId ? (labels.get(e.indicatorId) ?? e.indicatorId) : '—', e.sha256]);
  }
  styleHeader(evidence, [40, 8, 10, 40, 66]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
