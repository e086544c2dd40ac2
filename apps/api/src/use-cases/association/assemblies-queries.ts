import type { AssemblyDetailDto, AssemblySummaryDto } from '@maillon/contracts';
import { createAssociationAssembliesRepository, type Db } from '@maillon/db';
import type { AssemblyRecord } from '@maillon/domain';
import { DomainError } from '@maillon/domain';
import { toAssemblyDetail, toAssemblySummary } from './assembly-dto.ts';
import { type AssociationContext, loadAssociation } from './association-access.ts';
import { minutesPdf } from './pdf/minutes-pdf.ts';

export async function listAssemblies(ctx: AssociationContext, cptsId: string): Promise<AssemblySummaryDto[]> {
  await loadAssociation(ctx.db, ctx.principal, { cptsId, need: 'manage' });
  const repo = createAssociationAssembliesRepository(ctx.db);
  const assemblies = await repo.list(cptsId);
  const resolutions = await repo.resolutions(assemblies.map((a) => a.id));
  return assemblies.map((a) =>
    toAssemblySummary(
      a,
      resolutions.filter((r) => r.assemblyId === a.id),
    ),
  );
}

export async function loadAssembly(db: Db, target: { cptsId: string; assemblyId: string }, forUpdate = false): Promise<AssemblyRecord> {
  const assembly = await createAssociationAssembliesRepository(db).get(target.cptsId, target.assemblyId, { forUpdate });
  if (!assembly) throw new DomainError('NOT_FOUND', 'Assemblée introuvable.');
  return assembly;
}

/** Reads an assembly in full (within the caller's transaction when given one). */
export async function readAssemblyDetail(db: Db, assembly: AssemblyRecord): Promise<AssemblyDetailDto> {
  const repo = createAssociationAssembliesRepository(db);
  const [voters, resolutions] = await Promise.all([repo.voters(assembly.id), repo.resolutions([assembly.id])]);
  return toAssemblyDetail(assembly, voters, resolutions);
}

export async function assemblyDetail(ctx: AssociationContext, target: { cptsId: string; assemblyId: string }): Promise<AssemblyDetailDto> {
  await loadAssociation(ctx.db, ctx.principal, { cptsId: target.cptsId, need: 'manage' });
  const detail = await readAssemblyDetail(ctx.db, await loadAssembly(ctx.db, target));
  await ctx.audit.record(ctx.db, {
    action: 'read',
    entity: 'assemblyAttendance',
    recordIds: detail.voters.map((v) => v.memberId),
    cptsId: target.cptsId,
    details: { assemblyId: target.assemblyId },
  });
  return detail;
}

/** The minutes as a PDF: attendance, quorum, each resolution's tally and outcome. */
export async function assemblyMinutes(
  ctx: AssociationContext,
  target: { cptsId: string; assemblyId: string },
): Promise<{ pdf: Buffer; fileName: string }> {
  const cpts = await loadAssociation(ctx.db, ctx.principal, { cptsId: target.cptsId, need: 'manage' });
  const detail = await readAssemblyDetail(ctx.db, await loadAssembly(ctx.db, target));
  const pdf = await minutesPdf({ cpts, assembly: detail, generatedAt: ctx.now });
  await ctx.audit.record(ctx.db, {
    action: 'export',
    entity: 'assemblyAttendance',
    recordIds: detail.voters.map((v) => v.memberId),
    cptsId: target.cptsId,
    details: { assemblyId: target.assemblyId, format: 'pdf' },
  });
  return { pdf, fileName: `proces-verbal-${detail.scheduledAt.slice(0, 10)}.pdf` };
}
