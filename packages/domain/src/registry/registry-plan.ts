import { MISSION_LABELS } from '../aci/labels.ts';
import type { AciMission } from '../aci/missions.ts';
import { checkAciSignatureDate } from '../aci/version-at.ts';
import { DomainError } from '../errors.ts';
import { formatDate as formatFrenchDate } from '../format/dates.ts';
import { MAIN_LINE, STAGE_LABELS, type Stage, stageRank } from '../lifecycle/stages.ts';
import { checkFirstStepDate, planTransition, type TransitionRecord } from '../lifecycle/transitions.ts';
import type { CptsIdentity } from '../storage/cpts-repository.ts';
import type { TerritoryIndex } from '../territory/territory-index.ts';
import { checkCptsIdentity } from '../validation/cpts-identity.ts';
import type { RegistryColumn } from './registry-columns.ts';
import type { RegistryEntry } from './registry-entry.ts';

/** A CPTS already registered, as the plan compares it with its line. */
export interface RegistryCurrent {
  identity: CptsIdentity;
  stage: Stage;
  history: readonly TransitionRecord[];
  unitCodes: readonly string[];
  /** Its contract in force or latest (not terminated), if any. */
  contract: { signedOn: string | null; missions: readonly { mission: AciMission; startedOn: string | null }[] } | null;
}

export interface PlannedStep extends TransitionRecord {
  column: RegistryColumn;
}

/** What applying one line does; every part already checked by the domain's rules. */
export interface RegistryLinePlan {
  kind: 'create' | 'update' | 'unchanged';
  /** The identity to write (create, or an update that changes it). */
  identity: CptsIdentity | null;
  /** A new CPTS's first step (its registration). */
  firstStep: PlannedStep | null;
  /** Steps appended after the current stage, in order. */
  steps: PlannedStep[];
  /** The territory to write, when the line lists one that differs. */
  territory: string[] | null;
  contract: {
    signedOn: string;
    cpamDepartement: string | null;
    population: number;
    populationVintage: number;
    sizeCategory: number | null;
    optionalMissions: AciMission[];
  } | null;
  /** Mission starts to record on the contract (new or existing). */
  missionStarts: { mission: AciMission; startedOn: string }[];
  /** French summary of the changes, for the preview table. */
  changes: string[];
  /** French notes on what the line says but the import leaves alone. */
  notes: { column: RegistryColumn; message: string }[];
}

/** A line refused: the column at fault and why. */
export class RegistryRefusal extends Error {
  readonly column: RegistryColumn;
  constructor(column: RegistryColumn, message: string) {
    super(message);
    this.name = 'RegistryRefusal';
    this.column = column;
  }
}

const IMPORT_COMMENT = 'Import du registre';
const OPTIONAL: readonly AciMission[] = ['quality', 'professionalSupport'];

/** Runs a domain rule, turning its error into a refusal of `column` (the message keeps the rule's words). */
function checked<T>(column: RegistryColumn, rule: () => T, prefix = ''): T {
  try {
    return rule();
  } catch (error) {
    if (error instanceof DomainError) throw new RegistryRefusal(column, `${prefix}${error.message}`);
    throw error;
  }
}

const stepColumn = (stage: Stage): RegistryColumn => (stage === 'aciSigned' ? 'aciSignedOn' : (`step:${stage}` as RegistryColumn));

/** The dated stages of the line (« ACI signé » from the signature column), main-line order. */
function datedStages(entry: RegistryEntry): Map<Stage, string> {
  const dated = new Map<Stage, string>();
  for (const stage of MAIN_LINE) {
    const date = stage === 'aciSigned' ? entry.aci?.signedOn : entry.steps[stage as keyof RegistryEntry['steps']];
    if (date) dated.set(stage, date);
  }
  return dated;
}

/** The date of a step the file leaves empty: no later than the next dated step (registry-import.md §4). */
function dateFor(stage: Stage, dated: Map<Stage, string>): { date: string; column: RegistryColumn; known: boolean } | null {
  const own = dated.get(stage);
  if (own) return { date: own, column: stepColumn(stage), known: true };
  const next = MAIN_LINE.slice(stageRank(stage) + 1).find((s) => dated.has(s));
  return next ? { date: dated.get(next) as string, column: stepColumn(next), known: false } : null;
}

function commentFor(known: boolean, date: string): string {
  return known ? IMPORT_COMMENT : `${IMPORT_COMMENT} : date non connue, au plus tard le ${formatFrenchDate(date)} (étape suivante)`;
}

/** The steps from `history`'s current stage to the last dated one, each checked by planTransition. */
function planSteps(options: { current: Stage; history: TransitionRecord[]; dated: Map<Stage, string>; today: string }): PlannedStep[] {
  const { dated, today } = options;
  const history = [...options.history];
  const recorded = new Map(history.map((h) => [h.to, h.occurredOn]));
  const pending = [...dated.keys()].filter((stage) => !recorded.has(stage));
  const target = Math.max(-1, ...pending.map(stageRank));
  let current = options.current;
  if (target <= stageRank(current)) return [];
  if (stageRank(current) < 0) {
    throw new RegistryRefusal(
      stepColumn(MAIN_LINE[target] as Stage),
      `La CPTS est « ${STAGE_LABELS[current]} » : l'import ne fait pas avancer son cycle de vie.`,
    );
  }
  const steps: PlannedStep[] = [];
  for (const stage of MAIN_LINE.slice(stageRank(current) + 1, target + 1)) {
    const when = dateFor(stage, dated) as NonNullable<ReturnType<typeof dateFor>>;
    const planned = checked(
      when.column,
      () =>
        planTransition({
          current,
          history,
          to: stage,
          date: when.date,
          comment: commentFor(when.known, when.date),
          canAct: () => true,
          today,
        }),
      `« ${STAGE_LABELS[stage]} » : `,
    );
    steps.push({ ...planned, column: when.column });
    history.push(planned);
    current = stage;
  }
  return steps;
}

/** Dates the file gives for steps already recorded must agree: the import never rewrites history. */
function checkRecordedSteps(history: readonly TransitionRecord[], dated: Map<Stage, string>): void {
  for (const [stage, date] of dated) {
    const stored = [...history].reverse().find((h) => h.to === stage)?.occurredOn;
    if (stored && stored !== date) {
      throw new RegistryRefusal(
        stepColumn(stage),
        `« ${STAGE_LABELS[stage]} » est enregistrée au ${formatFrenchDate(stored)}, le fichier dit ${formatFrenchDate(date)} : corrigez l'un ou l'autre.`,
      );
    }
  }
}

/** Communes: known units of the region (a registry is loaded region by region). */
function checkCommunes(index: TerritoryIndex, regionCode: string, codes: readonly string[]): string[] {
  for (const code of codes) {
    const unit = index.units[index.indexByCode.get(code) ?? -1];
    if (!unit) throw new RegistryRefusal('communes', `Commune inconnue : « ${code} » (code INSEE d'une commune actuelle attendu).`);
    if (unit.regionCode !== regionCode) {
      throw new RegistryRefusal(
        'communes',
        `${unit.name} (${code}) est une commune d'une autre région (${unit.regionCode ?? '—'}) : un registre se charge région par région.`,
      );
    }
  }
  return [...new Set(codes)].sort();
}

function departementsOf(index: TerritoryIndex, codes: readonly string[]): Set<string> {
  return new Set(codes.flatMap((code) => index.units[index.indexByCode.get(code) ?? -1]?.departementCode ?? []));
}

/** SIRET and FINESS checks name their own column. */
function checkedIdentity(rule: () => CptsIdentity): CptsIdentity {
  try {
    return rule();
  } catch (error) {
    if (error instanceof DomainError) throw new RegistryRefusal(error.field === 'finess' ? 'finess' : 'siret', error.message);
    throw error;
  }
}

/** The identity after the line: its non-empty cells over what is stored (an empty cell changes nothing). */
function mergedIdentity(entry: RegistryEntry, current: RegistryCurrent | null): CptsIdentity {
  const base = current?.identity;
  if (!base && !entry.legalForm) throw new RegistryRefusal('legalForm', 'Forme juridique manquante (ex. Association loi 1901).');
  return checkedIdentity(() =>
    checkCptsIdentity({
      name: entry.name,
      legalForm: entry.legalForm ?? (base?.legalForm as string),
      siret: entry.siret ?? base?.siret ?? null,
      finess: entry.finess ?? base?.finess ?? null,
      email: base?.email ?? null,
      phone: base?.phone ?? null,
      address: base?.address ?? null,
    }),
  );
}

function identityChanges(next: CptsIdentity, base: CptsIdentity | undefined): string[] {
  if (!base) return [];
  const labels: [keyof CptsIdentity, string][] = [
    ['name', 'nom'],
    ['legalForm', 'forme juridique'],
    ['siret', 'SIRET'],
    ['finess', 'FINESS'],
  ];
  return labels.filter(([key]) => next[key] !== base[key]).map(([, label]) => label);
}

/**
 * What one line of the registry changes for its CPTS (docs/reference/registry-import.md): the
 * steps it dates beyond the current stage (through planTransition: order kept, no future, no
 * step before the previous), the territory it lists, the ACI contract it dates (signature not
 * before 25 Aug 2019) and the mission starts. What the line leaves empty is kept; what it
 * contradicts is refused, never overwritten.
 */
export function planRegistryLine(options: {
  entry: RegistryEntry;
  current: RegistryCurrent | null;
  regionCode: string;
  index: TerritoryIndex;
  today: string;
}): RegistryLinePlan {
  const { entry, current, index, today } = options;
  const changes: string[] = [];
  const notes: RegistryLinePlan['notes'] = [];
  const identity = mergedIdentity(entry, current);
  const changedFields = identityChanges(identity, current?.identity);
  if (changedFields.length) changes.push(`Identité : ${changedFields.join(', ')}`);

  const units = entry.communes ? checkCommunes(index, options.regionCode, entry.communes) : null;
  const currentUnits = [...(current?.unitCodes ?? [])].sort();
  const territoryChanged = units !== null && units.join() !== currentUnits.join();
  if (territoryChanged) {
    const added = units.filter((u) => !currentUnits.includes(u)).length;
    const removed = currentUnits.filter((u) => !units.includes(u)).length;
    changes.push(`Territoire : ${units.length} commune(s)${current ? ` (+${added} / −${removed})` : ''}`);
  }

  const dated = datedStages(entry);
  if (entry.aci) checked('aciSignedOn', () => checkAciSignatureDate(entry.aci?.signedOn as string, 'aciSignedOn'));
  let firstStep: PlannedStep | null = null;
  let history: TransitionRecord[] = [...(current?.history ?? [])];
  let stage: Stage;
  if (current) {
    checkRecordedSteps(history, dated);
    stage = current.stage;
    for (const [s] of dated) {
      if (!history.some((h) => h.to === s) && stageRank(s) <= stageRank(stage)) {
        notes.push({ column: stepColumn(s), message: `« ${STAGE_LABELS[s]} » précède l'historique enregistré : non reprise.` });
      }
    }
  } else {
    stage = dated.has('contact') ? 'contact' : 'letterOfIntentSubmitted';
    const when = dateFor(stage, dated);
    if (!when) throw new RegistryRefusal('step:contact', "Une nouvelle CPTS a besoin d'au moins une date d'étape.");
    const occurredOn = checked(when.column, () => checkFirstStepDate(when.date, today), `« ${STAGE_LABELS[stage]} » : `);
    firstStep = { from: null, to: stage, occurredOn, comment: commentFor(when.known, when.date), column: when.column };
    history = [firstStep];
  }
  const steps = planSteps({ current: stage, history, dated, today });
  const stepList = [...(firstStep ? [firstStep] : []), ...steps];
  if (stepList.length) {
    changes.push(`Étapes : ${stepList.map((s) => `${STAGE_LABELS[s.to]} (${formatFrenchDate(s.occurredOn)})`).join(', ')}`);
  }

  const { contract, missionStarts } = planContract({ entry, current, units: units ?? currentUnits, index, changes });
  const kind = !current ? 'create' : changes.length ? 'update' : 'unchanged';
  return {
    kind,
    identity: !current || changedFields.length ? identity : null,
    firstStep,
    steps,
    territory: territoryChanged ? units : null,
    contract,
    missionStarts,
    changes,
    notes,
  };
}

function planContract(options: {
  entry: RegistryEntry;
  current: RegistryCurrent | null;
  units: readonly string[];
  index: TerritoryIndex;
  changes: string[];
}): Pick<RegistryLinePlan, 'contract' | 'missionStarts'> {
  const { entry, current, changes } = options;
  const starts = Object.entries(entry.missionStarts) as [AciMission, string][];
  const existing = current?.contract ?? null;
  const aci = entry.aci;
  if (!aci && !existing) {
    const [first] = starts;
    if (first)
      throw new RegistryRefusal(`mission:${first[0]}`, 'Début de mission sans contrat ACI : renseignez la date de signature du contrat.');
    return { contract: null, missionStarts: [] };
  }
  if (existing) {
    if (aci && existing.signedOn && existing.signedOn !== aci.signedOn) {
      throw new RegistryRefusal(
        'aciSignedOn',
        `Le contrat ACI enregistré est signé le ${formatFrenchDate(existing.signedOn)}, le fichier dit ${formatFrenchDate(aci.signedOn)}.`,
      );
    }
    const missionStarts: RegistryLinePlan['missionStarts'] = [];
    for (const [mission, startedOn] of starts) {
      const held = existing.missions.find((m) => m.mission === mission);
      if (!held) {
        throw new RegistryRefusal(`mission:${mission}`, `« ${MISSION_LABELS[mission]} » ne figure pas au contrat enregistré.`);
      }
      if (held.startedOn === startedOn) continue;
      if (held.startedOn) {
        throw new RegistryRefusal(
          `mission:${mission}`,
          `« ${MISSION_LABELS[mission]} » a démarré le ${formatFrenchDate(held.startedOn)} selon Maillon, le fichier dit ${formatFrenchDate(startedOn)}.`,
        );
      }
      missionStarts.push({ mission, startedOn });
    }
    if (missionStarts.length) changes.push(`Missions démarrées : ${describeStarts(missionStarts)}`);
    return { contract: null, missionStarts };
  }
  const signed = aci as NonNullable<typeof aci>;
  if (signed.population === null) {
    throw new RegistryRefusal(
      'population',
      'La population retenue au contrat est nécessaire pour enregistrer le contrat ACI (la taille en dépend).',
    );
  }
  if (signed.populationVintage === null) {
    throw new RegistryRefusal('populationVintage', 'Le millésime INSEE de la population du contrat est nécessaire (ex. 2020).');
  }
  if (signed.cpamDepartement && !departementsOf(options.index, options.units).has(signed.cpamDepartement)) {
    throw new RegistryRefusal(
      'cpamDepartement',
      `La CPAM signataire (${signed.cpamDepartement}) n'est pas celle d'un département du territoire de la CPTS.`,
    );
  }
  const missionStarts = starts.map(([mission, startedOn]) => ({ mission, startedOn }));
  changes.push(`Contrat ACI signé le ${formatFrenchDate(signed.signedOn)}`);
  if (missionStarts.length) changes.push(`Missions démarrées : ${describeStarts(missionStarts)}`);
  return {
    contract: {
      signedOn: signed.signedOn,
      cpamDepartement: signed.cpamDepartement,
      population: signed.population,
      populationVintage: signed.populationVintage,
      sizeCategory: signed.sizeCategory,
      optionalMissions: missionStarts.map((m) => m.mission).filter((m) => OPTIONAL.includes(m)),
    },
    missionStarts,
  };
}

const describeStarts = (starts: readonly { mission: AciMission; startedOn: string }[]) =>
  starts.map((s) => `${MISSION_LABELS[s.mission]} (${formatFrenchDate(s.startedOn)})`).join(', ');
