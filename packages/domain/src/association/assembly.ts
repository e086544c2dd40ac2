import { DomainError, invalid } from '../errors.ts';

export const ASSEMBLY_KINDS = ['ordinary', 'extraordinary', 'constitutive'] as const;
export type AssemblyKind = (typeof ASSEMBLY_KINDS)[number];

/** convened → open (first vote recorded) → closed. */
export const ASSEMBLY_STATUSES = ['convened', 'open', 'closed'] as const;
export type AssemblyStatus = (typeof ASSEMBLY_STATUSES)[number];

export const ATTENDANCES = ['absent', 'present', 'represented'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

/** Statutes' default: at most two proxies per member present (common in CPTS statutes). */
export const DEFAULT_MAX_PROXIES = 2;
export const DEFAULT_QUORUM_PERCENT = 25;

export interface Voter {
  memberId: string;
  displayName: string;
  attendance: Attendance;
  proxyHolderId: string | null;
}

export interface AttendanceChange {
  memberId: string;
  attendance: Attendance;
  proxyHolderId?: string | null | undefined;
}

export interface Quorum {
  /** Members entitled to vote, frozen at convocation. */
  voters: number;
  present: number;
  represented: number;
  /** Voices that can be cast: one per member present or represented. */
  voices: number;
  /** Voices needed for the assembly to deliberate. */
  required: number;
  reached: boolean;
  quorumPercent: number;
}

/** Quorum: members present or represented reach `quorumPercent` of the members entitled to vote. */
export function computeQuorum(voters: readonly Pick<Voter, 'attendance'>[], quorumPercent: number): Quorum {
  const present = voters.filter((v) => v.attendance === 'present').length;
  const represented = voters.filter((v) => v.attendance === 'represented').length;
  const required = Math.ceil((voters.length * quorumPercent) / 100);
  const voices = present + represented;
  return { voters: voters.length, present, represented, voices, required, reached: voters.length > 0 && voices >= required, quorumPercent };
}

/** The field of the change that caused a problem with `memberId`'s attendance or proxy. */
function fieldFor(changes: readonly AttendanceChange[], memberId: string, key: 'attendance' | 'proxyHolderId'): string {
  const index = changes.findIndex((c) => c.memberId === memberId);
  return index >= 0 ? `changes[${index}].${key}` : 'changes';
}

function checkProxy(voters: ReadonlyMap<string, Voter>, voter: Voter, changes: readonly AttendanceChange[]): void {
  const ownField = fieldFor(changes, voter.memberId, 'proxyHolderId');
  if (!voter.proxyHolderId) throw invalid(ownField, 'Un membre représenté doit désigner le membre présent qui porte son pouvoir.');
  if (voter.proxyHolderId === voter.memberId) throw invalid(ownField, 'Un membre ne peut pas se donner pouvoir à lui-même.');
  const holder = voters.get(voter.proxyHolderId);
  if (!holder) throw invalid(ownField, 'Le porteur du pouvoir doit être un membre ayant droit de vote à cette assemblée.');
  if (holder.attendance !== 'present') {
    // No chained proxies: only a member present in person carries one.
    const touched = changes.some((c) => c.memberId === voter.memberId);
    const field = touched ? ownField : fieldFor(changes, holder.memberId, 'attendance');
    throw new DomainError(
      'CONFLICT',
      `${holder.displayName} doit être présent pour porter un pouvoir (pas de pouvoir en cascade) : réattribuez d'abord ses pouvoirs.`,
      field,
    );
  }
}

/**
 * Applies attendance changes and checks the whole result: a represented member names a proxy
 * holder who is present in person and entitled to vote (no chained proxy), and no holder carries
 * more than `maxProxies` proxies (statutes). Members present or absent carry no proxy of their own.
 */
export function applyAttendance<V extends Voter>(voters: readonly V[], changes: readonly AttendanceChange[], maxProxies: number): V[] {
  const byId = new Map(voters.map((v) => [v.memberId, { ...v }]));
  const seen = new Set<string>();
  changes.forEach((change, i) => {
    const voter = byId.get(change.memberId);
    if (!voter) throw invalid(`changes[${i}].memberId`, "Ce membre n'a pas droit de vote à cette assemblée.");
    if (seen.has(change.memberId)) throw invalid(`changes[${i}].memberId`, 'Ce membre apparaît deux fois dans la liste.');
    seen.add(change.memberId);
    voter.attendance = change.attendance;
    voter.proxyHolderId = change.attendance === 'represented' ? (change.proxyHolderId ?? null) : null;
  });
  const result = [...byId.values()];
  const carried = new Map<string, number>();
  for (const voter of result) {
    if (voter.attendance !== 'represented') continue;
    checkProxy(byId, voter, changes);
    const holderId = voter.proxyHolderId as string;
    carried.set(holderId, (carried.get(holderId) ?? 0) + 1);
  }
  for (const [holderId, count] of carried) {
    if (count <= maxProxies) continue;
    const lastAssigned = changes.findLastIndex((c) => c.attendance === 'represented' && c.proxyHolderId === holderId);
    const holder = byId.get(holderId) as V;
    throw invalid(
      lastAssigned >= 0 ? `changes[${lastAssigned}].proxyHolderId` : 'changes',
      `${holder.displayName} porterait ${count} pouvoirs : les statuts en autorisent ${maxProxies} au plus par membre présent.`,
    );
  }
  return result;
}

/** Attendance, proxies and votes change until the assembly is closed. */
export function assertNotClosed(status: AssemblyStatus): void {
  if (status === 'closed')
    throw new DomainError('ILLEGAL_TRANSITION', "L'assemblée est close : elle ne peut plus être modifiée.", 'status');
}
