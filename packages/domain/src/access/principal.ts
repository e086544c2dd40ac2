import { forbidden } from '../errors.ts';
import type { TransitionActor } from '../lifecycle/transitions.ts';

/**
 * What a signed-in user is allowed to act as. The ARS steers a region; a CPAM (caisse primaire)
 * serves one département of a region: it co-signs and pays the ACI contracts of the CPTS of its
 * département and reads the region's aggregates (docs/reference/personal-data.md, "Who sees what").
 */
export type Grant =
  | { role: 'admin' }
  | { role: 'ars'; regionCode: string }
  | { role: 'cpam'; regionCode: string; departementCode: string }
  | { role: 'coordinator'; cptsId: string }
  /**
   * A regulator of the SAS (service d'accès aux soins): searches and books unscheduled-care slots
   * for patients of one département, or of one CPTS's territory (docs/reference/slots.md §2).
   * Exactly one of the two scopes is set.
   */
  | { role: 'sas'; departementCode: string; cptsId: null }
  | { role: 'sas'; departementCode: null; cptsId: string };

export interface Principal {
  userId: string;
  email: string;
  displayName: string;
  grants: readonly Grant[];
}

export interface CptsScope {
  id: string;
  regionCode: string;
  /** Départements of the communes of its territory (a CPAM follows the CPTS of its département). */
  departementCodes: readonly string[];
}

export const isAdmin = (p: Principal) => p.grants.some((g) => g.role === 'admin');

/** Regions whose aggregates the principal reads as ARS or CPAM staff. */
export function steeredRegions(p: Principal): string[] {
  return [...new Set(p.grants.flatMap((g) => (g.role === 'ars' || g.role === 'cpam' ? [g.regionCode] : [])))];
}

/** Départements the principal serves as CPAM staff. */
export function cpamDepartements(p: Principal): string[] {
  return p.grants.flatMap((g) => (g.role === 'cpam' ? [g.departementCode] : []));
}

/** Region-level figures and registers (coverage, observatory, list of CPTS): ARS and CPAM of the region. */
export function canReadRegion(p: Principal, regionCode: string): boolean {
  return isAdmin(p) || steeredRegions(p).includes(regionCode);
}

/** The CPAM of one of the départements of this CPTS's territory. */
export function isCpamOf(p: Principal, cpts: CptsScope): boolean {
  const served = cpamDepartements(p);
  return cpts.departementCodes.some((code) => served.includes(code));
}

/** The SAS scopes of the principal: départements and CPTS whose slots they search and book. */
export function sasScopes(p: Principal): { departementCodes: string[]; cptsIds: string[] } {
  const grants = p.grants.filter((g) => g.role === 'sas');
  return {
    departementCodes: grants.flatMap((g) => (g.departementCode ? [g.departementCode] : [])),
    cptsIds: grants.flatMap((g) => (g.cptsId ? [g.cptsId] : [])),
  };
}

/** Whether the principal regulates for this CPTS: a SAS regulator of the CPTS or of one of its départements. */
export function canRegulateFor(p: Principal, cpts: CptsScope): boolean {
  const scopes = sasScopes(p);
  return scopes.cptsIds.includes(cpts.id) || cpts.departementCodes.some((code) => scopes.departementCodes.includes(code));
}

export function coordinatedCpts(p: Principal): string[] {
  return p.grants.flatMap((g) => (g.role === 'coordinator' ? [g.cptsId] : []));
}

/**
 * Steering a region (registering CPTS, white-zone plans, validating the steps of the
 * lifecycle, territories): its ARS (docs/reference/cpts-lifecycle.md) and the admin.
 */
export function canSteerRegion(p: Principal, regionCode: string): boolean {
  return isAdmin(p) || p.grants.some((g) => g.role === 'ars' && g.regionCode === regionCode);
}

export function canCoordinate(p: Principal, cptsId: string): boolean {
  return isAdmin(p) || coordinatedCpts(p).includes(cptsId);
}

/**
 * ARS staff read every CPTS of their region, CPAM staff the CPTS of their département, a
 * coordinator their own CPTS.
 */
export function canReadCpts(p: Principal, cpts: CptsScope): boolean {
  return canSteerRegion(p, cpts.regionCode) || isCpamOf(p, cpts) || canCoordinate(p, cpts.id);
}

/**
 * What the coordination team keeps for itself (mission milestones, association life): the
 * team and the platform admin.
 */
export function canEditCpts(p: Principal, cpts: CptsScope): boolean {
  return canCoordinate(p, cpts.id);
}

/**
 * Identity and territory of a CPTS: its coordination team, the ARS of its region (which
 * registers CPTS and steers the region's coverage, issue #6 item 2) and the admin; the CPAM
 * reads them. Whether a
 * territory change applies at once or needs a decision is territory-authority.ts's rule.
 */
export function canEditIdentityAndTerritory(p: Principal, cpts: CptsScope): boolean {
  return canCoordinate(p, cpts.id) || canSteerRegion(p, cpts.regionCode);
}

/**
 * Who accepts or refuses a territory for a region: its ARS, and the admin for any region.
 * The ARS validates the letter of intent and the territory set by the health project
 * (docs/reference/cpts-lifecycle.md §2–3); the CPAM, co-signatory of the ACI contract,
 * reads proposals but does not decide them.
 */
export function canDecideTerritoryFor(p: Principal, regionCode: string): boolean {
  return isAdmin(p) || p.grants.some((g) => g.role === 'ars' && g.regionCode === regionCode);
}

/** Regulators' steps of the lifecycle: the ARS of the region, or the CPAM of the CPTS's département (co-signatory). */
export function transitionActorCheck(p: Principal, cpts: CptsScope): (actor: TransitionActor) => boolean {
  return (actor) => (actor === 'regulator' ? canSteerRegion(p, cpts.regionCode) || isCpamOf(p, cpts) : canCoordinate(p, cpts.id));
}

export function assertCanSteerRegion(p: Principal, regionCode: string): void {
  if (!canSteerRegion(p, regionCode)) throw forbidden("Cette région n'est pas dans votre périmètre.");
}

export function assertCanReadRegion(p: Principal, regionCode: string): void {
  if (!canReadRegion(p, regionCode)) throw forbidden("Cette région n'est pas dans votre périmètre.");
}
