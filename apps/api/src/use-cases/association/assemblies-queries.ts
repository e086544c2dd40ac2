import type { AssemblyDetailDto, AssemblySummaryDto } from '@maillon/contracts';
import type { AssemblyRecord } from '@maillon/domain';
import { DomainError } from '@maillon/domain';
import { toAssemblyDetail, toAssemblySummary } from './assembly-dto.ts';
import { loadAssociation } from './association-access.ts';
import type { AssociationContext, AssociationPorts } from './association-ports.ts';
import { minutesPdf } from './pdf/minutes-pdf.ts';

type AssemblyTarget = { cptsId: string; assemblyId: string };
type AssembliesPorts = Pick<AssociationPorts, 'assemblies'>;

export async function listAssemblies(ctx: AssociationContext, cptsId: string): Promise<AssemblySummaryDto[]> {
  const { ports } = ctx;
  await loadAssociation(ports.cpts, ctx.principal, { cptsId, need: 'manage' });
  const assemblies = await ports.assemblies.list(cptsId);
  const resolutions = await ports.assemblies.resolutions(assemblies.map((a) => a.id));
  return assemblies.map((a) =>
    toAssemblySummary(
      a,
      resolutions.filter((r) => r.assemblyId === a.id),
    ),
  );
}

export async function loadAssembly(ports: AssembliesPorts, target: AssemblyTarget, forUpdate = false): Promise<AssemblyRecord> {
  const assembly = await ports.assemblies.get(target.cptsId, target.assemblyId, { forUpdate });
  if (!assembly) throw new DomainError('NOT_FOUND', 'Assemblée introuvable.');
  return assembly;
}

/** Reads an assembly in full (within the caller's transaction when given its ports). */
export async function readAssemblyDetail(ports: AssembliesPorts, assembly: AssemblyRecord): Promise<AssemblyDetailDto> {
  const [voters, resolutions] = await Promise.all([ports.assemblies.voters(assembly.id), ports.assemblies.resolutions([assembly.id])]);
  return toAssemblyDetail(assembly, voters, resolutions);
}

export async function assemblyDetail(ctx: AssociationContext, target: AssemblyTarget): Promise<AssemblyDetailDto> {
  const { ports } = ctx;
  await loadAssociation(ports.cpts, ctx.principal, { cptsId: target.cptsId, need: 'manage' });
  const detail = await readAssemblyDetail(ports, await loadAssembly(ports, target));
  await ports.audit.record({
    action: 'read',
    entity: 'assemblyAttendance',
    recordIds: detail.voters.map((v) => v.memberId),
    cptsId: target.cptsId,
    details: { assemblyId: target.assemblyId },
  });
  return detail;
}

/** The minutes as a PDF: attendance, quorum, each resolution's tally and outcome. */
export async function assemblyMinutes(ctx: AssociationContext, target: AssemblyTarget): Promise<{ pdf: Buffer; fileName: string }> {
  const { ports } = ctx;
  const cpts = await loadAssociation(ports.cpts, ctx.principal, { cptsId: target.cptsId, need: 'manage' });
  const detail = await readAssemblyDetail(ports, await loadAssembly(ports, target));
  const pdf = await minutesPdf({ cpts, assembly: detail, generatedAt: ctx.now });
  await ports.audit.record({
    action: 'export',
    entity: 'assemblyAttendance',
    recordIds: detail.voters.map((v) => v.memberId),
    cptsId: target.cptsId,
    details: { assemblyId: target.assemblyId, format: 'pdf' },
  });
  return { pdf, fileName: `proces-verbal-${detail.scheduledAt.slice(0, 10)}.pdf` };
}
