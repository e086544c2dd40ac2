import type { EngagementSummaryDto } from '@maillon/contracts';
import { compareProfessionLines, engagementLines, invitationStats, membershipSeries, professionLineLabel } from '@maillon/domain';
import { directorySources } from '../diagnostic/directory-sources.ts';
import { type EngagementContext, loadEngagementFigures, unitName } from './load-engagement-cpts.ts';

/**
 * Members versus professionals practising on the territory, per profession and per unit, over
 * time, and the invitations' follow-up (issue #3 point 5). Aggregates only.
 */
export async function engagementSummary(ctx: EngagementContext, id: string): Promise<EngagementSummaryDto> {
  const { record, unitCodes } = await loadEngagementFigures(ctx.ports, ctx.principal, id);
  const repo = ctx.ports.engagement;
  const [byProfession, byUnit, spans, invitations, sources] = await Promise.all([
    repo.byProfession(record.id, unitCodes),
    repo.byUnit(record.id, unitCodes),
    repo.memberSpans(record.id, unitCodes),
    ctx.ports.invitations.statuses(record.id),
    directorySources(ctx.ports),
  ]);
  const professions = engagementLines(
    byProfession
      .map((row) => ({
        key: row.key,
        label: professionLineLabel(row.key, row.registryLabel),
        professionals: row.professionals,
        members: row.members,
      }))
      .sort(compareProfessionLines),
    'Ensemble des professionnels',
  );
  const counted = new Map(byUnit.map((row) => [row.unitCode, row]));
  const units = engagementLines(
    unitCodes
      .map((code) => ({
        key: code,
        label: unitName(ctx.index, code),
        professionals: counted.get(code)?.professionals ?? 0,
        members: counted.get(code)?.members ?? 0,
      }))
      .sort((a, b) => a.label.localeCompare(b.label, 'fr')),
    'Ensemble',
  );
  const professionals = spans.filter((s) => s.kind === 'professional');
  const active = (kind: string) => spans.filter((s) => s.kind === kind && s.status === 'active');
  return {
    professions: professions.lines,
    total: professions.total,
    units: units.lines,
    series: membershipSeries(professionals, ctx.today),
    members: {
      activeProfessionals: active('professional').length,
      activeStructures: active('structure').length,
      requested: spans.filter((s) => s.status === 'requested').length,
      professionalsOffDirectory: active('professional').filter((s) => !s.practisesOnTerritory).length,
    },
    invitations: invitationStats(invitations),
    sources,
  };
}
