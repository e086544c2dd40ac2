import { invalid } from '../errors.ts';
import { type DistanceTier, tierRank } from '../matching/distance.ts';

/**
 * Requests between professionals (issue #10 item 5): rules of docs/reference/pro-requests.md.
 * Pure: the use cases load, call these and save.
 */

/** Professions a request may ask for, by directory (RPPS) profession code (docs/reference/pro-requests.md §1). */
export const PRO_REQUEST_PROFESSIONS = {
  '10': 'Médecin',
  '21': 'Pharmacien',
  '60': 'Infirmier',
  '70': 'Masseur-kinésithérapeute',
} as const;
export type ProRequestProfession = keyof typeof PRO_REQUEST_PROFESSIONS;

/** Urgency → hours until the request expires (§2). */
export const PRO_REQUEST_URGENCIES = { h24: 24, h48: 48, d7: 168 } as const;
export type ProRequestUrgency = keyof typeof PRO_REQUEST_URGENCIES;
export const PRO_REQUEST_URGENCY_LABELS: Record<ProRequestUrgency, string> = {
  h24: 'Sous 24 h',
  h48: 'Sous 48 h',
  d7: 'Sous 7 jours',
};

export const PATIENT_AGE_BANDS = ['0-5', '6-17', '18-39', '40-59', '60-74', '75-84', '85+'] as const;
export type PatientAgeBand = (typeof PATIENT_AGE_BANDS)[number];

export const PRO_REQUEST_STATUSES = ['open', 'taken', 'expired', 'cancelled'] as const;
export type ProRequestStatus = (typeof PRO_REQUEST_STATUSES)[number];
export const PRO_REQUEST_STATUS_LABELS: Record<ProRequestStatus, string> = {
  open: 'En attente',
  taken: 'Prise',
  expired: 'Expirée',
  cancelled: 'Annulée',
};

/** Stage of routing: first the usual professional alone, then everyone eligible (§3). */
export type ProRequestStage = 'usual' | 'broad';

export const PRO_REQUEST_EVENTS = [
  'posted',
  'offeredUsual',
  'broadened',
  'viewed',
  'declined',
  'accepted',
  'escalated',
  'expired',
  'cancelled',
] as const;
export type ProRequestEventKind = (typeof PRO_REQUEST_EVENTS)[number];
export const PRO_REQUEST_EVENT_LABELS: Record<ProRequestEventKind, string> = {
  posted: 'Demande publiée',
  offeredUsual: 'Proposée au professionnel habituel',
  broadened: 'Élargie aux professionnels proches',
  viewed: 'Consultée',
  declined: 'Déclinée',
  accepted: 'Acceptée',
  escalated: "Signalée à l'équipe de coordination",
  expired: 'Expirée',
  cancelled: 'Annulée',
};

/** Per-CPTS routing settings (§3); defaults when the CPTS set none. */
export interface ProRequestSettings {
  /** Minutes the usual professional has alone before the request is broadened. */
  usualDelayMinutes: number;
  /** Share of the time to the deadline after which an open request is escalated, in percent. */
  escalatePercent: number;
}
export const DEFAULT_PRO_REQUEST_SETTINGS: ProRequestSettings = { usualDelayMinutes: 120, escalatePercent: 75 };

export interface PatientSummary {
  initials: string;
  ageBand: PatientAgeBand;
  sex: 'F' | 'M' | null;
  need: string;
}

export interface ProRequestInput {
  professionCode: string;
  specialtyCode: string | null;
  act: string;
  unitCode: string;
  wantedOn: string;
  windowStart: string;
  windowEnd: string;
  urgency: ProRequestUrgency;
  patient: PatientSummary;
  usualIdNatPs: string | null;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const INITIALS = /^(\p{Lu}\.?){1,3}$/u;
/** A date in the text: a birth date must not slip into the need (§4). */
const DATE_LIKE = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(19|20)\d{2}-\d{2}-\d{2}\b/;
/** Civil titles announce a name (§4). */
const NAME_LIKE = /\b(m\.|mme|mlle|monsieur|madame|mademoiselle|né|née)\s/i;
export const PRO_REQUEST_ACT_MAX = 200;
export const PRO_REQUEST_NEED_MAX = 200;

/**
 * Checks a request's input: known profession and urgency, bounded act, a real time window,
 * a pseudonymised patient (initials, age band, optional sex, a short need without name or
 * date — docs/reference/pro-requests.md §4). Throws INVALID naming the field.
 */
export function checkProRequestInput(input: ProRequestInput, today: string): void {
  if (!(input.professionCode in PRO_REQUEST_PROFESSIONS)) throw invalid('professionCode', 'Profession inconnue.');
  if (input.specialtyCode !== null && input.professionCode !== '10')
    throw invalid('specialtyCode', 'Une spécialité ne se précise que pour un médecin.');
  const act = input.act.trim();
  if (act.length < 3 || act.length > PRO_REQUEST_ACT_MAX) throw invalid('act', `Décrivez l’acte en 3 à ${PRO_REQUEST_ACT_MAX} caractères.`);
  if (!(input.urgency in PRO_REQUEST_URGENCIES)) throw invalid('urgency', 'Urgence inconnue.');
  if (input.wantedOn < today) throw invalid('wantedOn', 'La date ne peut pas être passée.');
  if (!TIME.test(input.windowStart)) throw invalid('windowStart', 'Heure au format HH:MM attendue.');
  if (!TIME.test(input.windowEnd)) throw invalid('windowEnd', 'Heure au format HH:MM attendue.');
  if (input.windowEnd <= input.windowStart) throw invalid('windowEnd', 'L’heure de fin doit suivre l’heure de début.');
  checkPatientSummary(input.patient);
}

export function checkPatientSummary(p: PatientSummary): void {
  if (!INITIALS.test(p.initials))
    throw invalid('patient.initials', 'Initiales seulement (1 à 3 lettres majuscules, ex. « J.D. »), jamais le nom.');
  if (!(PATIENT_AGE_BANDS as readonly string[]).includes(p.ageBand)) throw invalid('patient.ageBand', 'Tranche d’âge inconnue.');
  if (p.sex !== null && p.sex !== 'F' && p.sex !== 'M') throw invalid('patient.sex', 'Sexe : F, M ou non précisé.');
  const need = p.need.trim();
  if (need.length < 3 || need.length > PRO_REQUEST_NEED_MAX)
    throw invalid('patient.need', `Décrivez le besoin en 3 à ${PRO_REQUEST_NEED_MAX} caractères.`);
  if (DATE_LIKE.test(need)) throw invalid('patient.need', 'Pas de date dans le besoin (la date de naissance est interdite).');
  if (NAME_LIKE.test(need)) throw invalid('patient.need', 'Pas de nom du patient dans le besoin.');
}

/** Deadlines of a new request (§2, §3): broadening, escalation and expiry instants. */
export function proRequestDeadlines(
  postedAt: Date,
  urgency: ProRequestUrgency,
  hasUsual: boolean,
  settings: ProRequestSettings,
): { broadenAt: Date | null; escalateAt: Date; deadlineAt: Date } {
  const span = PRO_REQUEST_URGENCIES[urgency] * 3_600_000;
  const deadlineAt = new Date(postedAt.getTime() + span);
  const escalateAt = new Date(postedAt.getTime() + Math.round((span * settings.escalatePercent) / 100));
  const broadenAt = hasUsual ? new Date(Math.min(postedAt.getTime() + settings.usualDelayMinutes * 60_000, deadlineAt.getTime())) : null;
  return { broadenAt, escalateAt, deadlineAt };
}

export interface SweepState {
  status: ProRequestStatus;
  stage: ProRequestStage;
  broadenAt: Date | null;
  escalateAt: Date;
  escalatedAt: Date | null;
  deadlineAt: Date;
}

/** What the periodic sweep does to a request now (§5): one step at a time, expiry first. */
export function sweepAction(r: SweepState, now: Date): 'expire' | 'broaden' | 'escalate' | null {
  if (r.status !== 'open') return null;
  if (now >= r.deadlineAt) return 'expire';
  if (r.stage === 'usual' && r.broadenAt !== null && now >= r.broadenAt) return 'broaden';
  if (r.escalatedAt === null && now >= r.escalateAt) return 'escalate';
  return null;
}

/** A professional of the CPTS who might take a request. */
export interface ProCandidate {
  idNatPs: string;
  displayName: string;
  unitCodes: string[];
}

/** Within reach: practice in the same département, or within `maxKm` when centroids are known (§3). */
export const PRO_REQUEST_MAX_KM = 30;
export const PRO_REQUEST_MAX_TIER: DistanceTier = 'departement';

/**
 * Who the broadened request goes to: CPTS members of the profession (the caller filtered them),
 * other than the author, with a practice within reach of the request's commune (§3).
 * `distance` gives km when known, else null, and the tier.
 */
export function eligibleProfessionals(
  candidates: readonly ProCandidate[],
  authorIdNatPs: string,
  requestUnit: string,
  distance: (from: string, to: string) => { km: number | null; tier: DistanceTier },
): ProCandidate[] {
  return candidates.filter((c) => {
    if (c.idNatPs === authorIdNatPs) return false;
    return c.unitCodes.some((u) => {
      const d = distance(requestUnit, u);
      return d.km !== null ? d.km <= PRO_REQUEST_MAX_KM : tierRank(d.tier) <= tierRank(PRO_REQUEST_MAX_TIER);
    });
  });
}

/** Median of durations in minutes (null when none), for the CPTS's figures (§6). */
export function medianMinutes(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? null) : Math.round(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
}
