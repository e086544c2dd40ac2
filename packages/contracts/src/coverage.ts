import { z } from 'zod';
import { contiguitySchema, stageSchema } from './cpts.ts';

const cptsRefSchema = z.object({ id: z.string(), name: z.string(), stage: stageSchema });

export const coverageSchema = z.object({
  scope: z.object({ kind: z.enum(['france', 'region', 'departement']), code: z.string().nullable(), name: z.string() }),
  population: z.number().int(),
  unitCount: z.number().int(),
  covered: z.object({ letterOfIntent: z.number().int(), operating: z.number().int() }),
  uncovered: z.number().int(),
  cptsByStage: z.record(z.string(), z.number().int()),
  overlaps: z.array(z.object({ cpts: z.array(cptsRefSchema), unitCodes: z.array(z.string()), population: z.number().int() })),
  whiteZones: z.array(
    z.object({
      key: z.string(),
      unitCodes: z.array(z.string()),
      population: z.number().int(),
      groupedBy: z.enum(['adjacency', 'epci']),
      departementCodes: z.array(z.string()),
      projects: z.array(cptsRefSchema),
      /** Human name: the most populated unit and how many others. */
      label: z.string(),
      planIds: z.array(z.string()),
    }),
  ),
  cpts: z.array(
    cptsRefSchema.extend({
      population: z.number().int(),
      populationInScope: z.number().int(),
      sizeCategory: z.number().int(),
      unitCount: z.number().int(),
      contiguity: contiguitySchema,
    }),
  ),
  contoursLoaded: z.boolean(),
  plans: z.object({ zonesWithoutPlan: z.number().int(), overdue: z.number().int() }),
  reference: z.object({ cog: z.string(), contours: z.string().nullable() }),
  /** National scope: the regions where the ACI does not apply (overseas collectivities), counted apart. */
  outsideAciField: z.array(z.object({ code: z.string(), name: z.string(), population: z.number().int(), unitCount: z.number().int() })),
});
export type CoverageDto = z.infer<typeof coverageSchema>;

/** Per-unit coverage level for the map: 0 no CPTS, 1 early project, 2 letter of intent validated or later, 3 ACI signed. */
export const coverageUnitsSchema = z.object({
  units: z.array(
    z.object({
      code: z.string(),
      stageLevel: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
      cptsIds: z.array(z.string()),
    }),
  ),
});
export type CoverageUnits = z.infer<typeof coverageUnitsSchema>;
export type CoverageUnit = CoverageUnits['units'][number];
export type StageLevel = CoverageUnit['stageLevel'];
