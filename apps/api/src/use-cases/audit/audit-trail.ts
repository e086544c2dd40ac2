import type { AuditEntryDto, AuditPageDto, AuditQuery } from '@maillon/contracts';
import type { AuditEntryRecord, AuditFilter, AuditRepository } from '@maillon/domain';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  type AuditAction,
  type AuditEntity,
  auditTrailCpts,
  checkAuditPeriod,
  dayIn,
  invalid,
  startOfDayIn,
} from '@maillon/domain';
import { toCsv } from '../engagement/csv.ts';
import type { AuditTrail, UseCaseContext } from '../use-case-context.ts';

/** What reading the audit trail needs: the log itself, and the trail to record that it was read. */
export interface AuditTrailPorts {
  auditLog: Pick<AuditRepository, 'search' | 'count'>;
  audit: AuditTrail;
}

export type AuditTrailContext = UseCaseContext<AuditTrailPorts>;

const SHOWN_RECORD_IDS = 20;
/** An export beyond this asks for a narrower period (the file would not open in a spreadsheet anyway). */
export const AUDIT_EXPORT_MAX_ROWS = 200_000;

/**
 * The filter a principal may use: the admin reads every entry (or one CPTS's); a coordination
 * team reads its CPTS's entries only, and a team of a single CPTS need not name it.
 */
function scopedFilter(ctx: AuditTrailContext, query: AuditQuery): AuditFilter {
  const cptsId = auditTrailCpts(ctx.principal, query.cptsId);
  checkAuditPeriod(query.from, query.to);
  return {
    cptsId,
    from: query.from ? startOfDayIn(query.from) : undefined,
    to: query.to ? startOfDayIn(nextDay(query.to)) : undefined,
    action: query.action,
    entity: query.entity,
    actorUserId: query.actorUserId,
    recordId: query.recordId,
  };
}

const nextDay = (isoDate: string) => new Date(Date.parse(`${isoDate}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function toDto(entry: AuditEntryRecord): AuditEntryDto {
  const action = entry.action as AuditAction;
  const entity = entry.entity as AuditEntity;
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    actorUserId: entry.actorUserId,
    actorLabel: entry.actorLabel,
    action,
    actionLabel: AUDIT_ACTION_LABELS[action] ?? entry.action,
    entity,
    entityLabel: AUDIT_ENTITY_LABELS[entity] ?? entry.entity,
    recordIds: entry.recordIds.slice(0, SHOWN_RECORD_IDS),
    recordCount: entry.recordCount,
    cptsId: entry.cptsId,
    route: entry.route,
    sourceIp: entry.sourceIp,
    details: (entry.details ?? null) as AuditEntryDto['details'],
  };
}

/** A page of the trail, newest first. Reading the trail is itself recorded (it names people). */
export async function readAuditTrail(ctx: AuditTrailContext, query: AuditQuery): Promise<AuditPageDto> {
  const filter = scopedFilter(ctx, query);
  const repo = ctx.ports.auditLog;
  const [entries, total] = await Promise.all([repo.search(filter, { limit: query.limit, beforeId: query.before }), repo.count(filter)]);
  await ctx.ports.audit.record({
    action: 'read',
    entity: 'auditTrail',
    recordIds: entries.map((e) => String(e.id)),
    cptsId: filter.cptsId ?? null,
  });
  const last = entries.at(-1);
  return { items: entries.map(toDto), total, nextBefore: entries.length === query.limit && last ? last.id : null };
}

/** Every entry of the filter as CSV (French spreadsheet conventions), recorded as an export. */
export async function exportAuditTrail(ctx: AuditTrailContext, query: AuditQuery): Promise<{ name: string; body: string }> {
  const filter = scopedFilter(ctx, query);
  const repo = ctx.ports.auditLog;
  const total = await repo.count(filter);
  if (total > AUDIT_EXPORT_MAX_ROWS) {
    throw invalid('from', `L'export est limité à ${AUDIT_EXPORT_MAX_ROWS.toLocaleString('fr-FR')} entrées : resserrez la période.`);
  }
  const rows: AuditEntryRecord[] = [];
  let before: number | undefined;
  for (;;) {
    const page = await repo.search(filter, { limit: 5_000, beforeId: before });
    rows.push(...page);
    if (page.length < 5_000) break;
    before = page.at(-1)?.id;
  }
  await ctx.ports.audit.record({
    action: 'export',
    entity: 'auditTrail',
    recordIds: rows.map((e) => String(e.id)),
    cptsId: filter.cptsId ?? null,
    details: { format: 'csv', rows: rows.length },
  });
  const time = (at: Date) =>
    at.toLocaleTimeString('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const body = toCsv(
    [
      'Numéro',
      'Date',
      'Heure',
      'Utilisateur',
      'Action',
      'Données',
      'Enregistrements',
      'Nombre',
      'CPTS',
      'Route',
      'Adresse source',
      'Détails',
    ],
    rows.map((e) => [
      e.id,
      dayIn(e.at).split('-').reverse().join('/'),
      time(e.at),
      e.actorLabel,
      AUDIT_ACTION_LABELS[e.action as AuditAction] ?? e.action,
      AUDIT_ENTITY_LABELS[e.entity as AuditEntity] ?? e.entity,
      e.recordIds.join(' '),
      e.recordCount,
      e.cptsId,
      e.route,
      e.sourceIp,
      e.details ? JSON.stringify(e.details) : null,
    ]),
  );
  return { name: `journal-audit-${ctx.today}.csv`, body };
}
