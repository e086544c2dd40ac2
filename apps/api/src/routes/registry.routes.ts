import type { RegistryImportInput, registryApi } from '@maillon/contracts';
import { assertCanLoadRegistries, registryTemplate } from '@maillon/domain';
import type { AppContext } from '../context.ts';
import { requirePrincipal } from '../http/auth-hooks.ts';
import type { Handlers } from '../http/register-routes.ts';
import { steppedUseCaseContext } from '../http/request-context.ts';
import { runRegistryImport } from '../use-cases/registry/registry-import.ts';

const fileOf = (body: RegistryImportInput) => ({
  regionCode: body.regionCode,
  fileName: body.fileName || null,
  bytes: new Uint8Array(Buffer.from(body.content, 'base64')),
});

/** The CPTS registry import (routes declared in packages/contracts/src/api/registry.api.ts). */
export function registryHandlers(ctx: AppContext): Handlers<typeof registryApi> {
  return {
    preview: async ({ body }, request) => runRegistryImport(await steppedUseCaseContext(ctx, request), fileOf(body), { apply: false }),
    apply: async ({ body }, request) => runRegistryImport(await steppedUseCaseContext(ctx, request), fileOf(body), { apply: true }),
    template: async (_input, request) => {
      assertCanLoadRegistries(requirePrincipal(request));
      return { name: 'modele-registre-cpts.csv', type: 'text/csv; charset=utf-8', body: registryTemplate() };
    },
  };
}
