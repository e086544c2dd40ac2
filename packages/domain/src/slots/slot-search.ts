import { type CptsScope, canRegulateFor, coordinatedCpts, type Principal, sasScopes } from '../access/principal.ts';
import { invalid } from '../errors.ts';
import type { MatchingGeography } from '../matching/matching-geography.ts';
import { isBookable, type SlotChannel, type SlotStatus } from './slot-vocabulary.ts';

/**
 * Who sees which channel of a CPTS's slots (docs/reference/slots.md §2):
 * - a SAS regulator of the CPTS or of one of its départements: SNP (the regulation channel);
 * - the CPTS's coordination team: CPTS (its own channel) and SNP (the team regulates locally
 *   when the SAS is not organised yet);
 * - a health professional (an account holding a national professional id): PRO, for a
 *   colleague's patient;
 * - nobody else (ARS, CPAM: counts only, never slots to book). PUBLIC is the public
 *   platforms' channel (through the SAS FHIR interface), not a signed-in search.
 */
export function visibleChannels(
  principal: Principal,
  cpts: CptsScope,
  options: { professional: boolean } = { professional: false },
): SlotChannel[] {
  const channels = new Set<SlotChannel>();
  if (canRegulateFor(principal, cpts)) channels.add('SNP');
  if (coordinatedCpts(principal).includes(cpts.id)) {
    channels.add('CPTS');
    channels.add('SNP');
  }
  if (options.professional) channels.add('PRO');
  return [...channels];
}

/** Départements whose slots a search reads (one index range each), from the principal's SAS grants and CPTS scopes. */
export function searchedDepartements(principal: Principal, cptsScopes: readonly CptsScope[]): string[] {
  const direct = sasScopes(principal).departementCodes;
  return [...new Set([...direct, ...cptsScopes.flatMap((c) => c.departementCodes)])].sort();
}

export const SEARCH_DEFAULT_HOURS = 48;
export const SEARCH_MAX_DAYS = 7;
const HOUR = 3_600_000;

/**
 * The search window: now → +48 h by default, at most 7 days long, never before now (a past slot
 * cannot be booked).
 */
export function searchWindow(input: { from?: Date | null; to?: Date | null }, now: Date): { from: Date; to: Date } {
  const from = input.from && input.from > now ? input.from : now;
  const to = input.to ?? new Date(from.getTime() + SEARCH_DEFAULT_HOURS * HOUR);
  if (to <= from) throw invalid('to', 'La fin de la période doit être après son début.');
  if (to.getTime() - from.getTime() > SEARCH_MAX_DAYS * 24 * HOUR) throw invalid('to', 'La période de recherche ne peut dépasser 7 jours.');
  return { from, to };
}

/** A slot as the search reads it. */
export interface SearchSlot {
  id: string;
  cptsId: string;
  unitCode: string;
  startAt: Date;
  visibility: readonly SlotChannel[];
  status: SlotStatus;
  heldUntil: Date | null;
}

/** Whether one of the slot's channels is open to this searcher and the slot bookable now. */
export function isOfferedTo(slot: SearchSlot, channels: readonly SlotChannel[], now: Date): boolean {
  return isBookable(slot, now) && slot.startAt > now && slot.visibility.some((c) => channels.includes(c));
}

export interface RankedSlot<S extends SearchSlot> {
  slot: S;
  distanceKm: number | null;
  tier: ReturnType<MatchingGeography['tier']>;
}

/**
 * Orders the slots found by start time, then distance from the patient's commune (kilometres
 * between centroids when every commune has one, else same commune → EPCI → département tiers,
 * the médecin-traitant matching's geography, docs/reference/slots.md §2), then id for a stable order.
 */
export function rankSlots<S extends SearchSlot>(
  slots: readonly S[],
  patientUnitCode: string,
  geography: MatchingGeography,
): RankedSlot<S>[] {
  return slots
    .map((slot) => ({
      slot,
      cost: geography.cost(patientUnitCode, slot.unitCode),
      distanceKm: geography.km(patientUnitCode, slot.unitCode),
      tier: geography.tier(patientUnitCode, slot.unitCode),
    }))
    .sort((a, b) => a.slot.startAt.getTime() - b.slot.startAt.getTime() || a.cost - b.cost || (a.slot.id < b.slot.id ? -1 : 1))
    .map(({ slot, distanceKm, tier }) => ({ slot, distanceKm: distanceKm === null ? null : Math.round(distanceKm * 10) / 10, tier }));
}
