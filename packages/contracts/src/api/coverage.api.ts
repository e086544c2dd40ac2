import { coverageSchema, coverageUnitsSchema } from '../coverage.ts';
import { geoScopeQuerySchema } from '../geo.ts';
import { route } from './route.ts';

const tags = ['observatoire'];

/** The observatory: who is covered by a CPTS, in France, a region or a département. */
export const coverageApi = {
  coverage: route({
    method: 'GET',
    path: '/api/coverage',
    tags,
    summary: 'Couverture de la population par les CPTS (France, région ou département)',
    query: geoScopeQuerySchema,
    response: coverageSchema,
    errors: [403, 404],
  }),
  units: route({
    method: 'GET',
    path: '/api/coverage/units',
    tags,
    summary: 'Niveau de couverture de chaque unité (carte)',
    query: geoScopeQuerySchema,
    response: coverageUnitsSchema,
  }),
};
