import { ACI_MISSIONS } from '@maillon/domain';
import { z } from 'zod';
import {
  aciReferenceEditSchema,
  aciReferenceSchema,
  amendmentInputSchema,
  contractInputSchema,
  contractSchema,
  financingQuerySchema,
  financingViewSchema,
  missionProgressSchema,
  terminationInputSchema,
} from '../aci.ts';
import { uuidSchema } from '../common.ts';
import { route } from './route.ts';

const tags = ['contrats ACI'];
const cpts = z.object({ id: uuidSchema });
const params = z.object({ id: uuidSchema });
const errors = [403, 404, 409, 422] as const;

/** ACI contracts (docs/reference/aci.md): signatures, taille, missions, amendments, termination, schedule. */
export const aciApi = {
  listOfCpts: route({
    method: 'GET',
    path: '/api/cpts/:id/contracts',
    tags,
    summary: 'Contrats ACI de la CPTS (renouvellements compris), avec enveloppes, échéances des missions et échéancier',
    params: cpts,
    response: z.object({ items: z.array(contractSchema) }),
    errors,
  }),
  create: route({
    method: 'POST',
    path: '/api/cpts/:id/contracts',
    tags,
    summary: 'Enregistre le contrat ACI (ARS/CPAM de la région) : signatures datées, population et taille, missions complémentaires',
    params: cpts,
    body: contractInputSchema,
    status: 201,
    response: contractSchema,
    errors,
  }),
  get: route({ method: 'GET', path: '/api/contracts/:id', tags, summary: 'Un contrat ACI', params, response: contractSchema, errors }),
  update: route({
    method: 'PUT',
    path: '/api/contracts/:id',
    tags,
    summary: 'Complète un contrat en attente de signatures (une fois signé, il change par avenant ou résiliation)',
    params,
    body: contractInputSchema,
    response: contractSchema,
    errors,
  }),
  recordMission: route({
    method: 'PUT',
    path: '/api/contracts/:id/missions/:mission',
    tags,
    summary: "Enregistre le démarrage et le déploiement d'une mission du contrat (équipe de coordination)",
    params: params.extend({ mission: z.enum(ACI_MISSIONS) }),
    body: missionProgressSchema,
    response: contractSchema,
    errors,
  }),
  amend: route({
    method: 'POST',
    path: '/api/contracts/:id/amendments',
    tags,
    summary: 'Avenant de taille : nouvelle population, effet pour les années de contrat commençant après sa date',
    params,
    body: amendmentInputSchema,
    status: 201,
    response: contractSchema,
    errors,
  }),
  terminate: route({
    method: 'POST',
    path: '/api/contracts/:id/termination',
    tags,
    summary: 'Résilie le contrat (les avances non acquises sont remboursées au prorata)',
    params,
    body: terminationInputSchema,
    response: contractSchema,
    errors,
  }),
  financing: route({
    method: 'GET',
    path: '/api/financing',
    tags: ['financement ACI'],
    summary:
      "Financement ACI d'une région (ARS), d'un département (CPAM) ou d'une CPTS (son équipe) : engagé et versé par CPTS et année de contrat, versements à venir, contrats en 5e année, missions en retard",
    query: financingQuerySchema,
    response: financingViewSchema,
    errors: [403, 404, 422],
  }),
  financingCsv: route({
    method: 'GET',
    path: '/api/financing.csv',
    tags: ['financement ACI'],
    summary: 'Le financement ACI par CPTS et année de contrat, en CSV (agrégats, sans donnée personnelle)',
    query: financingQuerySchema,
    file: true,
    errors: [403, 404, 422],
  }),
  financingXlsx: route({
    method: 'GET',
    path: '/api/financing.xlsx',
    tags: ['financement ACI'],
    summary: 'Le financement ACI en XLSX : années de contrat, versements à venir, renouvellements, missions en retard',
    query: financingQuerySchema,
    file: true,
    errors: [403, 404, 422],
  }),
  reference: route({
    method: 'GET',
    path: '/api/aci/reference',
    tags: ['référentiel ACI'],
    summary:
      "Référentiel de l'ACI : versions datées, missions et délais, montants par taille, chacun avec sa source et son statut ; historique des modifications",
    response: aciReferenceSchema,
    errors: [401],
  }),
  editReference: route({
    method: 'PUT',
    path: '/api/aci/reference',
    tags: ['référentiel ACI'],
    summary: 'Modifie une valeur non confirmée du référentiel (administration) ; la modification est conservée avec son auteur et sa date',
    body: aciReferenceEditSchema,
    response: aciReferenceSchema,
    errors: [403, 422],
  }),
} as const;
