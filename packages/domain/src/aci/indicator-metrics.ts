import { formatCount, formatDate } from '../format/index.ts';

/**
 * What Maillon counts itself for an indicator line of source « Maillon » (issue #8 point 5;
 * docs/reference/aci.md §5): members of the association, professionals among them, general
 * assemblies held. Each computed value says how it was computed.
 */
export const MAILLON_METRICS = [
  'members',
  'professionalMembers',
  'meetingsHeld',
  'patientsPlaced',
  'aldWithoutGp',
  'snpSlotsOffered',
  'snpBookingsHonoured',
] as const;
export type MaillonMetric = (typeof MAILLON_METRICS)[number];

export const MAILLON_METRIC_LABELS: Record<MaillonMetric, string> = {
  members: 'Adhérents de la CPTS (professionnels et structures)',
  professionalMembers: 'Professionnels de santé adhérents',
  meetingsHeld: 'Assemblées générales tenues',
  patientsPlaced: 'Patients ayant déclaré un médecin traitant grâce au guichet de la CPTS',
  aldWithoutGp: 'Patients en ALD en attente d’un médecin traitant au guichet de la CPTS',
  snpSlotsOffered: 'Créneaux de soins non programmés proposés à la régulation SAS',
  snpBookingsHonoured: 'Rendez-vous de soins non programmés (régulation SAS) honorés',
};

/** A médecin-traitant request as the metrics read it (issue #9: the CPTS's desk). */
export interface MetricGpRequest {
  ald: boolean;
  requestedOn: string;
  /** The day it was closed, and whether by a declared médecin traitant. */
  closedOn: string | null;
  declared: boolean;
}

export interface MetricMember {
  kind: 'professional' | 'structure';
  joinedOn: string | null;
  leftOn: string | null;
}

export interface MetricMeeting {
  /** Day the assembly was held (YYYY-MM-DD, Paris time). */
  heldOn: string;
  /** Only closed assemblies count as held. */
  closed: boolean;
}

export interface ComputedValue {
  value: number;
  explanation: string;
}

/** The day a year's count is read: its last day, or today while the year runs. */
export function countDay(period: { startsOn: string; endsOn: string }, today: string): string {
  return today < period.endsOn ? today : period.endsOn;
}

const memberOn = (member: MetricMember, day: string) =>
  member.joinedOn !== null && member.joinedOn <= day && (member.leftOn === null || member.leftOn > day);

/**
 * A metric for a contract year from the CPTS's own records. Members are counted on the last day
 * of the year (today while it runs): joined on or before that day and not left by then. Meetings
 * are the assemblies closed, held between the first day of the year and that day.
 */
export function computeMetric(
  metric: MaillonMetric,
  input: {
    period: { year: number; startsOn: string; endsOn: string };
    today: string;
    members: readonly MetricMember[];
    meetings: readonly MetricMeeting[];
    gpRequests?: readonly MetricGpRequest[];
    /** SNP slot use from the first day of the year to the count day (docs/reference/slots.md §6). */
    snpSlotUse?: { snpSlotsOffered: number; snpBookingsHonoured: number };
  },
): ComputedValue {
  const day = countDay(input.period, input.today);
  const when =
    day === input.period.endsOn
      ? `au ${formatDate(day)}, dernier jour de l'année de contrat ${input.period.year}`
      : `au ${formatDate(day)} (année de contrat ${input.period.year} en cours)`;
  const requests = input.gpRequests ?? [];
  if (metric === 'snpSlotsOffered' || metric === 'snpBookingsHonoured') {
    const value = input.snpSlotUse?.[metric] ?? 0;
    const what = metric === 'snpSlotsOffered' ? 'créneau(x) ouvert(s) à la régulation SAS (canal SNP)' : 'rendez-vous SNP honoré(s)';
    return {
      value,
      explanation: `Calculé par Maillon : ${formatCount(value)} ${what} du ${formatDate(input.period.startsOn)} au ${formatDate(day)}, d'après les créneaux publiés dans Maillon.`,
    };
  }
  if (metric === 'patientsPlaced') {
    const placed = requests.filter(
      (r) => r.declared && r.closedOn !== null && r.closedOn >= input.period.startsOn && r.closedOn <= day,
    ).length;
    return {
      value: placed,
      explanation: `Calculé par Maillon : ${formatCount(placed)} demande(s) du guichet médecin traitant close(s) par la déclaration d'un médecin traitant du ${formatDate(input.period.startsOn)} au ${formatDate(day)}.`,
    };
  }
  if (metric === 'aldWithoutGp') {
    const waiting = requests.filter((r) => r.ald && r.requestedOn <= day && (r.closedOn === null || r.closedOn > day)).length;
    return {
      value: waiting,
      explanation: `Calculé par Maillon : ${formatCount(waiting)} patient(s) en ALD en attente d'un médecin traitant au guichet de la CPTS ${when} (demandes déposées à cette date ou avant, non closes). Le chiffre de la CPAM compte aussi ceux qui ne se sont pas adressés à la CPTS.`,
    };
  }
  if (metric === 'meetingsHeld') {
    const held = input.meetings.filter((m) => m.closed && m.heldOn >= input.period.startsOn && m.heldOn <= day).length;
    return {
      value: held,
      explanation: `Calculé par Maillon : ${formatCount(held)} assemblée(s) générale(s) close(s) tenue(s) du ${formatDate(input.period.startsOn)} au ${formatDate(day)}, d'après le registre des assemblées.`,
    };
  }
  const counted = input.members.filter((m) => memberOn(m, day) && (metric === 'members' || m.kind === 'professional')).length;
  const what = metric === 'members' ? 'adhérent(s) (professionnels et structures)' : 'professionnel(s) de santé adhérent(s)';
  return {
    value: counted,
    explanation: `Calculé par Maillon : ${formatCount(counted)} ${what} ${when}, d'après le registre des adhérents (adhésion à cette date ou avant, sans départ à cette date).`,
  };
}
