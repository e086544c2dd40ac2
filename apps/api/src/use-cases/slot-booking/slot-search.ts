import type { SlotSearchDto } from '@maillon/contracts';
import {
  type CptsScope,
  coordinatedCpts,
  forbidden,
  invalid,
  isOfferedTo,
  matchingGeography,
  rankSlots,
  type SlotChannel,
  sasScopes,
  searchedDepartements,
  searchWindow,
  visibleChannels,
} from '@maillon/domain';
import { professionalId, type SlotBookingContext } from './slot-booking-ports.ts';

/** Rows read from the index range before ranking, and results shown (docs/reference/slots.md §2). */
const READ_LIMIT = 200;
const SHOWN = 50;

export interface SlotSearchInput {
  unitCode: string;
  consultationType: 'office' | 'home' | 'teleconsultation';
  professionCode?: string | undefined;
  specialtyCode?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * Free slots for a patient's commune (issue #10 item 2): the SAS regulator's SNP slots of their
 * départements or CPTS, the team's CPTS and SNP slots, a professional's PRO slots; one index
 * range query per département, then ranked in memory by start time and distance. Called with a
 * territorial context: the CPTS scopes, units and centroids come from the process's
 * version-keyed copies (composition/territory-index-cache.ts, coverage-index-cache.ts), so a
 * search costs the slot query and two version reads (issue #10, performance).
 */
export async function searchSlots(ctx: SlotBookingContext, input: SlotSearchInput): Promise<SlotSearchDto> {
  const window = searchWindow({ from: input.from ? new Date(input.from) : null, to: input.to ? new Date(input.to) : null }, ctx.now);
  const territories = new Map((await ctx.ports.cpts.territories()).map((t) => [t.id, t]));
  const scopeOf = async (id: string): Promise<CptsScope | null> => {
    const found = territories.get(id);
    return found ? { id: found.id, regionCode: found.regionCode, departementCodes: found.departementCodes } : null;
  };
  const [patientUnit] = await ctx.ports.mtMatching.matchingUnits([input.unitCode]);
  if (!patientUnit) throw invalid('unitCode', 'Commune du patient inconnue.');
  const idNatPs = await professionalId(ctx.ports, ctx.principal);
  const own = [...sasScopes(ctx.principal).cptsIds, ...coordinatedCpts(ctx.principal)];
  const scopes = (await Promise.all(own.map(scopeOf))).filter((s): s is NonNullable<typeof s> => s !== null);
  const departements = searchedDepartements(ctx.principal, scopes);
  // A professional books PRO slots near the patient: the patient's département.
  if (idNatPs && patientUnit.departementCode) departements.push(patientUnit.departementCode);
  const sas = sasScopes(ctx.principal);
  const team = coordinatedCpts(ctx.principal);
  const wanted = new Set<SlotChannel>();
  if (sas.departementCodes.length + sas.cptsIds.length + team.length > 0) wanted.add('SNP');
  if (team.length > 0) wanted.add('CPTS');
  if (idNatPs) wanted.add('PRO');
  const channels = [...wanted];
  if (channels.length === 0 || departements.length === 0)
    throw forbidden('Réservé à la régulation SAS, aux équipes de coordination et aux professionnels de santé.');
  const rows = await ctx.ports.slotBooking.search({
    departementCodes: [...new Set(departements)],
    from: window.from,
    to: window.to,
    consultationType: input.consultationType,
    professionCode: input.professionCode ?? null,
    specialtyCode: input.specialtyCode ?? null,
    channels,
    now: ctx.now,
    limit: READ_LIMIT,
  });
  const open = new Map<string, SlotChannel[]>();
  const visible = [];
  for (const slot of rows) {
    let allowed = open.get(slot.cptsId);
    if (!allowed) {
      const scope = await scopeOf(slot.cptsId);
      allowed = scope ? visibleChannels(ctx.principal, scope, { professional: idNatPs !== null }) : [];
      open.set(slot.cptsId, allowed);
    }
    if (isOfferedTo(slot, allowed, ctx.now)) visible.push({ slot, channels: slot.visibility.filter((c) => allowed.includes(c)) });
  }
  const geography = matchingGeography(await ctx.ports.mtMatching.matchingUnits([input.unitCode, ...visible.map((v) => v.slot.unitCode)]), [
    input.unitCode,
    ...visible.map((v) => v.slot.unitCode),
  ]);
  const channelsOf = new Map(visible.map((v) => [v.slot.id, v.channels]));
  const ranked = rankSlots(
    visible.map((v) => v.slot),
    input.unitCode,
    geography,
  ).slice(0, SHOWN);
  const names = new Map(
    (await ctx.ports.geography.unitsByCodes([...new Set(ranked.map((r) => r.slot.unitCode))])).map((u) => [u.code, u.name]),
  );
  return {
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    distanceMode: geography.mode,
    items: ranked.map(({ slot, distanceKm, tier }) => ({
      slotId: slot.id,
      cptsId: slot.cptsId,
      startAt: slot.startAt.toISOString(),
      endAt: slot.endAt.toISOString(),
      practitionerName: slot.displayName,
      professionCode: slot.professionCode,
      specialtyCode: slot.specialtyCode,
      address: slot.address,
      unitCode: slot.unitCode,
      communeName: names.get(slot.unitCode) ?? slot.unitCode,
      consultationType: slot.consultationType,
      channels: channelsOf.get(slot.id) ?? [],
      distanceKm,
      tier,
      isDemo: slot.isDemo,
    })),
  };
}
