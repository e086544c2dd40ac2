import { z } from 'zod';
import { associationSettingsSchema, categoryDtoSchema, categoryInputSchema } from '../association-members.ts';
import { uuidSchema } from '../common.ts';
import { cptsParams, associationErrors as errors } from './association-params.ts';
import { route } from './route.ts';

const tags = ['adhérents'];
const categoryParams = cptsParams.extend({ categoryId: uuidSchema });
const categoryList = z.object({ items: z.array(categoryDtoSchema) });

/** Statutes' settings and membership categories (colleges) with their dues. */
export const associationSettingsApi = {
  get: route({
    method: 'GET',
    path: '/api/cpts/:id/association/settings',
    tags,
    summary: 'Quorum, pouvoirs et majorité des statuts',
    params: cptsParams,
    response: associationSettingsSchema,
    errors,
  }),
  save: route({
    method: 'PUT',
    path: '/api/cpts/:id/association/settings',
    tags,
    summary: 'Enregistre le quorum, les pouvoirs et la majorité des statuts (les assemblées déjà convoquées gardent les leurs)',
    params: cptsParams,
    body: associationSettingsSchema,
    response: associationSettingsSchema,
    errors,
  }),
  categories: route({
    method: 'GET',
    path: '/api/cpts/:id/membership-categories',
    tags,
    summary: "Catégories d'adhésion (collèges)",
    params: cptsParams,
    response: categoryList,
    errors,
  }),
  createCategory: route({
    method: 'POST',
    path: '/api/cpts/:id/membership-categories',
    tags,
    summary: "Crée une catégorie d'adhésion (collège), avec ou sans droit de vote et cotisation",
    params: cptsParams,
    body: categoryInputSchema,
    status: 201,
    response: categoryList,
    errors,
  }),
  updateCategory: route({
    method: 'PUT',
    path: '/api/cpts/:id/membership-categories/:categoryId',
    tags,
    summary: "Renomme une catégorie d'adhésion ou change son droit de vote et sa cotisation",
    params: categoryParams,
    body: categoryInputSchema,
    response: categoryList,
    errors,
  }),
  deleteCategory: route({
    method: 'DELETE',
    path: '/api/cpts/:id/membership-categories/:categoryId',
    tags,
    summary: "Supprime une catégorie d'adhésion où personne n'a été inscrit",
    params: categoryParams,
    response: categoryList,
    errors,
  }),
} as const;
