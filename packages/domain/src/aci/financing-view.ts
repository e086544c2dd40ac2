import { addDays } from '../lifecycle/dates.ts';
import type { AciReference } from './aci-version.ts';
import { type AciContract, contractSignedOn } from './contract.ts';
import { contractEndsOn, contractYear, contractYearOn } from './contract-years.ts';
import { type ContractMissionDeadline, contractMissionDeadlines } from './mission-deadlines.ts';
import type { PaymentLine } from './payment-line.ts';
import { scheduleTotals } from './schedule-totals.ts';

/** One contract year as the regulators follow it: what the schedule commits and what it has paid by today. */
export interface FinancingYear {
  year: number;
  startsOn: string;
  endsOn: string;
  /** Net of every line of the year in the schedule (repayments deducted). */
  committedCents: number;
  /** Net of the year's lines dated on or before today. */
  paidCents: number;
  /** Lines of the year whose amount is unknown: the sums are then lower bounds. */
  unknownLines: number;
}

export interface LateMission {
  mission: ContractMissionDeadline['mission'];
  label: string;
  /** Late to start, or started but late to be fully deployed. */
  which: 'start' | 'deploy';
  dueOn: string;
}

export interface ContractFinancing {
  years: FinancingYear[];
  /** Lines dated after today and within the horizon, in date order. */
  upcoming: PaymentLine[];
  /** In its fifth year (renewal due) and not renewed yet; `null` otherwise. */
  renewalDue: { endsOn: string } | null;
  lateMissions: LateMission[];
}

/** How far ahead the regulators' view lists payments: the coming twelve months (our choice). */
export const UPCOMING_HORIZON_DAYS = 365;

/**
 * The financing of one signed contract for the regulators' view (docs/reference/aci.md §8),
 * read from its payment schedule (`paymentSchedule` lines, never recomputed here): per contract
 * year the committed and the paid-to-date nets (`scheduleTotals`), the payments of the coming
 * twelve months, whether the contract is in its fifth year without a renewal, and its late
 * missions (`contractMissionDeadlines`).
 */
export function contractFinancing(
  contract: AciContract,
  options: { lines: readonly PaymentLine[]; reference: AciReference; today: string; renewed: boolean },
): ContractFinancing {
  const { lines, today } = options;
  const signedOn = contractSignedOn(contract);
  if (!signedOn) return { years: [], upcoming: [], renewalDue: null, lateMissions: [] };
  const committed = scheduleTotals(lines).byYear;
  const paid = scheduleTotals(lines.filter((l) => l.date <= today)).byYear;
  const years = Object.keys(committed)
    .map(Number)
    .sort((a, b) => a - b)
    .map((year) => {
      const span = contractYear(signedOn, year);
      const total = committed[year] as NonNullable<(typeof committed)[number]>;
      return {
        year,
        startsOn: span.startsOn,
        endsOn: span.endsOn,
        committedCents: total.netCents,
        paidCents: paid[year]?.netCents ?? 0,
        unknownLines: total.unknownLines,
      };
    });
  const horizon = addDays(today, UPCOMING_HORIZON_DAYS);
  const upcoming = lines.filter((l) => l.date > today && l.date <= horizon).sort((a, b) => a.date.localeCompare(b.date));
  const inForce = (!contract.termination || contract.termination.effectiveOn > today) && contractEndsOn(signedOn) >= today;
  const renewalDue =
    inForce && !options.renewed && contractYearOn(signedOn, today)?.year === 5 ? { endsOn: contractEndsOn(signedOn) } : null;
  const lateMissions = inForce
    ? contractMissionDeadlines(contract, { reference: options.reference, today }).flatMap((d): LateMission[] => {
        if (d.startStatus === 'late' && d.startBy) return [{ mission: d.mission, label: d.label, which: 'start', dueOn: d.startBy }];
        if (d.deployStatus === 'late' && d.deployedBy)
          return [{ mission: d.mission, label: d.label, which: 'deploy', dueOn: d.deployedBy }];
        return [];
      })
    : [];
  return { years, upcoming, renewalDue, lateMissions };
}
