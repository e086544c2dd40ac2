import { formatAmount } from '../format/index.ts';
import type { SizeCategory } from '../territory/size-category.ts';
import type { AciReference, AciReferenceVersion } from './aci-version.ts';
import { amountEntry } from './aci-version.ts';
import type { AciContract } from './contract.ts';
import { requireSignedOn } from './contract-validation.ts';
import { type ContractYear, contractYear } from './contract-years.ts';
import { AMOUNT_ITEM_LABELS, AMOUNT_PART_LABELS } from './labels.ts';
import type { AciMission, AmountItem, AmountPart, MissionKind } from './missions.ts';
import { missionOrder } from './missions.ts';
import { type ValueSource, type ValueStatus, weakestStatus } from './reference-value.ts';
import { sizeForYear, type YearSize } from './size-for-year.ts';
import { aciVersionAt } from './version-at.ts';

/** One amount of a year's envelope, in cents (`null`: « montant non connu »), with its origin. */
export interface AmountFigure {
  item: AmountItem;
  part: AmountPart;
  cents: number | null;
  status: ValueStatus;
  source: ValueSource;
  /** « Part fixe, Parcours pluriprofessionnels (taille 3, ACI CPTS 2019, avenant 2) ». */
  label: string;
}

export interface MissionEnvelope {
  mission: AciMission;
  kind: MissionKind;
  startedOn: string | null;
  fixed: AmountFigure;
  /** `null` for a mission without a variable part (crisis). */
  variable: AmountFigure | null;
}

/** What a contract year may pay at most: fonctionnement and each mission's parts. */
export interface YearEnvelope {
  contractYear: ContractYear;
  version: Pick<AciReferenceVersion, 'id' | 'label'>;
  size: YearSize;
  operating: AmountFigure;
  missions: MissionEnvelope[];
  /** Sum of the known amounts. */
  knownCents: number;
  /** The whole envelope, `null` while one of its amounts is unknown. */
  totalCents: number | null;
  /** The labels of the unknown amounts, « montant non connu ». */
  unknown: string[];
  /** What the envelope rests on: the weakest status of its amounts (reported as soon as one is). */
  status: ValueStatus;
  annualMaximum: AmountFigure;
}

const ABSENT: ValueSource = { url: null, citation: 'Absent du référentiel ACI : montant non connu' };

/** One figure from a version, unknown (never zero) when the version lacks the value. */
export function amountFigure(
  version: AciReferenceVersion,
  key: { sizeCategory: SizeCategory; item: AmountItem; part: AmountPart },
): AmountFigure {
  const entry = amountEntry(version, key);
  const what = key.item === 'operating' ? AMOUNT_ITEM_LABELS.operating : `${AMOUNT_PART_LABELS[key.part]}, ${AMOUNT_ITEM_LABELS[key.item]}`;
  return {
    item: key.item,
    part: key.part,
    cents: entry?.amount.value ?? null,
    status: entry?.amount.status ?? 'unknown',
    source: entry?.amount.source ?? ABSENT,
    label: `${what} (taille ${key.sizeCategory}, ${version.label})`,
  };
}

/**
 * The envelope of one contract year. Rule chosen (the sources are silent: docs/reference/aci.md): a year reads the ACI
 * version in force on the day it starts (its anniversary) and the taille of that year
 * (`sizeForYear`); a version taking effect during the year applies from the next anniversary,
 * so the amounts advanced at an anniversary are never revised mid-year. The year holds the
 * socle missions of that version and the optional missions the contract chose
 * (docs/reference/aci.md §1 and §4).
 */
export function contractYearEnvelope(contract: AciContract, options: { reference: AciReference; year: number }): YearEnvelope {
  const year = contractYear(requireSignedOn(contract), options.year);
  const version = aciVersionAt(options.reference, year.startsOn, 'contractYear');
  const size = sizeForYear(contract, year);
  const figure = (item: AmountItem, part: AmountPart) => amountFigure(version, { sizeCategory: size.sizeCategory, item, part });
  const chosen = new Map(contract.missions.map((entry) => [entry.mission, entry]));
  const missions = version.missions
    .filter((terms) => terms.kind === 'core' || chosen.has(terms.mission))
    .sort((a, b) => missionOrder(a.mission) - missionOrder(b.mission))
    .map(
      (terms): MissionEnvelope => ({
        mission: terms.mission,
        kind: terms.kind,
        startedOn: chosen.get(terms.mission)?.startedOn ?? null,
        fixed: figure(terms.mission, 'fixed'),
        variable: terms.hasVariablePart ? figure(terms.mission, 'variable') : null,
      }),
    );
  const operating = figure('operating', 'operating');
  const figures = [operating, ...missions.flatMap((mission) => (mission.variable ? [mission.fixed, mission.variable] : [mission.fixed]))];
  const unknown = figures.filter((f) => f.cents === null).map((f) => `${f.label} : ${formatAmount(null)}`);
  const knownCents = figures.reduce((sum, f) => sum + (f.cents ?? 0), 0);
  return {
    contractYear: year,
    version: { id: version.id, label: version.label },
    size,
    operating,
    missions,
    knownCents,
    totalCents: unknown.length === 0 ? knownCents : null,
    unknown,
    status: weakestStatus(figures.map((f) => f.status)),
    annualMaximum: figure('contract', 'annualMaximum'),
  };
}
