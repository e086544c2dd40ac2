import { invalid } from '../errors.ts';
import { DISTANCE_TIERS } from './distance.ts';
import type { MatchingGp, MatchingInput, MatchingPatient } from './matching-input.ts';

const isWhole = (value: number, min: number, max = Number.MAX_SAFE_INTEGER) => Number.isInteger(value) && value >= min && value <= max;

function checkIds(field: string, items: readonly { id: string }[]): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (item.id === '') throw invalid(`${field}[${i}].id`, 'Identifiant manquant.');
    if (seen.has(item.id)) throw invalid(`${field}[${i}].id`, `Identifiant « ${item.id} » en double.`);
    seen.add(item.id);
  });
}

function checkPatient(patient: MatchingPatient, field: string, known: ReadonlySet<string>): void {
  if (!known.has(patient.unitCode)) throw invalid(`${field}.unitCode`, `Commune « ${patient.unitCode} » inconnue.`);
  if (!isWhole(patient.ageYears, 0, 130)) throw invalid(`${field}.ageYears`, 'Âge en années entières attendu (0 à 130).');
  if (!isWhole(patient.priority.weight, 1)) throw invalid(`${field}.priority.weight`, 'Poids de priorité : entier positif attendu.');
}

function checkGp(gp: MatchingGp, field: string, known: ReadonlySet<string>): void {
  if (!known.has(gp.unitCode)) throw invalid(`${field}.unitCode`, `Commune du cabinet « ${gp.unitCode} » inconnue.`);
  if (!isWhole(gp.availableNow, 0))
    throw invalid(`${field}.availableNow`, 'Nombre de places (maintenant) : entier positif ou nul attendu.');
  if (!isWhole(gp.availableThisMonth, 0)) {
    throw invalid(`${field}.availableThisMonth`, 'Nombre de places (ce mois-ci) : entier positif ou nul attendu.');
  }
  const { min, max } = gp.ages;
  if (min !== null && !isWhole(min, 0, 130)) throw invalid(`${field}.ages.min`, 'Âge minimal en années entières attendu.');
  if (max !== null && !isWhole(max, 0, 130)) throw invalid(`${field}.ages.max`, 'Âge maximal en années entières attendu.');
  if (min !== null && max !== null && min > max) throw invalid(`${field}.ages.max`, "L'âge maximal est inférieur à l'âge minimal.");
  const { unitCodes, maxDistanceKm, maxTier } = gp.serves;
  unitCodes?.forEach((code, j) => {
    if (!known.has(code)) throw invalid(`${field}.serves.unitCodes[${j}]`, `Commune desservie « ${code} » inconnue.`);
  });
  if (maxDistanceKm !== null && !(Number.isFinite(maxDistanceKm) && maxDistanceKm >= 0)) {
    throw invalid(`${field}.serves.maxDistanceKm`, 'Distance maximale : nombre de kilomètres positif attendu.');
  }
  if (!DISTANCE_TIERS.includes(maxTier)) throw invalid(`${field}.serves.maxTier`, `Palier de distance « ${maxTier} » inconnu.`);
}

/** Checks a matching run's input; throws an INVALID DomainError naming the field (`gps[3].ages.max`). */
export function checkMatchingInput(input: MatchingInput): void {
  const known = new Set<string>();
  input.units.forEach((unit, i) => {
    if (known.has(unit.code)) throw invalid(`units[${i}].code`, `Commune « ${unit.code} » en double.`);
    known.add(unit.code);
    const c = unit.centroid;
    if (c && !(Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180)) throw invalid(`units[${i}].centroid`, 'Coordonnées WGS84 invalides.');
  });
  checkIds('patients', input.patients);
  checkIds('gps', input.gps);
  input.patients.forEach((patient, i) => {
    checkPatient(patient, `patients[${i}]`, known);
  });
  input.gps.forEach((gp, i) => {
    checkGp(gp, `gps[${i}]`, known);
  });
}
