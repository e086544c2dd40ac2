import type { EvidenceDto, FileDownload } from '@maillon/contracts';
import { conflict, evidenceFileName, evidenceType, formatDate, invalid, notFound } from '@maillon/domain';
import type { AciAssessmentContext, AciAssessmentPorts } from './aci-ports.ts';
import { assessmentOf, toEvidenceDto, yearOfContract } from './assessments.ts';
import { loadContract } from './contracts.ts';
import { assertEditsIndicators } from './indicators.ts';

async function sha256(data: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(data));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Attaches an evidence file to a year's assessment (and to one of its lines when named). Its type
 * is read from its first bytes and its size capped (evidence-file.ts); the bytes are stored in
 * the database, so backups hold them. Evidence may list patients: the upload is audited.
 */
export async function uploadEvidence(
  ctx: AciAssessmentContext,
  target: { contractId: string; year: number },
  file: { name: string; indicatorId?: string | undefined; data: Uint8Array },
): Promise<EvidenceDto> {
  const fileName = evidenceFileName(file.name);
  const type = evidenceType(file.data, fileName);
  const digest = await sha256(file.data);
  return ctx.transaction(async (ports) => {
    const { contract, cpts } = await loadContract(ports, ctx, target.contractId, true);
    assertEditsIndicators(ctx, cpts);
    const period = yearOfContract(contract, target.year);
    if (period.startsOn > ctx.today) throw conflict(`L'année ${target.year} du contrat n'a pas commencé.`, 'year');
    if (file.indicatorId !== undefined) {
      const indicators = await ports.aciContracts.indicators(contract.id);
      if (!indicators.some((i) => i.id === file.indicatorId)) {
        throw invalid('indicatorId', `Aucun indicateur « ${file.indicatorId} » dans ce contrat.`);
      }
    }
    let record = await assessmentOf(ports, contract.id, target.year);
    if (record?.assessedOn) {
      throw conflict(
        `L'évaluation de l'année ${target.year} est close depuis le ${formatDate(record.assessedOn)} : plus d'ajout de justificatif.`,
      );
    }
    if (!record) {
      record = {
        id: crypto.randomUUID(),
        contractId: contract.id,
        contractYear: target.year,
        assessedOn: null,
        values: [],
        createdAt: ctx.now,
        updatedAt: ctx.now,
      };
      await ports.aciAssessments.save(record);
    }
    const evidence = {
      id: crypto.randomUUID(),
      assessmentId: record.id,
      indicatorId: file.indicatorId ?? null,
      fileName,
      contentType: type.contentType,
      sizeBytes: file.data.length,
      sha256: digest,
      uploadedBy: ctx.principal.userId,
      uploadedAt: ctx.now,
    };
    await ports.aciAssessments.addEvidence(evidence, file.data);
    await ports.audit.record({
      action: 'create',
      entity: 'evidenceFile',
      recordIds: [evidence.id],
      cptsId: cpts.id,
      details: { sizeBytes: evidence.sizeBytes, type: type.label, contractYear: target.year },
    });
    return toEvidenceDto(evidence);
  });
}

/** An evidence file of a contract the principal reads, with its assessment and CPTS; 404 for anyone else. */
async function loadEvidence(ports: AciAssessmentPorts, ctx: AciAssessmentContext, evidenceId: string) {
  const found = await ports.aciAssessments.readEvidence(evidenceId);
  const assessment = found ? await ports.aciAssessments.get(found.record.assessmentId) : null;
  if (!found || !assessment) throw notFound('Justificatif introuvable.');
  return { ...found, assessment, ...(await loadContract(ports, ctx, assessment.contractId, true)) };
}

/** Downloads an evidence file as stored; audited. */
export async function downloadEvidence(ctx: AciAssessmentContext, evidenceId: string): Promise<FileDownload> {
  return ctx.transaction(async (ports) => {
    const { record, data, cpts } = await loadEvidence(ports, ctx, evidenceId);
    await ports.audit.record({ action: 'read', entity: 'evidenceFile', recordIds: [record.id], cptsId: cpts.id });
    return { name: record.fileName, type: record.contentType, body: data };
  });
}

/** Deletes an evidence file (the page asks for confirmation); not once the assessment is closed. Audited. */
export async function removeEvidence(ctx: AciAssessmentContext, evidenceId: string): Promise<void> {
  await ctx.transaction(async (ports) => {
    const { record, assessment, cpts } = await loadEvidence(ports, ctx, evidenceId);
    assertEditsIndicators(ctx, cpts);
    if (assessment.assessedOn) {
      throw conflict(`L'évaluation est close depuis le ${formatDate(assessment.assessedOn)} : ses justificatifs sont conservés.`);
    }
    await ports.aciAssessments.removeEvidence(record.id);
    await ports.audit.record({ action: 'delete', entity: 'evidenceFile', recordIds: [record.id], cptsId: cpts.id });
  });
}
