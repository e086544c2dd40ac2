import type { associationGovernanceApi } from '@maillon/contracts';
import type { AppContext } from '../context.ts';
import type { Handlers } from '../http/register-routes.ts';
import { useCaseContext } from '../http/request-context.ts';
import {
  addMandate,
  createBody,
  deleteBody,
  deleteMandate,
  listBodies,
  updateBody,
  updateMandate,
} from '../use-cases/association/governance.ts';

/** Bodies and mandates (routes of packages/contracts/src/api/association-governance.api.ts). */
export function associationGovernanceHandlers(ctx: AppContext): Handlers<typeof associationGovernanceApi> {
  const context = (request: Parameters<typeof useCaseContext>[1]) => useCaseContext(ctx, request);
  const list = async (c: ReturnType<typeof context>, cptsId: string) => ({ items: await listBodies(c, cptsId) });
  const body = (params: { id: string; bodyId: string }) => ({ cptsId: params.id, bodyId: params.bodyId });
  const mandate = (params: { id: string; mandateId: string }) => ({ cptsId: params.id, mandateId: params.mandateId });
  return {
    bodies: async ({ params }, request) => list(context(request), params.id),
    createBody: async ({ params, body: input }, request) => {
      const c = context(request);
      await createBody(c, params.id, input);
      return list(c, params.id);
    },
    updateBody: async ({ params, body: input }, request) => {
      const c = context(request);
      await updateBody(c, body(params), input);
      return list(c, params.id);
    },
    deleteBody: async ({ params }, request) => {
      const c = context(request);
      await deleteBody(c, body(params));
      return list(c, params.id);
    },
    addMandate: async ({ params, body: input }, request) => {
      const c = context(request);
      await addMandate(c, body(params), input);
      return list(c, params.id);
    },
    updateMandate: async ({ params, body: input }, request) => {
      const c = context(request);
      await updateMandate(c, mandate(params), input);
      return list(c, params.id);
    },
    deleteMandate: async ({ params }, request) => {
      const c = context(request);
      await deleteMandate(c, mandate(params));
      return list(c, params.id);
    },
  };
}
