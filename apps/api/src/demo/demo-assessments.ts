import { addMonths, contractSignedOn, contractYears, type StoredContract } from '@maillon/domain';
import type { Ports } from '../composition/ports.ts';
import { applyComputedValues, closeAssessment, saveAssessmentValues } from '../use-cases/aci/assessments.ts';
import { uploadEvidence } from '../use-cases/aci/evidence.ts';
import { addIndicator, proposeDefaultIndicators } from '../use-cases/aci/indicators.ts';
import type { UseCaseContext } from '../use-cases/use-case-context.ts';

/** Demo values of the ACI example lines (default-indicators.ts), varied a little from one demo CPTS to the next. */
function demoValues(seed: number): { indicatorId: string; value: number; note: string }[] {
  const note = 'Valeur de démonstration (CPTS fictive)';
  return [
    { indicatorId: 'ald-sans-medecin-traitant', value: [88, 140, 46][seed % 3] as number, note },
    { indicatorId: 'c2s-ald-sans-medecin-traitant', value: [7, 5, 9][seed % 3] as number, note },
    { indicatorId: 'patients-70-sans-medecin-traitant', value: [240, 198, 310][seed % 3] as number, note },
    { indicatorId: 'partenariat-cpam', value: 1, note },
    { indicatorId: 'medecins-volontaires', value: 1, note },
    { indicatorId: 'medecins-sas', value: seed % 2, note },
    { indicatorId: 'annuaire-en-ligne', value: 1, note },
  ];
}

/**
 * Indicator lines (the ACI examples and one line Maillon computes: the members) for every demo
 * contract that has none, and an assessed year — the latest one ended — with demo values, the
 * computed one, a demo evidence file, closed a month after the year's end (or today), so that
 * the annual report has content. Idempotent: contracts with indicators are left alone.
 */
export async function ensureDemoAssessments(
  team: UseCaseContext<Ports>,
  regulator: UseCaseContext<Ports>,
  contracts: readonly StoredContract[],
): Promise<number> {
  let assessed = 0;
  for (const [seed, contract] of contracts.entries()) {
    const signedOn = contractSignedOn(contract);
    if (!contract.isDemo || !signedOn || (await team.ports.aciContracts.indicators(contract.id)).length > 0) continue;
    await proposeDefaultIndicators(team, contract.id);
    await addIndicator(team, contract.id, {
      mission: 'accessToCare',
      label: 'Adhérents de la CPTS',
      unit: 'adhérents',
      direction: 'higher',
      baseline: null,
      tiers: [
        { threshold: 10, amountCents: 100_000 },
        { threshold: 30, amountCents: 200_000 },
      ],
      dataSource: 'Maillon',
      metric: 'members',
      evidence: ['Registre des adhérents tenu dans Maillon'],
    });
    const year = contractYears(signedOn)
      .filter((y) => y.endsOn < team.today)
      .at(-1);
    if (!year) continue;
    const target = { contractId: contract.id, year: year.year };
    await saveAssessmentValues(team, target, demoValues(seed));
    await applyComputedValues(team, target);
    await uploadEvidence(team, target, {
      name: 'liste-medecins-volontaires-demo.csv',
      indicatorId: 'medecins-volontaires',
      data: new TextEncoder().encode('médecin;commune\nDr Démo A (fictif);Digne-les-Bains\nDr Démo B (fictif);Manosque\n'),
    });
    const closing = [addMonths(year.nextAnniversary, 1), regulator.today].sort()[0] as string;
    await closeAssessment(regulator, target, closing);
    assessed++;
  }
  return assessed;
}
