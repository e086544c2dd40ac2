import type { mtRequestsApi } from '@maillon/contracts';
import { throttleSource } from '@maillon/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { refuseThrottled } from '../http/auth-replies.ts';
import type { Handlers } from '../http/register-routes.ts';
import { publicUseCaseContext, useCaseContext } from '../http/request-context.ts';
import { readOutbox } from '../use-cases/mail/outbox-queries.ts';
import { applyCpamImport, previewCpamImport } from '../use-cases/mt-requests/cpam-import.ts';
import {
  actOnRequest,
  addNote,
  createTeamRequest,
  eraseRequest,
  mergeRequests,
  updateRequest,
} from '../use-cases/mt-requests/desk-commands.ts';
import { listRequests, requestDetail } from '../use-cases/mt-requests/desk-queries.ts';
import { readDeskSettings, saveDeskSettings } from '../use-cases/mt-requests/desk-settings.ts';
import { lookupCommunes, publicDesk, publicStatus, submitPublicRequest, type Throttled } from '../use-cases/mt-requests/public-door.ts';
import { requestCounts } from '../use-cases/mt-requests/request-counts.ts';
import { exportRequestJson, exportRequestPdf } from '../use-cases/mt-requests/right-of-access.ts';

const settingsDto = (s: Awaited<ReturnType<typeof readDeskSettings>>) => ({
  priorityRule: s.priorityRule,
  responseDays: s.responseDays,
  retentionMonths: s.retentionMonths,
  isDefault: s.isDefault,
  updatedAt: s.updatedAt?.toISOString() ?? null,
});

function unlessThrottled<T extends object>(reply: FastifyReply, result: T | Throttled): T {
  if ('throttled' in result) refuseThrottled(reply, result);
  return result as T;
}

/** Médecin-traitant requests (routes of packages/contracts/src/api/mt-requests.api.ts). */
export function mtRequestsHandlers(ctx: AppContext): Handlers<typeof mtRequestsApi> {
  const context = (request: FastifyRequest) => useCaseContext(ctx, request);
  const anyone = (request: FastifyRequest) => publicUseCaseContext(ctx, request);
  const source = (request: FastifyRequest) => throttleSource(request.ip ?? 'unknown');
  const ids = (params: { id: string; requestId: string }) => ({ cptsId: params.id, requestId: params.requestId });
  return {
    publicCommunes: async ({ query }, request) => lookupCommunes(anyone(request).ports, query.q),
    publicDesk: async ({ params }, request) => publicDesk(anyone(request).ports, params.id),
    publicSubmit: async ({ body }, request, reply) =>
      unlessThrottled(reply, await submitPublicRequest(anyone(request), body, source(request))),
    publicStatus: async ({ body }, request, reply) => unlessThrottled(reply, await publicStatus(anyone(request), body, source(request))),
    list: async ({ params, query }, request) => listRequests(context(request), params.id, query),
    create: async ({ params, body }, request) => createTeamRequest(context(request), params.id, body),
    get: async ({ params }, request) => requestDetail(context(request), ids(params)),
    update: async ({ params, body }, request) => updateRequest(context(request), ids(params), body),
    addNote: async ({ params, body }, request) => addNote(context(request), ids(params), body.body),
    act: async ({ params, body }, request) => actOnRequest(context(request), ids(params), body),
    merge: async ({ params, body }, request) => mergeRequests(context(request), ids(params), body.duplicateId),
    exportJson: async ({ params }, request) => exportRequestJson(context(request), ids(params)),
    exportPdf: async ({ params }, request) => exportRequestPdf(context(request), ids(params)),
    erase: async ({ params, body }, request) => {
      await eraseRequest(context(request), ids(params), body.confirmNumber);
      return undefined;
    },
    cpamPreview: async ({ params, body }, request) => previewCpamImport(context(request), params.id, body),
    cpamApply: async ({ params, body }, request) => applyCpamImport(context(request), params.id, body),
    settings: async ({ params }, request) => settingsDto(await readDeskSettings(context(request), params.id)),
    saveSettings: async ({ params, body }, request) => settingsDto(await saveDeskSettings(context(request), params.id, body)),
    counts: async ({ query }, request) => requestCounts(context(request), query),
    outbox: async ({ query }, request) => readOutbox(context(request), query.state),
  };
}
