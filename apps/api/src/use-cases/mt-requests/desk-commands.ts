import {
  applyRequestAction,
  conflict,
  DomainError,
  duplicateKey,
  invalid,
  isClosedStatus,
  type MtRequestRecord,
  normaliseRequestNumber,
  type RequestAction,
} from '@maillon/domain';
import { assertTeam, teamRequest } from './desk-access.ts';
import { loadRequestDetail, type RequestDetail } from './desk-queries.ts';
import type { MtRequestsContext, MtRequestsPorts } from './mt-requests-ports.ts';
import { type NewRequestInput, newRequestRecord } from './public-door.ts';
import { recordEvent } from './request-events.ts';

type Ids = { cptsId: string; requestId: string };

/** Entry on the patient's behalf (a phone call to the desk). */
export async function createTeamRequest(ctx: MtRequestsContext, cptsId: string, input: NewRequestInput): Promise<RequestDetail> {
  assertTeam(ctx.principal, cptsId);
  return ctx.transaction(async (ports) => {
    const record = await newRequestRecord(
      { ports, now: ctx.now, today: ctx.today },
      { cptsId, input, source: 'team', createdBy: ctx.principal.userId },
    );
    await ports.mtRequests.insert(record);
    await recordEvent(ports, {
      requestId: record.id,
      at: ctx.now,
      actorId: ctx.principal.userId,
      kind: 'created',
      detail: "Saisie par l'équipe",
    });
    await ports.audit.record({ action: 'create', entity: 'mtRequest', recordIds: [record.id], cptsId, details: { source: 'team' } });
    return loadRequestDetail(ports, record, ctx.today);
  });
}

const FIELD_LABELS: Record<keyof NewRequestInput, string> = {
  lastName: 'nom',
  firstName: 'prénom',
  birthDate: 'date de naissance',
  unitCode: 'commune',
  email: 'e-mail',
  phone: 'téléphone',
  ald: 'situation',
  c2s: 'situation',
  ame: 'situation',
  frailty: 'situation',
  pregnancy: 'situation',
  gpLostOn: 'perte du médecin traitant',
  gpLossReason: 'perte du médecin traitant',
  homeVisits: 'visites à domicile',
  accessibilityNeeds: "besoins d'accessibilité",
};

/**
 * Edits identity and situation. Seniority and status do not move; the history says which
 * kinds of fields changed, never their values (no health detail in the history's summary).
 */
export async function updateRequest(ctx: MtRequestsContext, ids: Ids, input: NewRequestInput): Promise<RequestDetail> {
  return ctx.transaction(async (ports) => {
    const record = await teamRequest(ports, ctx.principal, { ...ids, forUpdate: true });
    if (input.birthDate > ctx.today) throw invalid('birthDate', 'La date de naissance est dans le futur.');
    if (input.gpLostOn && input.gpLostOn > ctx.today) throw invalid('gpLostOn', 'La date de perte du médecin traitant est dans le futur.');
    if (input.unitCode !== record.unitCode && !(await ports.cpts.unitCodes(record.cptsId)).includes(input.unitCode)) {
      throw invalid('unitCode', 'Cette commune ne fait pas partie du territoire de la CPTS.');
    }
    const changed = (Object.keys(FIELD_LABELS) as (keyof NewRequestInput)[]).filter((k) => record[k] !== input[k]);
    if (changed.length === 0) return loadRequestDetail(ports, record, ctx.today);
    const next: MtRequestRecord = { ...record, ...input, duplicateKey: duplicateKey(input), updatedAt: ctx.now };
    await ports.mtRequests.update(next);
    const labels = [...new Set(changed.map((k) => FIELD_LABELS[k]))];
    await recordEvent(ports, {
      requestId: record.id,
      at: ctx.now,
      actorId: ctx.principal.userId,
      kind: 'edited',
      detail: `Champs modifiés : ${labels.join(', ')}`,
      data: { fields: changed },
    });
    await ports.audit.record({
      action: 'update',
      entity: 'mtRequest',
      recordIds: [record.id],
      cptsId: record.cptsId,
      details: { fields: changed.join(',') },
    });
    return loadRequestDetail(ports, next, ctx.today);
  });
}

export async function addNote(ctx: MtRequestsContext, ids: Ids, body: string): Promise<RequestDetail> {
  return ctx.transaction(async (ports) => {
    const record = await teamRequest(ports, ctx.principal, ids);
    await ports.mtRequests.addNote({
      id: crypto.randomUUID(),
      requestId: record.id,
      authorId: ctx.principal.userId,
      body,
      createdAt: ctx.now,
    });
    await recordEvent(ports, { requestId: record.id, at: ctx.now, actorId: ctx.principal.userId, kind: 'note', detail: 'Note ajoutée' });
    await ports.audit.record({
      action: 'update',
      entity: 'mtRequest',
      recordIds: [record.id],
      cptsId: record.cptsId,
      details: { note: true },
    });
    return loadRequestDetail(ports, record, ctx.today);
  });
}

/** Applies a status move to a locked request, with its history line (used by the desk and by matching). */
export async function moveRequest(
  ports: MtRequestsPorts,
  options: { record: MtRequestRecord; action: RequestAction; actorId: string | null; now: Date; today: string; comment?: string | null },
): Promise<MtRequestRecord> {
  const { record } = options;
  const change = applyRequestAction(record.status, options.action, options.today);
  const next: MtRequestRecord = { ...record, status: change.to, closedOn: change.closedOn, updatedAt: options.now };
  await ports.mtRequests.update(next);
  await recordEvent(ports, {
    requestId: record.id,
    at: options.now,
    actorId: options.actorId,
    kind: 'status',
    action: change.action,
    fromStatus: change.from,
    toStatus: change.to,
    detail: options.comment ?? null,
  });
  return next;
}

/** The team's status moves (withdraw, reopen, expire, requeue). */
export async function actOnRequest(
  ctx: MtRequestsContext,
  ids: Ids,
  input: { action: RequestAction; comment: string | null },
): Promise<RequestDetail> {
  return ctx.transaction(async (ports) => {
    const record = await teamRequest(ports, ctx.principal, { ...ids, forUpdate: true });
    const next = await moveRequest(ports, {
      record,
      action: input.action,
      actorId: ctx.principal.userId,
      now: ctx.now,
      today: ctx.today,
      comment: input.comment,
    });
    await ports.audit.record({
      action: 'update',
      entity: 'mtRequest',
      recordIds: [record.id],
      cptsId: record.cptsId,
      details: { action: input.action },
    });
    return loadRequestDetail(ports, next, ctx.today);
  });
}

/**
 * Merges a duplicate into this request (issue #9 item 1): the kept request takes the earlier
 * seniority and fills its empty contact fields from the duplicate; the duplicate's notes and
 * history move onto it, and the duplicate is closed as "merged", pointing at the kept request.
 */
export async function mergeRequests(ctx: MtRequestsContext, ids: Ids, duplicateId: string): Promise<RequestDetail> {
  if (duplicateId === ids.requestId) throw invalid('duplicateId', 'Une demande ne peut pas être fusionnée avec elle-même.');
  return ctx.transaction(async (ports) => {
    const kept = await teamRequest(ports, ctx.principal, { ...ids, forUpdate: true });
    const duplicate = await teamRequest(ports, ctx.principal, { cptsId: ids.cptsId, requestId: duplicateId, forUpdate: true });
    if (kept.duplicateKey !== duplicate.duplicateKey) {
      throw invalid('duplicateId', 'Ces deux demandes ne désignent pas la même personne (nom, date de naissance, commune).');
    }
    if (isClosedStatus(kept.status))
      throw conflict('La demande gardée est close : fusionnez-la plutôt dans le doublon ouvert.', 'requestId');
    await ports.mtRequests.moveNotesAndHistory(duplicate.id, kept.id);
    const merged = await moveRequest(ports, {
      record: duplicate,
      action: 'merge',
      actorId: ctx.principal.userId,
      now: ctx.now,
      today: ctx.today,
      comment: `Fusionnée dans ${kept.number}`,
    });
    await ports.mtRequests.update({ ...merged, mergedInto: kept.id });
    const next: MtRequestRecord = {
      ...kept,
      requestedOn: [duplicate.requestedOn, kept.requestedOn].sort()[0] as string,
      email: kept.email ?? duplicate.email,
      phone: kept.phone ?? duplicate.phone,
      accessibilityNeeds: kept.accessibilityNeeds ?? duplicate.accessibilityNeeds,
      gpLostOn: kept.gpLostOn ?? duplicate.gpLostOn,
      gpLossReason: kept.gpLossReason ?? duplicate.gpLossReason,
      ald: kept.ald || duplicate.ald,
      c2s: kept.c2s || duplicate.c2s,
      ame: kept.ame || duplicate.ame,
      updatedAt: ctx.now,
    };
    await ports.mtRequests.update(next);
    await recordEvent(ports, {
      requestId: kept.id,
      at: ctx.now,
      actorId: ctx.principal.userId,
      kind: 'merged',
      detail: `Doublon ${duplicate.number} (${duplicate.source}) fusionné ; ancienneté au ${next.requestedOn}`,
      data: { duplicateId: duplicate.id, duplicateNumber: duplicate.number },
    });
    await ports.audit.record({
      action: 'update',
      entity: 'mtRequest',
      recordIds: [kept.id, duplicate.id],
      cptsId: kept.cptsId,
      details: { merge: true },
    });
    return loadRequestDetail(ports, next, ctx.today);
  });
}

/**
 * Right to erasure (RGPD art. 17): deletes the request, its notes and history after the team
 * typed its number again. The audit entry keeps the id only.
 */
export async function eraseRequest(ctx: MtRequestsContext, ids: Ids, confirmNumber: string): Promise<void> {
  await ctx.transaction(async (ports) => {
    const record = await teamRequest(ports, ctx.principal, { ...ids, forUpdate: true });
    let typed: string;
    try {
      typed = normaliseRequestNumber(confirmNumber);
    } catch {
      throw invalid('confirmNumber', 'Recopiez exactement le numéro de la demande pour confirmer l’effacement.');
    }
    if (typed !== record.number) throw invalid('confirmNumber', 'Le numéro recopié ne correspond pas à cette demande.');
    if (!(await ports.mtRequests.erase(record.id))) throw new DomainError('NOT_FOUND', 'Demande introuvable.');
    await ports.audit.record({
      action: 'delete',
      entity: 'mtRequest',
      recordIds: [record.id],
      cptsId: record.cptsId,
      details: { reason: 'erasure' },
    });
  });
}
