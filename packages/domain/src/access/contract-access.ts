import type { CptsScope, Principal } from './principal.ts';
import { canCoordinate, canReadCpts, canSteerRegion, isCpamOf } from './principal.ts';

/**
 * Who does what with an ACI contract (docs/reference/aci.md §1: the contract is signed by the
 * CPTS, its CPAM and its ARS). Everyone who reads the CPTS reads its contracts and schedule;
 * its two co-signatories — the ARS of its region and the CPAM of its département — record the
 * contract, its amendments and its termination; the
 * coordination team records the progress of its missions (the CPTS runs them).
 */
export function canReadContracts(principal: Principal, cpts: CptsScope): boolean {
  return canReadCpts(principal, cpts);
}

export function canManageContracts(principal: Principal, cpts: CptsScope): boolean {
  return canSteerRegion(principal, cpts.regionCode) || isCpamOf(principal, cpts);
}

export function canRecordMissionProgress(principal: Principal, cpts: CptsScope): boolean {
  return canCoordinate(principal, cpts.id);
}

/**
 * Indicator lines and the values of a yearly assessment: the coordination team, who reports
 * its activity, and the regulators who manage the contract (issue #8 point 5).
 */
export function canEditIndicators(principal: Principal, cpts: CptsScope): boolean {
  return canManageContracts(principal, cpts) || canRecordMissionProgress(principal, cpts);
}

/** Closing (or reopening) a yearly assessment, which sets the variable part paid: the regulators. */
export function canCloseAssessment(principal: Principal, cpts: CptsScope): boolean {
  return canManageContracts(principal, cpts);
}
