import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeContract } from '../../test/aci-contract-fixture.ts';
import { addDays } from '../lifecycle/dates.ts';
import type { SizeCategory } from '../territory/size-category.ts';
import type { AciReference } from './aci-version.ts';
import type { AciContract, ContractMission } from './contract.ts';
import { anniversary, CONTRACT_YEARS, contractEndsOn, contractYears } from './contract-years.ts';
import { ACI_MISSIONS } from './missions.ts';
import type { PaymentLine } from './payment-line.ts';
import { paymentSchedule } from './payment-schedule.ts';
import { scheduleTotals } from './schedule-totals.ts';
import { ACI_REFERENCE_SEED } from './seed.ts';
import type { VariablePayment } from './variable-lines.ts';
import { missionIntroduction } from './version-at.ts';

const POPULATION: Record<SizeCategory, number> = { 1: 30_000, 2: 60_000, 3: 118_000, 4: 200_000 };

/** The seed with every unknown amount given a value, so that every line has an amount to check. */
const FILLED: AciReference = ACI_REFERENCE_SEED.map((version) => ({
  ...version,
  amounts: version.amounts.map((entry, index) =>
    entry.amount.value === null
      ? { ...entry, amount: { ...entry.amount, value: ((index * 7919) % 60_000) * 100 + 1_001, status: 'reported' as const } }
      : entry,
  ),
}));

interface Case {
  contract: AciContract;
  reference: AciReference;
  payments: VariablePayment[];
  shuffleSeed: number;
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    offset: fc.integer({ min: 0, max: 3_000 }),
    size: fc.constantFrom<SizeCategory>(1, 2, 3, 4),
    starts: fc.array(fc.option(fc.integer({ min: 0, max: 1_900 }), { nil: null }), { minLength: 6, maxLength: 6 }),
    chosen: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
    terminationAfter: fc.option(fc.integer({ min: 1, max: 1_826 }), { nil: null }),
    filled: fc.boolean(),
    payments: fc.uniqueArray(
      fc.record({
        year: fc.integer({ min: 1, max: 5 }),
        delay: fc.integer({ min: -30, max: 90 }),
        amounts: fc.array(fc.integer({ min: 0, max: 8_000_000 }), { minLength: 6, maxLength: 6 }),
      }),
      { selector: (payment) => payment.year, maxLength: 5 },
    ),
    shuffleSeed: fc.integer(),
  })
  .map(({ offset, size, starts, chosen, terminationAfter, filled, payments, shuffleSeed }) => {
    const signedOn = addDays('2019-08-25', offset);
    const reference = filled ? FILLED : ACI_REFERENCE_SEED;
    const endsOn = contractEndsOn(signedOn);
    const terminatedOn = terminationAfter === null ? null : ([addDays(signedOn, terminationAfter), endsOn].sort()[0] ?? null);
    const endExclusive = terminatedOn ?? anniversary(signedOn, CONTRACT_YEARS);
    const missions: ContractMission[] = ACI_MISSIONS.flatMap((mission, index) => {
      const optionalIndex = index - 4;
      if (optionalIndex >= 0 && !chosen[optionalIndex]) return [];
      const introduction = missionIntroduction(reference, mission, signedOn);
      if (!introduction || introduction.appliesFrom >= endExclusive) return [];
      const start = starts[index];
      const startedOn = start === null || start === undefined ? null : addDays(signedOn, start);
      return [{ mission, startedOn: startedOn && startedOn < endExclusive ? startedOn : null, deployedOn: null }];
    });
    const years = contractYears(signedOn);
    const contract = makeContract({
      signedOn,
      population: { count: POPULATION[size], vintage: Number(signedOn.slice(0, 4)) - 1 },
      sizeCategory: size,
      missions,
      termination: terminatedOn ? { effectiveOn: terminatedOn, reason: 'eligibilityLost', comment: null } : null,
    });
    const variablePayments = payments.map(
      ({ year, delay, amounts }): VariablePayment => ({
        contractYear: year,
        assessedOn: addDays(years[year - 1]?.nextAnniversary ?? signedOn, delay),
        missions: ACI_MISSIONS.map((mission, index) => ({ mission, payableCents: amounts[index] ?? 0 })),
      }),
    );
    return { contract, reference, payments: variablePayments, shuffleSeed };
  });

const sum = (lines: readonly PaymentLine[]) => lines.reduce((total, line) => total + (line.amountCents ?? 0), 0);

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0;
  for (let index = copy.length - 1; index > 0; index--) {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

describe('payment schedule invariants', () => {
  it('never dates a line before the signature, and pays whole cents', () => {
    fc.assert(
      fc.property(caseArb, ({ contract, reference, payments }) => {
        const schedule = paymentSchedule(contract, { reference, variablePayments: payments });
        for (const line of schedule.lines) {
          expect(line.date >= schedule.signedOn).toBe(true);
          if (line.amountCents !== null) expect(Number.isSafeInteger(line.amountCents)).toBe(true);
        }
      }),
    );
  });

  it("never pays more for a year than that year's envelope, item by item and in total", () => {
    fc.assert(
      fc.property(caseArb, ({ contract, reference, payments }) => {
        const schedule = paymentSchedule(contract, { reference, variablePayments: payments });
        for (const envelope of schedule.years) {
          const ofYear = schedule.lines.filter((line) => line.contractYear === envelope.contractYear.year);
          expect(sum(ofYear)).toBeLessThanOrEqual(envelope.knownCents);
          const figures = [
            envelope.operating,
            ...envelope.missions.flatMap((mission) => (mission.variable ? [mission.fixed, mission.variable] : [mission.fixed])),
          ];
          for (const figure of figures) {
            const lines = ofYear.filter((line) => line.item === figure.item && line.part === figure.part);
            if (figure.cents === null) expect(lines.every((line) => line.amountCents === null)).toBe(true);
            else expect(sum(lines)).toBeLessThanOrEqual(figure.cents);
          }
        }
      }),
    );
  });

  it('never asks back more than was advanced, and pays nothing after a termination but earlier years’ variable parts', () => {
    fc.assert(
      fc.property(caseArb, ({ contract, reference, payments }) => {
        const schedule = paymentSchedule(contract, { reference, variablePayments: payments });
        for (const repayment of schedule.lines.filter((line) => line.kind === 'repayment' && line.amountCents !== null)) {
          const advanced = schedule.lines.filter(
            (line) => line.kind === 'advance' && line.contractYear === repayment.contractYear && line.item === repayment.item,
          );
          expect(-(repayment.amountCents ?? 0)).toBeLessThanOrEqual(sum(advanced));
        }
        const terminatedOn = contract.termination?.effectiveOn;
        if (terminatedOn) {
          for (const line of schedule.lines) {
            if (line.kind === 'advance') expect(line.date < terminatedOn).toBe(true);
            else if (line.kind !== 'variable') expect(line.date <= terminatedOn).toBe(true);
          }
        }
      }),
    );
  });

  it('pays exactly the yearly fonctionnement over a complete year: the rounding remainder is on the balance', () => {
    fc.assert(
      fc.property(caseArb, ({ contract }) => {
        const schedule = paymentSchedule({ ...contract, termination: null }, { reference: FILLED });
        for (const envelope of schedule.years) {
          const operating = schedule.lines.filter((line) => line.item === 'operating' && line.contractYear === envelope.contractYear.year);
          expect(sum(operating)).toBe(envelope.operating.cents);
        }
      }),
    );
  });

  it('gives the same lines and totals whatever the order of missions, assessments and lines', () => {
    fc.assert(
      fc.property(caseArb, ({ contract, reference, payments, shuffleSeed }) => {
        const schedule = paymentSchedule(contract, { reference, variablePayments: payments });
        const reordered = paymentSchedule(
          { ...contract, missions: shuffled(contract.missions, shuffleSeed) },
          { reference: [...reference].reverse(), variablePayments: shuffled(payments, shuffleSeed + 1) },
        );
        expect(reordered.lines).toEqual(schedule.lines);
        expect(scheduleTotals(shuffled(schedule.lines, shuffleSeed))).toEqual(scheduleTotals(schedule.lines));
      }),
    );
  });
});
