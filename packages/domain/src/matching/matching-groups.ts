import { type MatchingGp, type MatchingPatient, runCapacity } from './matching-input.ts';

/**
 * Patients who are interchangeable for every GP: same unit, same need of home visits, and ages
 * no GP's age bounds tell apart. Within a hub, one level per priority weight, each level's
 * patients in queue order (score, then id).
 */
export interface PatientHub {
  key: string;
  unitCode: string;
  needsHomeVisits: boolean;
  /** The age of any member: all members pass or fail every GP's age bounds alike. */
  ageYears: number;
  levels: { weight: number; patients: MatchingPatient[] }[];
  size: number;
}

/** GPs with the same practice unit and the same constraints: their places add up. */
export interface GpClass {
  key: string;
  unitCode: string;
  homeVisits: boolean;
  ages: MatchingGp['ages'];
  serves: MatchingGp['serves'];
  /** Sorted by id. */
  members: MatchingGp[];
  capacity: number;
}

const byQueueOrder = (a: MatchingPatient, b: MatchingPatient) =>
  b.priority.score - a.priority.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Ages where some GP's acceptance changes (a minimum, or one past a maximum), ascending. */
function ageBreakpoints(gps: readonly MatchingGp[]): number[] {
  const points = new Set<number>();
  for (const gp of gps) {
    if (gp.ages.min !== null) points.add(gp.ages.min);
    if (gp.ages.max !== null) points.add(gp.ages.max + 1);
  }
  return [...points].sort((a, b) => a - b);
}

export function groupPatients(patients: readonly MatchingPatient[], gps: readonly MatchingGp[]): PatientHub[] {
  const breakpoints = ageBreakpoints(gps);
  const band = (age: number) => {
    let i = 0;
    while (i < breakpoints.length && (breakpoints[i] ?? 0) <= age) i++;
    return i;
  };
  const hubs = new Map<string, PatientHub & { byWeight: Map<number, MatchingPatient[]> }>();
  for (const patient of patients) {
    const key = `${patient.unitCode}|${patient.needsHomeVisits ? 'visites' : '-'}|${band(patient.ageYears)}`;
    let hub = hubs.get(key);
    if (!hub) {
      hub = {
        key,
        unitCode: patient.unitCode,
        needsHomeVisits: patient.needsHomeVisits,
        ageYears: patient.ageYears,
        levels: [],
        size: 0,
        byWeight: new Map(),
      };
      hubs.set(key, hub);
    }
    const level = hub.byWeight.get(patient.priority.weight);
    if (level) level.push(patient);
    else hub.byWeight.set(patient.priority.weight, [patient]);
    hub.size++;
  }
  return [...hubs.values()].sort(byKey).map(({ byWeight, ...hub }) => ({
    ...hub,
    levels: [...byWeight.entries()]
      .sort(([a], [b]) => b - a)
      .map(([weight, members]) => ({ weight, patients: members.sort(byQueueOrder) })),
  }));
}

export function groupGps(gps: readonly MatchingGp[]): GpClass[] {
  const classes = new Map<string, GpClass>();
  for (const gp of gps) {
    const { unitCodes, maxDistanceKm, maxTier } = gp.serves;
    const area = unitCodes && unitCodes.length > 0 ? [...unitCodes].sort().join(',') : `${maxDistanceKm ?? '-'}|${maxTier}`;
    const key = `${gp.unitCode}|${gp.homeVisits ? 'visites' : '-'}|${gp.ages.min ?? '-'}|${gp.ages.max ?? '-'}|${area}`;
    const found = classes.get(key);
    if (found) {
      found.members.push(gp);
      found.capacity += runCapacity(gp);
    } else {
      classes.set(key, {
        key,
        unitCode: gp.unitCode,
        homeVisits: gp.homeVisits,
        ages: gp.ages,
        serves: gp.serves,
        members: [gp],
        capacity: runCapacity(gp),
      });
    }
  }
  const sorted = [...classes.values()].sort(byKey);
  for (const c of sorted) c.members.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sorted;
}
