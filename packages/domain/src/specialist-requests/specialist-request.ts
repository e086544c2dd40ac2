import { invalid } from '../errors.ts';
import { checkPatientSummary, type PatientSummary } from '../pro-requests/pro-request.ts';

/**
 * Access to specialists within a suitable delay (issue #10 item 6): the rules of
 * docs/reference/specialist-access.md. Pure: the use cases load, call these and save.
 */

/** Specialties one asks for, by RPPS savoir-faire code (§1); general practice is not among them. */
export const SPECIALIST_SPECIALTIES = {
  SM04: 'Cardiologie et maladies vasculaires',
  SM15: 'Dermatologie et vénéréologie',
  SM38: 'Ophtalmologie',
  SM40: 'Pédiatrie',
  SM42: 'Psychiatrie',
} as const;
export type SpecialistSpecialty = keyof typeof SPECIALIST_SPECIALTIES;
export const SPECIALIST_SPECIALTY_CODES = Object.keys(SPECIALIST_SPECIALTIES) as SpecialistSpecialty[];

export const isSpecialistSpecialty = (code: string | null): code is SpecialistSpecialty =>
  code !== null && Object.hasOwn(SPECIALIST_SPECIALTIES, code);

/** Consultation (the patient is seen, on a booked slot) or opinion (a written answer) (§1). */
export const SPECIALIST_KINDS = ['consultation', 'opinion'] as const;
export type SpecialistKind = (typeof SPECIALIST_KINDS)[number];
export const SPECIALIST_KIND_LABELS: Record<SpecialistKind, string> = {
  consultation: 'Consultation',
  opinion: 'Avis (réponse écrite)',
};

/** Target delays in hours; one month is 30 days (_chosen_, §1). */
export const SPECIALIST_TARGETS = { h48: 48, d7: 7 * 24, m1: 30 * 24 } as const;
export type SpecialistTarget = keyof typeof SPECIALIST_TARGETS;
export const SPECIALIST_TARGET_CODES = Object.keys(SPECIALIST_TARGETS) as SpecialistTarget[];
export const SPECIALIST_TARGET_LABELS: Record<SpecialistTarget, string> = {
  h48: 'Sous 48 h',
  d7: 'Sous 7 jours',
  m1: 'Sous 1 mois',
};

export const SPECIALIST_STATUSES = ['open', 'answered', 'booked', 'cancelled'] as const;
export type SpecialistStatus = (typeof SPECIALIST_STATUSES)[number];
export const SPECIALIST_STATUS_LABELS: Record<SpecialistStatus, string> = {
  open: 'En attente',
  answered: 'Avis rendu',
  booked: 'Consultation réservée',
  cancelled: 'Annulée',
};

export const SPECIALIST_ANSWER_MIN = 3;
export const SPECIALIST_ANSWER_MAX = 4000;

export interface SpecialistRequestInput {
  specialtyCode: string;
  kind: SpecialistKind;
  target: SpecialistTarget;
  patient: PatientSummary;
}

/** Checks a new request: known specialty, kind and target, a pseudonymised summary (§1). Throws INVALID naming the field. */
export function checkSpecialistRequestInput(input: SpecialistRequestInput): void {
  if (!isSpecialistSpecialty(input.specialtyCode)) throw invalid('specialtyCode', 'Spécialité inconnue.');
  if (!(SPECIALIST_KINDS as readonly string[]).includes(input.kind))
    throw invalid('kind', 'Type de demande inconnu (consultation ou avis).');
  if (!Object.hasOwn(SPECIALIST_TARGETS, input.target)) throw invalid('target', 'Délai cible inconnu (48 h, 7 jours ou 1 mois).');
  checkPatientSummary(input.patient);
}

/** The written answer of an opinion (§2), trimmed. */
export function checkSpecialistAnswer(text: string): string {
  const answer = text.trim();
  if (answer.length < SPECIALIST_ANSWER_MIN || answer.length > SPECIALIST_ANSWER_MAX)
    throw invalid('text', `Rédigez l’avis en ${SPECIALIST_ANSWER_MIN} à ${SPECIALIST_ANSWER_MAX} caractères.`);
  return answer;
}

/** The deadline: the request's instant plus its target (§1). */
export function specialistDeadline(requestedAt: Date, target: SpecialistTarget): Date {
  return new Date(requestedAt.getTime() + SPECIALIST_TARGETS[target] * 3_600_000);
}

/**
 * Achieved delay in minutes from the request to the achieved instant (the written answer, or
 * the start of the booked consultation) and whether it is within target (at or before the
 * deadline) (§3).
 */
export function achievedDelay(requestedAt: Date, deadlineAt: Date, achievedAt: Date): { minutes: number; withinTarget: boolean } {
  return {
    minutes: Math.max(0, Math.round((achievedAt.getTime() - requestedAt.getTime()) / 60_000)),
    withinTarget: achievedAt.getTime() <= deadlineAt.getTime(),
  };
}

/** What the indicator needs of a request. */
export interface SpecialistOutcome {
  specialtyCode: string;
  status: SpecialistStatus;
  requestedAt: Date;
  deadlineAt: Date;
  /** The answer's instant or the booked slot's start; null while open or cancelled. */
  achievedAt: Date | null;
}

export interface SpecialistAccessCounts {
  /** Requests not cancelled. */
  requests: number;
  settled: number;
  withinTarget: number;
  late: number;
  /** Open past their deadline: already out of target. */
  overdue: number;
  /** Open and still in time. */
  pending: number;
  /** withinTarget ÷ (settled + overdue), null when nothing is decided yet. */
  shareWithinTarget: number | null;
}

function countOutcomes(outcomes: readonly SpecialistOutcome[], now: Date): SpecialistAccessCounts {
  let settled = 0;
  let withinTarget = 0;
  let overdue = 0;
  let pending = 0;
  for (const o of outcomes) {
    if (o.status === 'cancelled') continue;
    if (o.achievedAt !== null && o.status !== 'open') {
      settled++;
      if (achievedDelay(o.requestedAt, o.deadlineAt, o.achievedAt).withinTarget) withinTarget++;
    } else if (now.getTime() > o.deadlineAt.getTime()) overdue++;
    else pending++;
  }
  const decided = settled + overdue;
  return {
    requests: settled + overdue + pending,
    settled,
    withinTarget,
    late: settled - withinTarget,
    overdue,
    pending,
    shareWithinTarget: decided === 0 ? null : withinTarget / decided,
  };
}

/** The indicator "share within target per specialty" (§3), with its counts, in the order of SPECIALIST_SPECIALTIES. */
export function specialistAccessIndicator(
  outcomes: readonly SpecialistOutcome[],
  now: Date,
): { total: SpecialistAccessCounts; bySpecialty: (SpecialistAccessCounts & { specialtyCode: string })[] } {
  const codes = [...new Set(outcomes.map((o) => o.specialtyCode))].sort(
    (a, b) => specialtyRank(a) - specialtyRank(b) || a.localeCompare(b),
  );
  return {
    total: countOutcomes(outcomes, now),
    bySpecialty: codes.map((code) => ({
      specialtyCode: code,
      ...countOutcomes(
        outcomes.filter((o) => o.specialtyCode === code),
        now,
      ),
    })),
  };
}

function specialtyRank(code: string): number {
  const i = SPECIALIST_SPECIALTY_CODES.indexOf(code as SpecialistSpecialty);
  return i === -1 ? SPECIALIST_SPECIALTY_CODES.length : i;
}
