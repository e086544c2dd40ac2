import type { associationSettingsApi } from '@maillon/contracts';
import type { AppContext } from '../context.ts';
import type { Handlers } from '../http/register-routes.ts';
import { useCaseContext } from '../http/request-context.ts';
import {
  createCategory,
  deleteCategory,
  getSettings,
  listCategories,
  saveSettings,
  updateCategory,
} from '../use-cases/association/categories.ts';

/** Statutes' settings and membership categories (routes of packages/contracts/src/api/association-settings.api.ts). */
export function associationSettingsHandlers(ctx: AppContext): Handlers<typeof associationSettingsApi> {
  const context = (request: Parameters<typeof useCaseContext>[1]) => useCaseContext(ctx, request);
  const list = async (c: ReturnType<typeof context>, cptsId: string) => ({ items: await listCategories(c, cptsId) });
  return {
    get: async ({ params }, request) => getSettings(context(request), params.id),
    save: async ({ params, body }, request) => saveSettings(context(request), params.id, body),
    categories: async ({ params }, request) => list(context(request), params.id),
    createCategory: async ({ params, body }, request) => {
      const c = context(request);
      await createCategory(c, params.id, body);
      return list(c, params.id);
    },
    updateCategory: async ({ params, body }, request) => {
      const c = context(request);
      await updateCategory(c, { cptsId: params.id, categoryId: params.categoryId }, body);
      return list(c, params.id);
    },
    deleteCategory: async ({ params }, request) => {
      const c = context(request);
      await deleteCategory(c, params.id, params.categoryId);
      return list(c, params.id);
    },
  };
}
