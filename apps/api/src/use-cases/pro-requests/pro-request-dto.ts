import type { ProRequestDto } from '@maillon/contracts';
import type { ProRequestEvent, ProRequestOffer, ProRequestRecord } from '@maillon/domain';
import type { ProRequestsPorts } from './pro-requests-ports.ts';

/** How the viewer relates to a request: what they may see and do (docs/reference/pro-requests.md §6). */
export interface Viewer {
  idNatPs: string | null;
  /** Coordination team of the request's CPTS. */
  team: boolean;
}

export async function communeLabels(ports: Pick<ProRequestsPorts, 'geography'>, codes: readonly string[]): Promise<Map<string, string>> {
  const units = await ports.geography.unitsByCodes([...new Set(codes)]);
  return new Map(units.map((u) => [u.code, u.name]));
}

export function proRequestDto(
  r: ProRequestRecord,
  viewer: Viewer,
  offers: readonly ProRequestOffer[],
  labels: Map<string, string>,
): ProRequestDto {
  const isAuthor = viewer.idNatPs === r.authorIdNatPs;
  const isTaker = viewer.idNatPs !== null && viewer.idNatPs === r.takenByIdNatPs;
  const offer = offers.find((o) => o.idNatPs === viewer.idNatPs);
  const takenByOther = r.status === 'taken' && !isAuthor && !isTaker && !viewer.team;
  return {
    id: r.id,
    cptsId: r.cptsId,
    authorName: r.authorName,
    professionCode: r.professionCode,
    specialtyCode: r.specialtyCode,
    act: r.act,
    unitCode: r.unitCode,
    communeLabel: labels.get(r.unitCode) ?? null,
    wantedOn: r.wantedOn,
    windowStart: r.windowStart,
    windowEnd: r.windowEnd,
    urgency: r.urgency,
    patient:
      takenByOther || (!isAuthor && !isTaker && !viewer.team && (r.status !== 'open' || !offer || offer.declinedAt)) ? null : r.patient,
    stage: r.stage,
    status: r.status,
    escalated: r.escalatedAt !== null,
    deadlineAt: r.deadlineAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
    takenByName: takenByOther ? null : r.takenByName,
    takenByOther,
    canAccept: r.status === 'open' && !isAuthor && offer !== undefined && offer.declinedAt === null,
    isDemo: r.isDemo,
  };
}

export function timelineDto(events: readonly ProRequestEvent[], names: Map<string, string>) {
  return events.map((e) => ({
    at: e.at.toISOString(),
    kind: e.kind,
    who: e.idNatPs ? (names.get(e.idNatPs) ?? null) : null,
    reason: e.reason,
  }));
}
