import type { associationAssembliesApi } from '@maillon/contracts';
import type { AppContext } from '../context.ts';
import { PDF_TYPE } from '../http/downloads.ts';
import type { Handlers } from '../http/register-routes.ts';
import { useCaseContext } from '../http/request-context.ts';
import { closeAssembly, convokeAssembly, recordVote, updateAttendance } from '../use-cases/association/assemblies-commands.ts';
import { assemblyDetail, assemblyMinutes, listAssemblies } from '../use-cases/association/assemblies-queries.ts';

/** General assemblies (routes of packages/contracts/src/api/association-assemblies.api.ts). */
export function associationAssembliesHandlers(ctx: AppContext): Handlers<typeof associationAssembliesApi> {
  const context = (request: Parameters<typeof useCaseContext>[1]) => useCaseContext(ctx, request);
  const assembly = (params: { id: string; assemblyId: string }) => ({ cptsId: params.id, assemblyId: params.assemblyId });
  return {
    list: async ({ params }, request) => ({ items: await listAssemblies(context(request), params.id) }),
    convoke: async ({ params, body }, request) => {
      const c = context(request);
      const assemblyId = await convokeAssembly(c, params.id, body);
      return assemblyDetail(c, { cptsId: params.id, assemblyId });
    },
    get: async ({ params }, request) => assemblyDetail(context(request), assembly(params)),
    attendance: async ({ params, body }, request) => updateAttendance(context(request), assembly(params), body),
    vote: async ({ params, body }, request) =>
      recordVote(context(request), { ...assembly(params), resolutionId: params.resolutionId }, body),
    close: async ({ params, body }, request) => closeAssembly(context(request), assembly(params), body),
    minutes: async ({ params }, request) => {
      const { pdf, fileName } = await assemblyMinutes(context(request), assembly(params));
      return { name: fileName, type: PDF_TYPE, body: pdf };
    },
  };
}
