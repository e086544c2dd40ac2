import { type FhirSlotRow, isBookable } from '@maillon/domain';
import type { FhirContext } from './fhir-ports.ts';

export interface FhirSlotSearch {
  from: Date;
  to: Date;
  idNatPs: readonly string[];
  statuses: readonly ('free' | 'busy')[];
}

/** A slot as the SAS sees it: bookable now (`free`) or not (`busy`). */
export interface SasSlot extends FhirSlotRow {
  sasStatus: 'free' | 'busy';
  /** `1` + FINESS of its CPTS (IDNST, urn:oid:1.2.250.1.71.4.2.2). */
  cptsIdNatSt: string;
}

export interface FhirSlotSearchResult {
  slots: SasSlot[];
  /** CPTS whose slots matched but were left out: no usable FINESS recorded (docs/reference/slots.md §4). */
  withoutFiness: { cptsId: string; cptsName: string; slots: number }[];
}

/**
 * The guide's CPTS organisation carries one identifier, IDNST `1` + FINESS (`^1[0-9]{9}$`,
 * FrOrganizationAgregateurCPTS). A CPTS without a FINESS of nine digits cannot be named so:
 * its slots are left out and the Bundle says so (docs/reference/slots.md §4).
 */
export function cptsIdNatSt(finess: string | null): string | null {
  const value = finess?.trim() ?? '';
  return /^[0-9]{9}$/.test(value) ? `1${value}` : null;
}

/** The SAS slot search, bounded by the client's départements (docs/reference/slots.md §4). */
export async function searchFhirSlots(ctx: FhirContext, search: FhirSlotSearch): Promise<FhirSlotSearchResult> {
  const rows = await ctx.ports.fhir.searchSlots({
    from: search.from,
    to: search.to,
    idNatPs: search.idNatPs,
    departementCodes: ctx.client.departementCodes,
    includeBusy: search.statuses.includes('busy'),
    now: ctx.now,
  });
  const slots: SasSlot[] = [];
  const omitted = new Map<string, { cptsId: string; cptsName: string; slots: number }>();
  for (const row of rows) {
    const idNatSt = cptsIdNatSt(row.cptsFiness);
    if (!idNatSt) {
      const entry = omitted.get(row.cptsId) ?? { cptsId: row.cptsId, cptsName: row.cptsName, slots: 0 };
      entry.slots++;
      omitted.set(row.cptsId, entry);
      continue;
    }
    const sasStatus = isBookable(row, ctx.now) ? 'free' : 'busy';
    if (search.statuses.includes(sasStatus)) slots.push({ ...row, cptsIdNatSt: idNatSt, sasStatus });
  }
  return { slots, withoutFiness: [...omitted.values()] };
}
