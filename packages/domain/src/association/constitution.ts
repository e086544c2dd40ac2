import { DomainError, invalid } from '../errors.ts';
import type { AssemblyKind } from './assembly.ts';
import { type BodyKind, checkMandate, type MandateInput, type MandateRole, type SeatHolder } from './governance.ts';
import type { ResolutionOutcome } from './vote.ts';

/** A first body elected by the constitutive assembly, citing the resolution that elected it. */
export interface FirstBodyInput {
  kind: 'bureau' | 'board';
  name: string;
  resolutionId: string;
  mandates: readonly { memberId: string; role: MandateRole }[];
}

export interface ConstitutionRequest {
  assemblyKind: AssemblyKind;
  /** The assembly's day: the bodies are created and the mandates start on it. */
  heldOn: string;
  resolutions: readonly { id: string; outcome: ResolutionOutcome | null }[];
  /** Members entitled to vote at the assembly (its snapshot). */
  voterIds: ReadonlySet<string>;
  members: ReadonlyMap<string, SeatHolder>;
  /** Kinds of the CPTS's bodies still in existence. */
  existingBodyKinds: readonly BodyKind[];
  firstBodies: readonly FirstBodyInput[] | undefined;
}

export interface PlannedBody {
  kind: 'bureau' | 'board';
  name: string;
  createdOn: string;
  mandates: MandateInput[];
}

/**
 * A constitutive assembly creates the association's first bureau and board from its adopted
 * election resolutions, seating members entitled to vote at it; other assemblies create no body.
 */
export function planConstitution(request: ConstitutionRequest): PlannedBody[] {
  const { firstBodies } = request;
  if (request.assemblyKind !== 'constitutive') {
    if (firstBodies?.length) throw invalid('firstBodies', 'Seule une assemblée constitutive crée les premières instances.');
    return [];
  }
  if (!firstBodies) throw invalid('firstBodies', "L'assemblée constitutive élit le premier bureau et le premier conseil d'administration.");
  for (const kind of ['bureau', 'board'] as const) {
    const count = firstBodies.filter((b) => b.kind === kind).length;
    const label = kind === 'bureau' ? 'un bureau' : "un conseil d'administration";
    if (count !== 1) throw invalid('firstBodies', `L'assemblée constitutive élit exactement ${label}.`);
    if (request.existingBodyKinds.includes(kind)) {
      throw new DomainError('CONFLICT', `L'association a déjà ${label} : ce ne sont plus ses premières instances.`, 'firstBodies');
    }
  }
  return firstBodies.map((body, i) => planFirstBody(request, body, i));
}

function planFirstBody(request: ConstitutionRequest, body: FirstBodyInput, i: number): PlannedBody {
  const prefix = `firstBodies[${i}]`;
  if (!body.name.trim()) throw invalid(`${prefix}.name`, "Nom de l'instance obligatoire.");
  const resolution = request.resolutions.find((r) => r.id === body.resolutionId);
  if (!resolution) throw invalid(`${prefix}.resolutionId`, "Cette résolution n'est pas à l'ordre du jour de l'assemblée.");
  if (resolution.outcome !== 'adopted') {
    throw invalid(`${prefix}.resolutionId`, "L'élection de l'instance doit faire l'objet d'une résolution adoptée.");
  }
  if (body.mandates.length === 0) throw invalid(`${prefix}.mandates`, 'Une instance compte au moins un membre élu.');
  if (body.kind === 'bureau' && !body.mandates.some((m) => m.role === 'president')) {
    throw invalid(`${prefix}.mandates`, 'Le bureau élit son président ou sa présidente.');
  }
  const dates = { kind: body.kind, createdOn: request.heldOn, endedOn: null };
  const mandates: MandateInput[] = [];
  body.mandates.forEach((seat, j) => {
    const fieldPrefix = `${prefix}.mandates[${j}].`;
    const member = request.members.get(seat.memberId);
    if (!member || !request.voterIds.has(seat.memberId)) {
      throw invalid(`${fieldPrefix}memberId`, "L'élu doit être un membre ayant droit de vote à l'assemblée constitutive.");
    }
    const mandate: MandateInput = { memberId: seat.memberId, role: seat.role, startOn: request.heldOn, endOn: null };
    checkMandate({ body: dates, mandate, member, others: mandates, fieldPrefix });
    mandates.push(mandate);
  });
  return { kind: body.kind, name: body.name.trim(), createdOn: request.heldOn, mandates };
}
