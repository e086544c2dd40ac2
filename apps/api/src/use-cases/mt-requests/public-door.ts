import { timingSafeEqual } from 'node:crypto';
import {
  checkFormTraps,
  countHit,
  DomainError,
  duplicateKey,
  giveBackHit,
  invalid,
  type MtRequestIdentity,
  type MtRequestRecord,
  type MtRequestSituation,
  normaliseRequestNumber,
  notFound,
  PUBLIC_FORM_POLICY,
  PUBLIC_STATUS_LABELS,
  type RequestStatus,
  requestNumber,
} from '@maillon/domain';
import { deliverQueued, queueMail } from '../mail/outbox.ts';
import { requestReceivedMail } from '../mail/templates.ts';
import { deskSettingsOf } from './desk-settings.ts';
import type { MtRequestsContext, MtRequestsPorts } from './mt-requests-ports.ts';
import { recordEvent } from './request-events.ts';

/** CPTS that take requests: any with a territory, except dissolved or merged ones. */
const CLOSED_STAGES = new Set(['dissolved', 'merged']);

/** Communes matching a name or postal code, each with the CPTS covering it (0, 1 or several). */
export async function lookupCommunes(ports: Pick<MtRequestsPorts, 'geography' | 'cpts'>, query: string) {
  const units = await ports.geography.searchUnits(query, { limit: 20 });
  const territories = (await ports.cpts.territories()).filter((t) => !CLOSED_STAGES.has(t.stage));
  return {
    items: units.map((u) => ({
      code: u.code,
      name: u.name,
      postalCodes: u.postalCodes,
      departementCode: u.departementCode,
      cpts: territories
        .filter((t) => t.unitCodes.includes(u.code))
        .map((t) => ({ id: t.id, name: t.name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    })),
  };
}

async function openCpts(ports: Pick<MtRequestsPorts, 'cpts'>, cptsId: string) {
  const cpts = await ports.cpts.get(cptsId);
  if (!cpts || CLOSED_STAGES.has(cpts.stage)) throw notFound('CPTS introuvable.');
  return cpts;
}

/** What the consent text needs: the controller (the CPTS, its name and address) and the retention period. */
export async function publicDesk(ports: Pick<MtRequestsPorts, 'cpts' | 'mtRequests' | 'geography'>, cptsId: string) {
  const cpts = await openCpts(ports, cptsId);
  const settings = await deskSettingsOf(ports, cptsId);
  const communes = await ports.geography.unitsByCodes(await ports.cpts.unitCodes(cptsId));
  return {
    cptsId,
    name: cpts.name,
    address: cpts.address,
    cptsEmail: cpts.email,
    retentionMonths: settings.retentionMonths,
    responseDays: settings.responseDays,
    communes: communes.map((u) => ({ code: u.code, name: u.name })).sort((a, b) => a.name.localeCompare(b.name, 'fr')),
  };
}

/** A refusal by the public limits: the route answers 429 with `Retry-After`. */
export interface Throttled {
  throttled: true;
  retryAfterSeconds: number;
  message: string;
}

const throttled = (retryAfterSeconds: number, message: string): Throttled => ({ throttled: true, retryAfterSeconds, message });

/** Draws a fresh request number (40 random bits; a collision is drawn again). */
/** `count` request numbers of the year not yet taken, checked in one query per attempt. */
export async function freshNumbers(ports: Pick<MtRequestsPorts, 'mtRequests'>, year: number, count: number): Promise<string[]> {
  const found = new Set<string>();
  for (let attempt = 0; attempt < 5 && found.size < count; attempt++) {
    const candidates = new Set<string>();
    while (candidates.size < count - found.size) {
      const number = requestNumber(year, crypto.getRandomValues(new Uint8Array(5)));
      if (!found.has(number)) candidates.add(number);
    }
    const taken = await ports.mtRequests.takenNumbers([...candidates]);
    for (const number of candidates) if (!taken.has(number)) found.add(number);
  }
  if (found.size < count) throw new DomainError('CONFLICT', 'Numéro de demande indisponible : réessayez.');
  return [...found];
}

export interface NewRequestInput extends MtRequestIdentity, MtRequestSituation {}

/** A new request record of a CPTS (seniority today, waiting). */
export async function newRequestRecord(
  ctx: Pick<MtRequestsContext, 'ports' | 'now' | 'today'>,
  options: {
    cptsId: string;
    input: NewRequestInput;
    source: MtRequestRecord['source'];
    createdBy: string | null;
    /** The CPTS's communes when the caller already has them (an import of many lines). */
    territory?: ReadonlySet<string>;
    /** A number reserved by the caller (freshNumbers, for many requests at once). */
    number?: string;
  },
): Promise<MtRequestRecord> {
  const { input } = options;
  if (input.birthDate > ctx.today) throw invalid('birthDate', 'La date de naissance est dans le futur.');
  if (input.gpLostOn && input.gpLostOn > ctx.today) throw invalid('gpLostOn', 'La date de perte du médecin traitant est dans le futur.');
  if (input.gpLostOn && input.gpLostOn < input.birthDate)
    throw invalid('gpLostOn', 'La date de perte du médecin traitant précède la naissance.');
  const territory = options.territory ?? new Set(await ctx.ports.cpts.unitCodes(options.cptsId));
  if (!territory.has(input.unitCode)) throw invalid('unitCode', 'Cette commune ne fait pas partie du territoire de la CPTS.');
  return {
    ...input,
    id: crypto.randomUUID(),
    cptsId: options.cptsId,
    number: options.number ?? (await freshNumbers(ctx.ports, Number(ctx.today.slice(0, 4)), 1))[0] ?? '',
    status: 'waiting' as RequestStatus,
    source: options.source,
    requestedOn: ctx.today,
    closedOn: null,
    mergedInto: null,
    duplicateKey: duplicateKey(input),
    consentedAt: options.source === 'public' ? ctx.now : null,
    isDemo: false,
    createdAt: ctx.now,
    createdBy: options.createdBy,
    updatedAt: ctx.now,
  };
}

export interface PublicSubmission extends NewRequestInput {
  cptsId: string;
  website?: string | undefined;
  openedAt: number;
}

/**
 * Files a request from the public page (issue #9 item 1): bot traps, limits per address and per
 * CPTS (counted before the work, in the database), then the request, its history line, its
 * audit entry and the acknowledgment e-mail in the outbox, in one transaction; the e-mail leaves
 * after the commit.
 */
export async function submitPublicRequest(ctx: MtRequestsContext, input: PublicSubmission, source: string) {
  checkFormTraps({ website: input.website, openedAt: input.openedAt }, ctx.now);
  if (!input.email && !input.phone) throw invalid('email', 'Indiquez un e-mail ou un téléphone pour être recontacté(e).');
  const cpts = await openCpts(ctx.ports, input.cptsId);
  const policy = PUBLIC_FORM_POLICY;
  const decision = await ctx.ports.publicThrottle.withLockedCounters(
    [`mt-submit-ip:${source}`, `mt-submit-cpts:${cpts.id}`],
    (counters) => {
      const d = countHit(
        counters,
        [
          { key: `mt-submit-ip:${source}`, limit: policy.submissionsPerSource },
          { key: `mt-submit-cpts:${cpts.id}`, limit: policy.submissionsPerCpts },
        ],
        ctx.now,
      );
      return { save: d.allowed ? d.save : new Map(), result: d };
    },
  );
  if (!decision.allowed) {
    return throttled(
      decision.retryAfterSeconds,
      'Trop de demandes envoyées depuis cette connexion : réessayez plus tard ou appelez la CPTS.',
    );
  }
  const { cptsId, website: _website, openedAt: _openedAt, ...fields } = input;
  const { record, mail } = await ctx.transaction(async (ports) => {
    const record = await newRequestRecord(
      { ports, now: ctx.now, today: ctx.today },
      { cptsId, input: fields, source: 'public', createdBy: null },
    );
    await ports.mtRequests.insert(record);
    await recordEvent(ports, {
      requestId: record.id,
      at: ctx.now,
      actorId: null,
      kind: 'created',
      detail: 'Demande déposée sur la page publique',
    });
    await ports.audit.record({ action: 'create', entity: 'mtRequest', recordIds: [record.id], cptsId, details: { source: 'public' } });
    const message = record.email
      ? requestReceivedMail(record.email, { number: record.number, cptsName: cpts.name, statusPath: '/medecin-traitant/suivi' })
      : null;
    const mailId = message ? await queueMail(ports, { message, kind: 'mt-request-received', cptsId, now: ctx.now }) : null;
    return { record, mail: message && mailId ? { id: mailId, message } : null };
  });
  const emailSent = mail ? await deliverQueued(ctx.ports, { id: mail.id, message: mail.message, now: () => new Date() }) : false;
  return { number: record.number, cptsName: cpts.name, emailSent };
}

const sameText = (a: string, b: string) => {
  const x = Buffer.from(a.padEnd(64).slice(0, 64));
  const y = Buffer.from(b.padEnd(64).slice(0, 64));
  return timingSafeEqual(x, y) && a.length === b.length;
};

/**
 * The public status page (number + birth date). Each try is reserved against the limits per
 * address and per number before the lookup and given back when it succeeds, like a login; the
 * birth date is compared in constant time, and an unknown number costs the same comparison,
 * so the answer "not found" says nothing about which of the two was wrong.
 */
export async function publicStatus(ctx: MtRequestsContext, input: { number: string; birthDate: string }, source: string) {
  const number = normaliseRequestNumber(input.number);
  const policy = PUBLIC_FORM_POLICY;
  const keys = [`mt-status-ip:${source}`, `mt-status-number:${number}`];
  const reserved = await ctx.ports.publicThrottle.withLockedCounters(keys, (counters) => {
    const d = countHit(
      counters,
      [
        { key: keys[0] as string, limit: policy.statusFailuresPerSource },
        { key: keys[1] as string, limit: policy.statusFailuresPerNumber },
      ],
      ctx.now,
    );
    return { save: d.allowed ? d.save : new Map(), result: d };
  });
  if (!reserved.allowed) return throttled(reserved.retryAfterSeconds, 'Trop d’essais : patientez quelques minutes avant de réessayer.');
  const record = await ctx.ports.mtRequests.getByNumber(number);
  const matches = sameText(record?.birthDate ?? '0000-00-00', input.birthDate) && record !== null;
  if (!record || !matches) throw notFound('Aucune demande ne correspond à ce numéro et à cette date de naissance.');
  await ctx.ports.publicThrottle.withLockedCounters(keys, (counters) => ({ save: giveBackHit(counters, keys), result: null }));
  await ctx.ports.audit.record({
    action: 'read',
    entity: 'mtRequest',
    recordIds: [record.id],
    cptsId: record.cptsId,
    details: { view: 'status' },
  });
  const cpts = await ctx.ports.cpts.get(record.cptsId);
  return {
    number: record.number,
    cptsName: cpts?.name ?? '',
    requestedOn: record.requestedOn,
    status: record.status,
    message: PUBLIC_STATUS_LABELS[record.status],
  };
}
