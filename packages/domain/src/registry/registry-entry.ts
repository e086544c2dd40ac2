import { ACI_MISSIONS, type AciMission } from '../aci/missions.ts';
import { isIsoDate } from '../lifecycle/dates.ts';
import { INSEE_CODE_PATTERN } from '../territory/unit.ts';
import { REGISTRY_STEPS, type RegistryColumn, type RegistryStep, templateHeader } from './registry-columns.ts';
import type { CsvRecord, RegistryTable } from './registry-csv.ts';

/** A refused line or cell: the line number, the column as the file names it, a French reason. */
export interface RegistryIssue {
  lineNumber: number;
  column: string | null;
  message: string;
}

export interface RegistryAciEntry {
  signedOn: string;
  cpamDepartement: string | null;
  population: number | null;
  populationVintage: number | null;
  sizeCategory: number | null;
}

/** One CPTS as a line of the file states it; what the line leaves empty is `null` (kept as is). */
export interface RegistryEntry {
  lineNumber: number;
  name: string;
  legalForm: string | null;
  siret: string | null;
  finess: string | null;
  /** `null` when the cell is empty: the territory is kept; a list replaces it (registry-import.md §3). */
  communes: string[] | null;
  steps: Partial<Record<RegistryStep, string>>;
  aci: RegistryAciEntry | null;
  missionStarts: Partial<Record<AciMission, string>>;
}

/** `2019-10-15` or `15/10/2019` (French spreadsheets), as an ISO date; null when it is neither. */
export function parseRegistryDate(value: string): string | null {
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = french ? `${french[3]}-${french[2]?.padStart(2, '0')}-${french[1]?.padStart(2, '0')}` : value;
  return isIsoDate(iso) ? iso : null;
}

/** INSEE codes separated by `|`, `;`, `,` or spaces; a 4-digit code lost its leading zero in a spreadsheet. */
export function splitCommunes(value: string): string[] {
  return value
    .split(/[|;,\s]+/)
    .filter(Boolean)
    .map((code) => (/^\d{4}$/.test(code) ? `0${code}` : code.toUpperCase()));
}

/** The name of a column in messages: as the file writes it, else as the template does. */
export function columnName(table: Pick<RegistryTable, 'headers'>, column: RegistryColumn): string {
  return table.headers[column] ?? templateHeader(column);
}

/** Reads one record; every unreadable cell is reported (the line is then rejected as a whole). */
export function readRegistryEntry(table: RegistryTable, record: CsvRecord): { entry: RegistryEntry | null; issues: RegistryIssue[] } {
  const issues: RegistryIssue[] = [];
  const cell = (column: RegistryColumn): string => {
    const position = table.columns.indexOf(column);
    return position < 0 ? '' : (record.cells[position] ?? '').trim();
  };
  const issue = (column: RegistryColumn, message: string) =>
    issues.push({ lineNumber: record.lineNumber, column: columnName(table, column), message });
  const date = (column: RegistryColumn): string | null => {
    const raw = cell(column);
    if (!raw) return null;
    const parsed = parseRegistryDate(raw);
    if (!parsed) issue(column, `Date illisible : « ${raw} » (JJ/MM/AAAA ou AAAA-MM-JJ attendu).`);
    return parsed;
  };
  const whole = (column: RegistryColumn, bounds: { min: number; max: number }): number | null => {
    const raw = cell(column).replace(/[\s\u00a0\u202f.]/g, '');
    if (!raw) return null;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < bounds.min || value > bounds.max) {
      issue(column, `Nombre entier attendu entre ${bounds.min} et ${bounds.max} : « ${cell(column)} ».`);
      return null;
    }
    return value;
  };

  const name = cell('name').replace(/\s+/g, ' ');
  if (!name) issue('name', 'Le nom de la CPTS est obligatoire.');
  else if (name.length > 200) issue('name', 'Nom trop long (200 caractères au plus).');
  const communesCell = cell('communes');
  const communes = communesCell ? splitCommunes(communesCell) : null;
  for (const code of communes ?? []) {
    if (!INSEE_CODE_PATTERN.test(code)) issue('communes', `Code INSEE mal formé : « ${code} » (5 caractères attendus, ex. 30269).`);
  }
  const steps: RegistryEntry['steps'] = {};
  for (const step of REGISTRY_STEPS) {
    const value = date(`step:${step}`);
    if (value) steps[step] = value;
  }
  const missionStarts: RegistryEntry['missionStarts'] = {};
  for (const mission of ACI_MISSIONS) {
    const value = date(`mission:${mission}`);
    if (value) missionStarts[mission] = value;
  }
  const signedOn = date('aciSignedOn');
  const cpam = cell('cpamDepartement').toUpperCase();
  const cpamDepartement = cpam ? (/^\d$/.test(cpam) ? `0${cpam}` : cpam) : null;
  if (cpamDepartement && !/^(\d{2,3}|2[AB])$/.test(cpamDepartement)) {
    issue('cpamDepartement', `Code de département attendu (ex. 30) : « ${cpam} ».`);
  }
  const aciValues = {
    population: whole('population', { min: 1, max: 10_000_000 }),
    populationVintage: whole('populationVintage', { min: 2006, max: 2100 }),
    sizeCategory: whole('sizeCategory', { min: 1, max: 4 }),
  };
  // Contract figures need a signature date; an illegible one is already reported.
  if (!cell('aciSignedOn')) {
    for (const column of ['cpamDepartement', 'population', 'populationVintage', 'sizeCategory'] as const) {
      if (cell(column)) issue(column, 'Renseignée sans date de signature du contrat ACI.');
    }
  }
  if (issues.length > 0) return { entry: null, issues };
  return {
    entry: {
      lineNumber: record.lineNumber,
      name,
      legalForm: cell('legalForm').replace(/\s+/g, ' ') || null,
      siret: cell('siret').replace(/\s/g, '') || null,
      finess: cell('finess').replace(/\s/g, '') || null,
      communes,
      steps,
      aci: signedOn ? { signedOn, cpamDepartement, ...aciValues } : null,
      missionStarts,
    },
    issues,
  };
}
