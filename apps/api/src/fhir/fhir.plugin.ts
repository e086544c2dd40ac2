import type { FhirClientRecord } from '@maillon/domain';
import type { Appointment } from '@medplum/fhirtypes';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createAuditRecorder } from '../composition/audit-recorder.ts';
import { portsFor } from '../composition/ports.ts';
import type { AppContext } from '../context.ts';
import { databaseFailureAnswer, databaseFailureOf } from '../http/database-errors.ts';
import { requestErrorBody } from '../http/error-handler.ts';
import { authenticateFhirClient } from '../use-cases/fhir/fhir-client-auth.ts';
import type { FhirContext } from '../use-cases/fhir/fhir-ports.ts';
import { recordSasAppointment } from '../use-cases/fhir/record-sas-appointment.ts';
import { searchFhirSlots } from '../use-cases/fhir/search-fhir-slots.ts';
import { appointmentResponse, identifierKey, parseSasAppointment } from './appointment-input.ts';
import { capabilityStatement } from './capability-statement.ts';
import { FHIR_JSON, FhirError, operationOutcome, outcomeOf } from './operation-outcome.ts';
import { slotBundle } from './slot-bundle.ts';
import { parseSlotSearch, rawQueryPairs } from './slot-search-params.ts';

declare module 'fastify' {
  interface FastifyRequest {
    fhirClient: FhirClientRecord | null;
  }
}

/**
 * The SAS FHIR interface under /fhir (issue #10 item 4, docs/reference/slots.md §4). FHIR has its
 * own schemas, so these routes live outside the zod /api contract table and the OpenAPI
 * document (`hide`); they keep the same layering: parse here, then one use case on ports.
 * Every answer is application/fhir+json, every error an OperationOutcome, never a 500 for a
 * request's content.
 */
const send = (reply: FastifyReply, status: number, body: unknown) => reply.status(status).type(FHIR_JSON).send(JSON.stringify(body));

const origin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

const HIDDEN = { schema: { hide: true } } as const;

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : '';
}

/** Audit entries of a FHIR request name the client (no person signs in on /fhir). */
const recorderFor = (ctx: AppContext, request: FastifyRequest, label: string) =>
  createAuditRecorder({
    actor: { userId: null, label },
    origin: { route: `${request.method} ${request.routeOptions.url ?? '/fhir'}`, sourceIp: request.ip ?? null },
    clock: ctx.clock,
  });

function fhirContext(ctx: AppContext, request: FastifyRequest): FhirContext {
  const client = request.fhirClient;
  if (!client) throw new FhirError(401, 'login', 'Jeton d’accès manquant.');
  const audit = recorderFor(ctx, request, `client FHIR « ${client.name} »`);
  const db = ctx.database.db;
  return { ports: portsFor(db, audit), transaction: (work) => db.transaction((tx) => work(portsFor(tx, audit))), client, now: ctx.clock() };
}

function errorAnswer(error: FastifyError, request: FastifyRequest): { status: number; body: unknown } {
  const known = outcomeOf(error);
  if (known) return known;
  const failure = databaseFailureOf(error);
  if (failure?.constraint === 'slot_bookings_one_live' || failure?.constraint === 'slot_bookings_external_id') {
    request.log.warn({ db: failure }, 'fhir: booking refused by a unique index');
    const message =
      failure.constraint === 'slot_bookings_one_live' ? 'Ce créneau est déjà réservé.' : 'Un rendez-vous porte déjà cet identifiant.';
    return { status: 409, body: operationOutcome([{ severity: 'error', code: 'conflict', diagnostics: message }]) };
  }
  const answer = failure && databaseFailureAnswer(failure);
  if (answer) {
    const status = answer.code === 'CONFLICT' ? 409 : 422;
    return {
      status,
      body: operationOutcome([
        { severity: 'error', code: answer.code === 'CONFLICT' ? 'conflict' : 'invalid', diagnostics: answer.message },
      ]),
    };
  }
  if (!failure && error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    const { status, message } = requestErrorBody(error);
    return { status, body: operationOutcome([{ severity: 'error', code: status === 413 ? 'too-long' : 'invalid', diagnostics: message }]) };
  }
  request.log.error({ err: error, route: request.routeOptions.url ?? 'unmatched' }, 'fhir: unexpected error');
  return {
    status: 500,
    body: operationOutcome([
      { severity: 'fatal', code: 'exception', diagnostics: 'Erreur interne du serveur : l’incident est enregistré.' },
    ]),
  };
}

export function fhirPlugin(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    app.decorateRequest('fhirClient', null);
    app.addContentTypeParser('application/fhir+json', { parseAs: 'string' }, (_request, body, done) => {
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(new FhirError(400, 'structure', 'Corps de requête JSON invalide.'), undefined);
      }
    });
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const { status, body } = errorAnswer(error, request);
      return send(reply, status, body);
    });
    app.setNotFoundHandler((request, reply) =>
      send(
        reply,
        404,
        operationOutcome([
          {
            severity: 'error',
            code: 'not-supported',
            diagnostics: `Ressource FHIR inconnue : ${request.method} ${request.url.split('?')[0]}`,
          },
        ]),
      ),
    );
    // The CapabilityStatement is public (FHIR R4 http.html#capabilities); everything else needs a live client.
    app.addHook('onRequest', async (request) => {
      if (request.url.split('?')[0] === '/fhir/metadata') return;
      const ports = portsFor(ctx.database.db, recorderFor(ctx, request, 'client FHIR (authentification)'));
      request.fhirClient = await authenticateFhirClient(ports, bearer(request), ctx.clock());
    });

    app.get('/metadata', HIDDEN, async (request, reply) =>
      send(reply, 200, capabilityStatement(`${origin(request)}/fhir`, ctx.clock().toISOString())),
    );

    app.get('/Slot', HIDDEN, async (request, reply) => {
      const params = parseSlotSearch(rawQueryPairs(request.url));
      const c = fhirContext(ctx, request);
      const result = await searchFhirSlots(c, { from: params.from, to: params.to, idNatPs: params.idNatPs, statuses: params.statuses });
      const base = `${origin(request)}/fhir`;
      return send(
        reply,
        200,
        slotBundle(result, params, {
          base,
          selfUrl: `${origin(request)}${request.url}`,
          bookingUrl: (id) => `${origin(request)}/regulation?creneau=${id}`,
          now: c.now,
        }),
      );
    });

    app.post('/Appointment', HIDDEN, async (request, reply) => {
      const appointment = parseSasAppointment(request.body);
      const { booking } = await recordSasAppointment(fhirContext(ctx, request), appointment, 'create');
      reply.header('location', `${origin(request)}/fhir/Appointment/${booking.id}`);
      return send(reply, 201, appointmentResponse(request.body as Appointment, booking));
    });

    app.put('/Appointment', HIDDEN, async (request, reply) => {
      const identifiers = rawQueryPairs(request.url).filter(([name]) => name === 'identifier');
      const [only] = identifiers;
      if (identifiers.length !== 1 || !only)
        throw new FhirError(
          400,
          'invalid',
          'La mise à jour conditionnelle exige un seul paramètre « identifier=<system>|<value> ».',
          'identifier',
        );
      const bar = only[1].indexOf('|');
      if (bar <= 0 || bar === only[1].length - 1)
        throw new FhirError(400, 'invalid', '« identifier » attend <system>|<value>.', 'identifier');
      const appointment = parseSasAppointment(request.body);
      const asked = identifierKey({ system: only[1].slice(0, bar), value: only[1].slice(bar + 1) }, 'identifier');
      if (asked !== appointment.externalId)
        throw new FhirError(
          400,
          'invalid',
          'L’identifiant de l’URL diffère de celui de la ressource (Appointment.identifier).',
          'identifier',
        );
      const { booking, created } = await recordSasAppointment(fhirContext(ctx, request), appointment, 'upsert');
      if (created) reply.header('location', `${origin(request)}/fhir/Appointment/${booking.id}`);
      return send(reply, created ? 201 : 200, appointmentResponse(request.body as Appointment, booking));
    });
  };
}
