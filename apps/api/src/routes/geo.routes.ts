import { departementCodeSchema, lineSchema, regionCodeSchema, unitDtoSchema } from '@maillon/contracts';
import { createGeographyRepository } from '@maillon/db';
import { invalid } from '@maillon/domain';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { requirePrincipal } from '../http/auth-hooks.ts';
import type { App } from '../http/types.ts';

/** Reference geography: public administrative data, readable by any signed-in user. */
export function geoRoutes(app: App, ctx: AppContext): void {
  const geo = () => createGeographyRepository(ctx.database.db);
  const tags = ['référentiel géographique'];

  app.get(
    '/api/geo/regions',
    { schema: { tags, response: { 200: z.array(z.object({ code: z.string(), name: z.string() })) } } },
    async (request) => {
      requirePrincipal(request);
      return geo().regions();
    },
  );

  app.get(
    '/api/geo/departements',
    { schema: { tags, querystring: z.object({ region: regionCodeSchema.optional() }) } },
    async (request) => {
      requirePrincipal(request);
      return geo().departements(request.query.region);
    },
  );

  app.get(
    '/api/geo/units/search',
    {
      schema: {
        tags,
        summary: "Recherche d'unités territoriales par nom, code INSEE ou code postal",
        querystring: z.object({
          q: lineSchema(100).trim().min(1, 'Saisissez au moins un caractère.'),
          region: regionCodeSchema.optional(),
        }),
        response: { 200: z.array(unitDtoSchema) },
      },
    },
    async (request) => {
      requirePrincipal(request);
      return geo().searchUnits(request.query.q, { regionCode: request.query.region, limit: 20 });
    },
  );

  app.get('/api/geo/epcis', { schema: { tags, querystring: z.object({ region: regionCodeSchema }) } }, async (request) => {
    requirePrincipal(request);
    return geo().epcisOfRegion(request.query.region);
  });

  app.get(
    '/api/geo/group-units',
    {
      schema: {
        tags,
        summary: "Unités d'un EPCI ou d'un département",
        querystring: z.object({
          epci: z
            .string()
            .regex(/^\d{9}$/, 'Code SIREN d’EPCI invalide.')
            .optional(),
          departement: departementCodeSchema.optional(),
        }),
        response: { 200: z.object({ units: z.array(z.string()), items: z.array(unitDtoSchema) }) },
      },
    },
    async (request) => {
      requirePrincipal(request);
      const { epci, departement } = request.query;
      if (!epci && !departement) throw invalid('epci', 'Indiquez un EPCI ou un département.');
      const units = await geo().unitCodesOf({ epci, departement });
      return { units, items: await geo().unitsByCodes(units) };
    },
  );

  app.get(
    '/api/geo/shapes',
    {
      schema: {
        tags,
        summary: 'Contours simplifiés (GeoJSON) des unités d’une région ou d’un département',
        querystring: z.object({ region: regionCodeSchema.optional(), departement: departementCodeSchema.optional() }),
      },
    },
    async (request, reply) => {
      requirePrincipal(request);
      const { region, departement } = request.query;
      if (!region && !departement) throw invalid('region', 'Indiquez une région ou un département.');
      const shapes = await geo().shapes({ regionCode: region, departementCode: departement });
      reply.header('cache-control', 'private, max-age=300');
      return {
        type: 'FeatureCollection',
        features: shapes.map((s) => ({
          type: 'Feature',
          properties: { code: s.code, centroid: s.centroid, areaKm2: Math.round(s.areaKm2 * 100) / 100 },
          geometry: { type: 'MultiPolygon', coordinates: s.geometry },
        })),
      };
    },
  );

  app.get('/api/geo/status', { schema: { tags, summary: 'Versions du référentiel et état des contours' } }, async (request) => {
    requirePrincipal(request);
    const [cog, contours] = await Promise.all([geo().meta('cog'), geo().meta('contours')]);
    return { cog, contours };
  });
}
