import type { aciApi } from '@maillon/contracts';
import type { AppContext } from '../context.ts';
import { XLSX_TYPE } from '../http/downloads.ts';
import type { Handlers } from '../http/register-routes.ts';
import { useCaseContext } from '../http/request-context.ts';
import { aciReferenceView, editAciReference } from '../use-cases/aci/aci-reference-admin.ts';
import {
  amendContract,
  createContract,
  getContract,
  listContracts,
  recordContractMission,
  terminateContract,
  updateContract,
} from '../use-cases/aci/contracts.ts';
import { financingCsv, financingFileName, financingWorkbook } from '../use-cases/aci/financing-export.ts';
import { financingView } from '../use-cases/aci/financing-view.ts';

/** ACI contracts (routes declared in packages/contracts/src/api/aci.api.ts). */
export function aciHandlers(ctx: AppContext): Handlers<typeof aciApi> {
  const context = (request: Parameters<typeof useCaseContext>[1]) => useCaseContext(ctx, request);
  return {
    listOfCpts: async ({ params }, request) => ({ items: await listContracts(context(request), params.id) }),
    create: async ({ params, body }, request) => {
      const c = context(request);
      return getContract(c, await createContract(c, params.id, body));
    },
    get: async ({ params }, request) => getContract(context(request), params.id),
    update: async ({ params, body }, request) => {
      const c = context(request);
      await updateContract(c, params.id, body);
      return getContract(c, params.id);
    },
    recordMission: async ({ params, body }, request) => {
      const c = context(request);
      await recordContractMission(c, { contractId: params.id, mission: params.mission }, body);
      return getContract(c, params.id);
    },
    amend: async ({ params, body }, request) => {
      const c = context(request);
      await amendContract(c, params.id, body);
      return getContract(c, params.id);
    },
    terminate: async ({ params, body }, request) => {
      const c = context(request);
      await terminateContract(c, params.id, body);
      return getContract(c, params.id);
    },
    financing: async ({ query }, request) => financingView(context(request), query),
    financingCsv: async ({ query }, request) => {
      const view = await financingView(context(request), query);
      return { name: financingFileName(view, 'csv'), type: 'text/csv; charset=utf-8', body: financingCsv(view) };
    },
    financingXlsx: async ({ query }, request) => {
      const view = await financingView(context(request), query);
      return { name: financingFileName(view, 'xlsx'), type: XLSX_TYPE, body: new Uint8Array(await financingWorkbook(view)) };
    },
    reference: async (_input, request) => aciReferenceView(context(request)),
    editReference: async ({ body }, request) => {
      const c = context(request);
      await editAciReference(c, { ...body, source: { url: body.source.url || null, citation: body.source.citation } });
      return aciReferenceView(c);
    },
  };
}
