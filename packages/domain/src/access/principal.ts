import { forbidden } from '../errors.ts';
import type { TransitionActor } from '../lifecycle/transitions.ts';

/** What a signed-in user is allowed to act as. */
export type Grant = { role: 'admin' } | { role: 'ars' | 'cpam'; regionCode: string } | { role: 'coordinator'; cptsId: string };

export interface Principal {
  userId: string;
  email: string;
  displayName: string;
  grants: readonly Grant[];
}

export interface CptsScope {
  id: string;
  regionCode: string;
}

export const isAdmin = (p: Principal) => p.grants.some((g) => g.role === 'admin');

/** Regions the principal steers as ARS or CPAM staff. */
export function steeredRegions(p: Principal): string[] {
  return p.grants.flatMap((g) => (g.role === 'ars' || g.role === 'cpam' ? [g.regionCode] : []));
}

export function coordinatedCpts(p: Principal): string[] {
  return p.grants.flatMap((g) => (g.role === 'coordinator' ? [g.cptsId] : []));
}

export function canSteerRegion(p: Principal, regionCode: string): boolean {
  return isAdmin(p) || steeredRegions(p).includes(regionCode);
}

export function canCoordinate(p: Principal, cptsId: string): boolean {
  return isAdmin(p) || coordinatedCpts(p).includes(cptsId);
}

/** ARS/CPAM staff read every CPTS of their regions; a coordinator reads their own CPTS. */
export function canReadCpts(p: Principal, cpts: CptsScope): boolean {
  return canSteerRegion(p, cpts.regionCode) || canCoordinate(p, cpts.id);
}

/**
 * What the coordination team keeps for itself (mission milestones, association life): the
 * team and the platform admin.
 */
export function canEditCpts(p: Principal, cpts: CptsScope): boolean {
  return canCoordinate(p, cpts.id);
}

/**
 * Identity and territory of a CPTS: its coordination team, ARS/CPAM staff of its region (who
 * register CPTS and steer the region's coverage, issue #6 item 2) and the admin. Whether a
 * territory change applies at once or needs a decision is territory-authority.ts's rule.
 */
export function canEditIdentityAndTerritory(p: Principal, cpts: CptsScope): boolean {
  return canCoordinate(p, cpts.id) || canSteerRegion(p, cpts.regionCode);
}

/**
 * Who accepts or refuses a territory for a region: its ARS, and the admin for any region.
 * The ARS validates the letter of intent and the territory set by the health project
 * (domain.md, stage table and "No-overlap rule"); the CPAM, co-signatory of the ACI contract,
 * reads proposals but does not decide them.
 */
export function canDecideTerritoryFor(p: Principal, regionCode: string): boolean {
  return isAdmin(p) || p.grants.some((g) => g.role === 'ars' && g.regionCode === regionCode);
}

export function transitionActorCheck(p: Principal, cpts: CptsScope): (actor: TransitionActor) => boolean {
  return (actor) => (actor === 'regulator' ? canSteerRegion(p, cpts.regionCode) : canCoordinate(p, cpts.id));
}

export function assertCanSteerRegion(p: Principal, regionCode: string): void {
  if (!canSteerRegion(p, regionCode)) throw forbidden("Cette région n'est pas dans votre périmètre.");
}
