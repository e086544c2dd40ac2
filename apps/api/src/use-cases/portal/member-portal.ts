import type { PortalAssembly, PortalDto, PortalMembership } from '@maillon/contracts';
import {
  ASSEMBLY_KINDS,
  ASSEMBLY_STATUSES,
  type AssemblyKind,
  type AssemblyStatus,
  assemblyEntitlement,
  DomainError,
  type PortalAssemblyRow,
} from '@maillon/domain';
import { listMembershipsOfProfessional, type OwnMembership } from '../association/member-self.ts';
import type { PortalContext, PortalPorts } from './portal-ports.ts';

/** An assembly row of a kind and status the portal knows. */
const isKnown = (a: PortalAssemblyRow): a is PortalAssemblyRow & { kind: AssemblyKind; status: AssemblyStatus } =>
  (ASSEMBLY_KINDS as readonly string[]).includes(a.kind) && (ASSEMBLY_STATUSES as readonly string[]).includes(a.status);

/** The general assemblies of the members' CPTS that they may vote in. */
async function entitledAssemblies(ports: Pick<PortalPorts, 'portal'>, memberships: readonly OwnMembership[]): Promise<PortalAssembly[]> {
  const repo = ports.portal;
  const cptsNames = new Map(memberships.map((m) => [m.cpts.id, m.cpts.name]));
  const assemblies = (await repo.assembliesOf([...cptsNames.keys()])).filter(isKnown);
  const lists = await repo.voterLists(
    assemblies.map((a) => a.id),
    memberships.map((m) => m.memberId),
  );
  const frozen = new Set(lists.frozen);
  return assemblies.flatMap((assembly) => {
    const entitlement = assemblyEntitlement({
      assemblyStatus: assembly.status,
      voterListFrozen: frozen.has(assembly.id),
      voterEntry: lists.entries.find((e) => e.assemblyId === assembly.id) ?? null,
      memberships: memberships
        .filter((m) => m.cpts.id === assembly.cptsId)
        .map((m) => ({ status: m.status, categoryVoting: m.category?.voting ?? null })),
    });
    if (!entitlement) return [];
    return [
      {
        id: assembly.id,
        cptsId: assembly.cptsId,
        cptsName: cptsNames.get(assembly.cptsId) ?? '',
        kind: assembly.kind,
        title: assembly.title,
        scheduledAt: assembly.scheduledAt.toISOString(),
        location: assembly.location,
        status: assembly.status,
        ...entitlement,
      },
    ];
  });
}

/**
 * The member portal of the signed-in user (issue #3, point 7): the memberships recorded under
 * their national professional id, in any CPTS, with dues per year (read through the members
 * feature, `member-self.ts`, so both show the same dues status), and the general assemblies
 * they may vote in. Read-only; it needs no role, only the user's own id, so nobody sees anyone
 * else's membership here.
 */
export async function memberPortal(ctx: PortalContext): Promise<PortalDto> {
  const { ports, principal, today } = ctx;
  const user = await ports.identity.findUserById(principal.userId);
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Connexion requise.');
  const idNatPs = user.idNatPs ?? null;
  const empty: PortalDto = { user: { displayName: user.displayName, idNatPs }, memberships: [], assemblies: [] };
  if (!idNatPs) return empty;
  const own = await listMembershipsOfProfessional(ports, idNatPs, today);
  if (own.length === 0) return empty;
  // The member reading their own memberships (right of access): recorded like any other read.
  await ports.audit.record({ action: 'read', entity: 'portal', recordIds: own.map((m) => m.memberId), cptsId: null });
  const contacts = new Map(
    await Promise.all([...new Set(own.map((m) => m.cpts.id))].map(async (id) => [id, await ports.cpts.get(id)] as const)),
  );
  const memberships: PortalMembership[] = own
    .map((m) => ({
      ...m,
      cpts: { ...m.cpts, email: contacts.get(m.cpts.id)?.email ?? null, phone: contacts.get(m.cpts.id)?.phone ?? null },
      // Most recent year first: the one a member looks for.
      dues: [...m.dues].sort((a, b) => b.year - a.year),
    }))
    .sort((a, b) => a.cpts.name.localeCompare(b.cpts.name, 'fr') || b.requestedAt.localeCompare(a.requestedAt));
  return { ...empty, memberships, assemblies: await entitledAssemblies(ports, own) };
}
