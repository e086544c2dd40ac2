import { ACI_MISSIONS, AMOUNT_PARTS, CONTRACT_PARTIES, TERMINATION_REASONS } from '@maillon/domain';
import { z } from 'zod';
import { departementCodeSchema, isoDateSchema, lineSchema, multilineTextSchema, regionCodeSchema } from './common.ts';

/** An ACI contract's figures, statuses and schedule as the CPTS page and the regulators read them. */

const amountFigureSchema = z.object({
  label: z.string(),
  cents: z.number().int().nullable(),
  /** « 90 000,00 € » or « montant non connu ». */
  text: z.string(),
  status: z.enum(['confirmed', 'derived', 'reported', 'unknown']),
  statusLabel: z.string(),
  sourceUrl: z.string().nullable(),
  sourceCitation: z.string(),
});
export type AmountFigureDto = z.infer<typeof amountFigureSchema>;

export const signatureSchema = z.object({ signedOn: z.string(), signatory: z.string().nullable() }).nullable();

export const contractYearSchema = z.object({
  year: z.number().int(),
  startsOn: z.string(),
  endsOn: z.string(),
  versionLabel: z.string(),
  sizeCategory: z.number().int(),
  operating: amountFigureSchema,
  missions: z.array(
    z.object({ mission: z.enum(ACI_MISSIONS), label: z.string(), fixed: amountFigureSchema, variable: amountFigureSchema.nullable() }),
  ),
  /** « 371 250,00 € » or the known part with « au moins ». */
  totalText: z.string(),
  unknown: z.array(z.string()),
});

export const paymentRowSchema = z.object({
  date: z.string(),
  contractYear: z.number().int(),
  item: z.string(),
  kind: z.string(),
  amountCents: z.number().int().nullable(),
  amount: z.string(),
  basis: z.string(),
  explanation: z.string(),
});
export type PaymentRowDto = z.infer<typeof paymentRowSchema>;

export const contractDeadlineSchema = z.object({
  mission: z.enum(ACI_MISSIONS),
  label: z.string(),
  kindLabel: z.string(),
  clockStartsOn: z.string(),
  startBy: z.string().nullable(),
  deployedBy: z.string().nullable(),
  startStatus: z.string(),
  startStatusLabel: z.string(),
  deployStatus: z.string(),
  deployStatusLabel: z.string(),
  explanation: z.string(),
  startedOn: z.string().nullable(),
  deployedOn: z.string().nullable(),
});

export const contractSchema = z.object({
  id: z.string(),
  cptsId: z.string(),
  status: z.enum(['awaitingSignatures', 'inForce', 'ended', 'terminated']),
  statusLabel: z.string(),
  signedOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  signatures: z.object({ cpts: signatureSchema, cpam: signatureSchema, ars: signatureSchema }),
  population: z.number().int(),
  populationVintage: z.number().int(),
  sizeCategory: z.number().int(),
  renewsId: z.string().nullable(),
  termination: z
    .object({ effectiveOn: z.string(), reason: z.enum(TERMINATION_REASONS), reasonLabel: z.string(), comment: z.string().nullable() })
    .nullable(),
  missions: z.array(
    z.object({
      mission: z.enum(ACI_MISSIONS),
      label: z.string(),
      kindLabel: z.string(),
      startedOn: z.string().nullable(),
      deployedOn: z.string().nullable(),
      startWithinMonths: z.number().int().nullable(),
      deployedWithinMonths: z.number().int().nullable(),
    }),
  ),
  amendments: z.array(
    z.object({
      signedOn: z.string(),
      effectiveFrom: z.string(),
      population: z.number().int(),
      populationVintage: z.number().int(),
      sizeCategory: z.number().int(),
      reason: z.string().nullable(),
    }),
  ),
  /** The year in progress today (1–5), null before or after the contract. */
  currentYear: z.number().int().nullable(),
  years: z.array(contractYearSchema),
  deadlines: z.array(contractDeadlineSchema),
  schedule: z.object({
    rows: z.array(paymentRowSchema),
    notes: z.array(z.string()),
    totalText: z.string(),
    byYear: z.array(z.object({ year: z.number().int(), netText: z.string() })),
  }),
  isDemo: z.boolean(),
  permissions: z.object({ manage: z.boolean(), recordProgress: z.boolean() }),
});
export type ContractDto = z.infer<typeof contractSchema>;

const signatureInputSchema = z.object({ signedOn: isoDateSchema, signatory: lineSchema(200).trim().nullable().optional() }).nullable();

/** A contract as the regulators enter it: signatures (each party's, dated), population and missions. */
export const contractInputSchema = z.object({
  signatures: z.object({ cpts: signatureInputSchema, cpam: signatureInputSchema, ars: signatureInputSchema }),
  population: z.number().int().min(1).max(10_000_000),
  populationVintage: z.number().int().min(2000).max(2100),
  /** Defaults to the taille of the population. */
  sizeCategory: z.number().int().min(1).max(4).optional(),
  /** Optional missions chosen (the socle ones are always in the contract), with their months. */
  optionalMissions: z
    .array(
      z.object({
        mission: z.enum(['quality', 'professionalSupport']),
        startWithinMonths: z.number().int().min(1).max(60).nullable().optional(),
        deployedWithinMonths: z.number().int().min(1).max(60).nullable().optional(),
      }),
    )
    .max(2)
    .default([]),
  renewsId: z.uuid('Identifiant invalide.').nullable().optional(),
});
export type ContractInput = z.input<typeof contractInputSchema>;

export const missionProgressSchema = z.object({
  startedOn: isoDateSchema.nullable().optional(),
  deployedOn: isoDateSchema.nullable().optional(),
});

export const amendmentInputSchema = z.object({
  signedOn: isoDateSchema,
  effectiveFrom: isoDateSchema,
  population: z.number().int().min(1).max(10_000_000),
  populationVintage: z.number().int().min(2000).max(2100),
  sizeCategory: z.number().int().min(1).max(4).optional(),
  reason: multilineTextSchema(2000).trim().nullable().optional(),
});

export const terminationInputSchema = z.object({
  effectiveOn: isoDateSchema,
  reason: z.enum(TERMINATION_REASONS),
  comment: multilineTextSchema(2000).trim().nullable().optional(),
});

export const CONTRACT_PARTY_VALUES = CONTRACT_PARTIES;

const statusSchema = z.enum(['confirmed', 'derived', 'reported', 'unknown']);
const sourceSchema = z.object({ url: z.string().nullable(), citation: z.string() });
const sourcedSchema = <T extends z.ZodType>(value: T) =>
  z.object({ value, status: statusSchema, statusLabel: z.string(), source: sourceSchema, text: z.string() });

/** The ACI reference data as the reference page shows it: every dated version and its values, each with its source and status. */
export const aciReferenceSchema = z.object({
  editable: z.boolean(),
  versions: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      signedOn: sourcedSchema(z.string()),
      effectiveFrom: sourcedSchema(z.string()),
      missions: z.array(
        z.object({
          mission: z.enum(ACI_MISSIONS),
          label: z.string(),
          kindLabel: z.string(),
          startWithinMonths: sourcedSchema(z.number()).nullable(),
          deployedWithinMonths: sourcedSchema(z.number()).nullable(),
        }),
      ),
      amounts: z.array(
        z.object({
          sizeCategory: z.number().int(),
          item: z.string(),
          itemLabel: z.string(),
          part: z.string(),
          partLabel: z.string(),
          amount: sourcedSchema(z.number().int().nullable()),
        }),
      ),
    }),
  ),
  changes: z.array(
    z.object({
      changedAt: z.string(),
      authorName: z.string().nullable(),
      what: z.string(),
      previous: z.string(),
      next: z.string(),
    }),
  ),
});
export type AciReferenceDto = z.infer<typeof aciReferenceSchema>;

const keySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('amount'),
    versionId: lineSchema(60),
    sizeCategory: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    item: z.enum([...ACI_MISSIONS, 'operating', 'contract']),
    part: z.enum(AMOUNT_PARTS),
  }),
  z.object({ kind: z.literal('effectiveFrom'), versionId: lineSchema(60) }),
  z.object({
    kind: z.literal('missionMonths'),
    versionId: lineSchema(60),
    mission: z.enum(ACI_MISSIONS),
    step: z.enum(['start', 'deployed']),
  }),
]);

/** An admin's edit of one value not marked confirmed: amounts in cents (null: unknown), dates ISO, months whole. */
export const aciReferenceEditSchema = z.object({
  key: keySchema,
  value: z.union([z.number().int().min(0).max(100_000_000), isoDateSchema, z.null()]),
  status: statusSchema,
  source: z.object({ url: lineSchema(500).trim().nullable(), citation: multilineTextSchema(500).trim() }),
});

/** The scope of the regulators' financing view: a region (ARS), a département (CPAM) or one CPTS (its team). */
export const financingQuerySchema = z.object({
  region: regionCodeSchema.optional(),
  departement: departementCodeSchema.optional(),
  cpts: z.uuid('Identifiant invalide.').optional(),
});

const money = { cents: z.number().int(), text: z.string() };

/** Aggregates only: per CPTS and contract year, from the payment schedule (no personal data). */
export const financingViewSchema = z.object({
  scope: z.object({ kind: z.enum(['region', 'departement', 'cpts']), code: z.string(), label: z.string() }),
  today: z.string(),
  totals: z.object({ committed: z.object(money), paid: z.object(money), unknownLines: z.number().int(), contracts: z.number().int() }),
  years: z.array(
    z.object({
      cptsId: z.string(),
      cptsName: z.string(),
      contractId: z.string(),
      signedOn: z.string(),
      contractYear: z.number().int(),
      startsOn: z.string(),
      endsOn: z.string(),
      committed: z.object(money),
      paid: z.object(money),
      unknownLines: z.number().int(),
      isDemo: z.boolean(),
    }),
  ),
  upcoming: z.array(
    z.object({
      date: z.string(),
      cptsId: z.string(),
      cptsName: z.string(),
      contractYear: z.number().int(),
      item: z.string(),
      kind: z.string(),
      amountCents: z.number().int().nullable(),
      amount: z.string(),
    }),
  ),
  renewals: z.array(
    z.object({ cptsId: z.string(), cptsName: z.string(), contractId: z.string(), signedOn: z.string(), endsOn: z.string() }),
  ),
  lateMissions: z.array(
    z.object({
      cptsId: z.string(),
      cptsName: z.string(),
      mission: z.string(),
      label: z.string(),
      which: z.enum(['start', 'deploy']),
      whichLabel: z.string(),
      dueOn: z.string(),
    }),
  ),
  cptsWithoutContract: z.number().int(),
});
export type FinancingView = z.infer<typeof financingViewSchema>;
