import {
  DEFAULT_FOLLOW_UP,
  DEFAULT_PRIORITY_RULE,
  type FollowUpSettings,
  type MatchingGp,
  type MatchingPatient,
  type MatchingUnit,
  type MtRequestRecord,
  matchingGpOf,
  type PriorityRule,
  type RequestPriority,
  requestPriority,
} from '@maillon/domain';
import { monthStart } from './gp-capacity.ts';
import type { MtMatchingPorts } from './matching-run-ports.ts';

/** The CPTS's priority rule (part A's settings) or the contracts' default order. */
export async function priorityRuleOf(ports: Pick<MtMatchingPorts, 'mtRequests'>, cptsId: string): Promise<PriorityRule> {
  return (await ports.mtRequests.settings(cptsId))?.priorityRule ?? DEFAULT_PRIORITY_RULE;
}

/** The response commitment (part A's settings) with this part's proposal deadline and reminder. */
export async function followUpOf(ports: Pick<MtMatchingPorts, 'mtRequests' | 'mtMatching'>, cptsId: string): Promise<FollowUpSettings> {
  const [settings, mine] = await Promise.all([ports.mtRequests.settings(cptsId), ports.mtMatching.followUp(cptsId)]);
  return { ...DEFAULT_FOLLOW_UP, ...(mine ?? {}), ...(settings ? { responseDays: settings.responseDays } : {}) };
}

export const priorityOf = (request: MtRequestRecord, rule: PriorityRule, today: string): RequestPriority =>
  requestPriority(
    {
      ald: request.ald,
      c2s: request.c2s,
      ame: request.ame,
      frailty: request.frailty,
      pregnancy: request.pregnancy,
      birthDate: request.birthDate,
      requestedOn: request.requestedOn,
      gpLostOn: request.gpLostOn,
    },
    rule,
    today,
  );

export interface WaitingList {
  requests: Map<string, MtRequestRecord>;
  priorities: Map<string, RequestPriority>;
  patients: MatchingPatient[];
  gps: MatchingGp[];
  units: MatchingUnit[];
}

/**
 * The engine's input for a CPTS on `today`: its waiting requests with their priority under the
 * CPTS's rule, the GPs who declared capacity with the places they still have, and the units
 * involved with their centroid (docs/reference/mt-matching.md §2).
 */
export async function waitingList(ports: MtMatchingPorts, cptsId: string, today: string): Promise<WaitingList> {
  const rule = await priorityRuleOf(ports, cptsId);
  const waiting = await ports.mtRequests.list(cptsId, { statuses: ['waiting'] });
  const priorities = new Map(waiting.map((r) => [r.id, priorityOf(r, rule, today)]));
  const patients = waiting.map((r) => {
    const p = priorities.get(r.id) as RequestPriority;
    return { id: r.id, unitCode: r.unitCode, ageYears: p.ageYears, needsHomeVisits: r.homeVisits, priority: p };
  });
  const declared = await ports.gpCapacity.ofCpts(cptsId);
  const committed = await ports.gpCapacity.committedPlaces(cptsId, monthStart(today));
  const gps = declared.map((d) =>
    matchingGpOf(
      { id: d.idNatPs, practiceUnitCode: d.practiceUnitCode, declaration: d.declaration },
      committed.get(d.idNatPs) ?? { sinceDeclaration: 0, thisMonth: 0 },
    ),
  );
  const units = await ports.mtMatching.matchingUnits([...patients.map((p) => p.unitCode), ...gps.map((g) => g.unitCode)]);
  return { requests: new Map(waiting.map((r) => [r.id, r])), priorities, patients, gps, units };
}
