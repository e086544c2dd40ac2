import { z } from 'zod';
import { regionCodeSchema } from '../common.ts';
import { unitDtoSchema } from '../cpts.ts';
import {
  departementSchema,
  epciSchema,
  geoScopeQuerySchema,
  geoStatusSchema,
  groupUnitsQuerySchema,
  groupUnitsSchema,
  regionSchema,
  shapeTopologySchema,
  unitSearchQuerySchema,
} from '../geo.ts';
import { route } from './route.ts';

const tags = ['référentiel géographique'];

/** Reference geography: public administrative data, readable by any signed-in user. */
export const geoApi = {
  regions: route({ method: 'GET', path: '/api/geo/regions', tags, summary: 'Régions', response: z.array(regionSchema) }),
  departements: route({
    method: 'GET',
    path: '/api/geo/departements',
    tags,
    summary: 'Départements (d’une région)',
    query: z.object({ region: regionCodeSchema.optional() }),
    response: z.array(departementSchema),
  }),
  searchUnits: route({
    method: 'GET',
    path: '/api/geo/units/search',
    tags,
    summary: "Recherche d'unités territoriales par nom, code INSEE ou code postal",
    query: unitSearchQuerySchema,
    response: z.array(unitDtoSchema),
  }),
  epcis: route({
    method: 'GET',
    path: '/api/geo/epcis',
    tags,
    summary: 'EPCI d’une région',
    query: z.object({ region: regionCodeSchema }),
    response: z.array(epciSchema),
  }),
  groupUnits: route({
    method: 'GET',
    path: '/api/geo/group-units',
    tags,
    summary: "Unités d'un EPCI ou d'un département",
    query: groupUnitsQuerySchema,
    response: groupUnitsSchema,
  }),
  shapes: route({
    method: 'GET',
    path: '/api/geo/shapes',
    tags,
    summary: 'Contours simplifiés (TopoJSON) des unités d’une région ou d’un département',
    query: geoScopeQuerySchema,
    response: shapeTopologySchema,
    largeResponse: true,
  }),
  status: route({
    method: 'GET',
    path: '/api/geo/status',
    tags,
    summary: 'Versions du référentiel et état des contours',
    response: geoStatusSchema,
  }),
};
