import { formatDate, formatDateTime, type GP_LOSS_REASONS, type REQUEST_SOURCES, REQUEST_STATUS_LABELS } from '@maillon/domain';
import { renderPdf } from '../association/pdf/pdf-document.ts';
import { teamRequest } from './desk-access.ts';
import { loadRequestDetail } from './desk-queries.ts';
import type { MtRequestsContext } from './mt-requests-ports.ts';

type Ids = { cptsId: string; requestId: string };

const SOURCE_LABELS: Record<(typeof REQUEST_SOURCES)[number], string> = {
  public: 'page publique',
  team: "saisie par l'équipe",
  cpam: 'liste de la CPAM',
};
const LOSS_LABELS: Record<(typeof GP_LOSS_REASONS)[number], string> = {
  retirement: 'départ en retraite du médecin',
  move: 'déménagement du patient',
  gpMoved: 'départ du médecin',
  death: 'décès du médecin',
  other: 'autre raison',
};

async function exportable(ctx: MtRequestsContext, ids: Ids, format: 'json' | 'pdf') {
  const record = await teamRequest(ctx.ports, ctx.principal, ids);
  const detail = await loadRequestDetail(ctx.ports, record, ctx.today);
  const cpts = await ctx.ports.cpts.get(record.cptsId);
  await ctx.ports.audit.record({
    action: 'export',
    entity: 'mtRequest',
    recordIds: [record.id],
    cptsId: record.cptsId,
    details: { format },
  });
  return { detail, controller: { name: cpts?.name ?? '', address: cpts?.address ?? null } };
}

/** Right of access (RGPD art. 15): every datum kept about the request, as JSON. */
export async function exportRequestJson(ctx: MtRequestsContext, ids: Ids) {
  const { detail, controller } = await exportable(ctx, ids, 'json');
  const body = JSON.stringify({ exportedAt: ctx.now.toISOString(), controller, request: detail }, null, 2);
  return { name: `demande-${detail.number}.json`, type: 'application/json; charset=utf-8', body };
}

const yesNo = (v: boolean) => (v ? 'oui' : 'non');

/** The same, as a PDF the team can hand or send to the person. */
export async function exportRequestPdf(ctx: MtRequestsContext, ids: Ids) {
  const { detail: d, controller } = await exportable(ctx, ids, 'pdf');
  const pdf = await renderPdf({ title: `Demande de médecin traitant ${d.number}` }, (w) => {
    w.heading(`Vos données : demande de médecin traitant ${d.number}`);
    w.paragraph(`Responsable du traitement : ${controller.name}${controller.address ? `, ${controller.address}` : ''}.`);
    w.paragraph(`Document établi le ${formatDateTime(ctx.now)} (droit d'accès, RGPD article 15).`, { size: 9 });
    w.gap();
    w.heading('Identité et contact', 12);
    w.field('Nom', d.lastName);
    w.field('Prénom', d.firstName);
    w.field('Date de naissance', formatDate(d.birthDate));
    w.field('Commune', `${d.unitName} (${d.unitCode})`);
    w.field('E-mail', d.email ?? '—');
    w.field('Téléphone', d.phone ?? '—');
    w.gap();
    w.heading('Situation déclarée', 12);
    w.field('ALD', yesNo(d.ald));
    w.field('C2S', yesNo(d.c2s));
    w.field('AME', yesNo(d.ame));
    w.field('Fragilité', yesNo(d.frailty));
    w.field('Grossesse', yesNo(d.pregnancy));
    w.field(
      'Perte du médecin traitant',
      d.gpLostOn ? `${formatDate(d.gpLostOn)}${d.gpLossReason ? `, ${LOSS_LABELS[d.gpLossReason]}` : ''}` : '—',
    );
    w.field('Visites à domicile', yesNo(d.homeVisits));
    w.field("Besoins d'accessibilité", d.accessibilityNeeds ?? '—');
    w.gap();
    w.heading('Demande', 12);
    w.field('Origine', SOURCE_LABELS[d.source]);
    w.field('Déposée le', formatDate(d.requestedOn));
    w.field('Statut', REQUEST_STATUS_LABELS[d.status]);
    w.field('Priorité', d.priority.explanation);
    w.field('Consentement', d.consentedAt ? formatDateTime(d.consentedAt) : '—');
    w.gap();
    w.heading('Notes', 12);
    if (d.notes.length === 0) w.paragraph('Aucune note.');
    for (const n of d.notes) w.paragraph(`${formatDateTime(n.createdAt)} — ${n.authorName ?? 'équipe'} : ${n.body}`);
    w.gap();
    w.heading('Historique', 12);
    for (const h of d.history) {
      const move = h.toStatus ? ` → ${REQUEST_STATUS_LABELS[h.toStatus]}` : '';
      w.paragraph(`${formatDateTime(h.at)} — ${h.detail ?? h.kind}${move}`);
    }
  });
  return { name: `demande-${d.number}.pdf`, type: 'application/pdf', body: pdf };
}
