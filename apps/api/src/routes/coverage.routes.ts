import { coverageSchema, departementCodeSchema, errorBodySchema, regionCodeSchema } from '@maillon/contracts';
import type { CoverageScope } from '@maillon/domain';
import { z } from 'zod';
import { type AppContext, todayIn } from '../context.ts';
import { requirePrincipal } from '../http/auth-hooks.ts';
import type { App } from '../http/types.ts';
import { getCoverage } from '../use-cases/coverage/get-coverage.ts';
import { unitLevels } from '../use-cases/coverage/unit-levels.ts';

const scopeQuery = z.object({ region: regionCodeSchema.optional(), departement: departementCodeSchema.optional() });

function scopeOf(query: z.infer<typeof scopeQuery>): CoverageScope {
  if (query.departement) return { kind: 'departement', code: query.departement };
  if (query.region) return { kind: 'region', code: query.region };
  return { kind: 'france' };
}

export function coverageRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/coverage',
    {
      schema: {
        tags: ['observatoire'],
        summary: 'Couverture de la population par les CPTS (France, région ou département)',
        querystring: scopeQuery,
        response: { 200: coverageSchema, 403: errorBodySchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const db = ctx.database.db;
      return getCoverage({
        db,
        index: await ctx.territoryIndex.get(db),
        principal,
        scope: scopeOf(request.query),
        today: todayIn(ctx.clock),
      });
    },
  );

  app.get(
    '/api/coverage/units',
    {
      schema: {
        tags: ['observatoire'],
        summary: 'Niveau de couverture de chaque unité (carte)',
        querystring: scopeQuery,
        response: {
          200: z.object({
            units: z.array(z.object({ code: z.string(), stageLevel: z.number().int(), cptsIds: z.array(z.string()) })),
          }),
        },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const db = ctx.database.db;
      const index = await ctx.territoryIndex.get(db);
      const scope = scopeOf(request.query);
      // Same authorisation as the coverage itself.
      await getCoverage({ db, index, principal, scope, today: todayIn(ctx.clock) });
      return { units: await unitLevels(db, index, scope) };
    },
  );
}
