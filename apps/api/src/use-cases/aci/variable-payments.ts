import {
  type AciReference,
  type AssessmentRecord,
  assessVariablePart,
  contractYearEnvelope,
  type IndicatorLine,
  type StoredContract,
  type VariableAssessment,
  type VariablePayment,
  variableEnvelopes,
} from '@maillon/domain';

/** The variable part of one contract year from its assessment's values, capped per mission. */
export function assessYear(
  contract: StoredContract,
  input: { reference: AciReference; indicators: readonly IndicatorLine[]; assessment: AssessmentRecord },
): VariableAssessment {
  const envelope = contractYearEnvelope(contract, { reference: input.reference, year: input.assessment.contractYear });
  const known = new Set(input.indicators.map((i) => i.id));
  return assessVariablePart({
    indicators: input.indicators,
    values: Object.fromEntries(input.assessment.values.filter((v) => known.has(v.indicatorId)).map((v) => [v.indicatorId, v.value])),
    envelopes: variableEnvelopes(envelope),
  });
}

/** What the schedule pays as variable parts: each completed assessment (dated), per mission. */
export function variablePaymentsOf(
  contract: StoredContract,
  input: { reference: AciReference; indicators: readonly IndicatorLine[]; assessments: readonly AssessmentRecord[] },
): VariablePayment[] {
  return input.assessments
    .filter((assessment): assessment is AssessmentRecord & { assessedOn: string } => assessment.assessedOn !== null)
    .map((assessment) => ({
      contractYear: assessment.contractYear,
      assessedOn: assessment.assessedOn,
      missions: assessYear(contract, { ...input, assessment }).missions.map((m) => ({ mission: m.mission, payableCents: m.payableCents })),
    }));
}
