import { DomainError, invalid } from '../errors.ts';
import { isIsoDate } from '../lifecycle/dates.ts';
import type { MemberStatus } from './membership.ts';

/** Bodies of a CPTS association (issue #3, "Governance"). */
export const BODY_KINDS = ['bureau', 'board', 'animationCommittee', 'coordinationTeam', 'workingGroup'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const MANDATE_ROLES = [
  'president',
  'vicePresident',
  'treasurer',
  'deputyTreasurer',
  'secretary',
  'deputySecretary',
  'lead',
  'member',
] as const;
export type MandateRole = (typeof MANDATE_ROLES)[number];

/** Roles a body holds once at a time (one president per bureau, one treasurer, one secretary). */
export const SINGLE_HOLDER_ROLES: readonly MandateRole[] = ['president', 'treasurer', 'secretary'];

const OFFICER_ROLES: readonly MandateRole[] = [
  'president',
  'vicePresident',
  'treasurer',
  'deputyTreasurer',
  'secretary',
  'deputySecretary',
];

/** The roles each kind of body has: officers sit in the bureau and the board; groups have leads. */
export function rolesOf(kind: BodyKind): readonly MandateRole[] {
  switch (kind) {
    case 'bureau':
    case 'board':
      return [...OFFICER_ROLES, 'member'];
    case 'animationCommittee':
    case 'coordinationTeam':
    case 'workingGroup':
      return ['lead', 'member'];
  }
}

/**
 * The bureau and the board are elected among members with a vote (the statutes' "membres
 * actifs"): a seat there requires a member of a voting category. Other bodies take any member.
 */
export function requiresVotingMember(kind: BodyKind): boolean {
  return kind === 'bureau' || kind === 'board';
}

export interface BodyDates {
  kind: BodyKind;
  createdOn: string;
  endedOn: string | null;
}

export interface MandateInput {
  id?: string;
  memberId: string;
  role: MandateRole;
  startOn: string;
  endOn: string | null;
}

export interface SeatHolder {
  id: string;
  status: MemberStatus;
  voting: boolean;
  leftOn: string | null;
}

export interface MandateCheck {
  body: BodyDates;
  mandate: MandateInput;
  member: SeatHolder;
  /** The body's other mandates (the one being edited excluded or included: matched by id). */
  others: readonly MandateInput[];
  /** Prefix of field paths in errors, e.g. `firstBodies[0].mandates[2].` */
  fieldPrefix?: string;
}

/**
 * Two mandates overlap when they share a day of office. End dates are the handover day: a
 * mandate ending on D and one starting on D (the electing assembly's date) do not overlap.
 */
export function mandatesOverlap(a: Pick<MandateInput, 'startOn' | 'endOn'>, b: Pick<MandateInput, 'startOn' | 'endOn'>): boolean {
  return (a.endOn === null || b.startOn < a.endOn) && (b.endOn === null || a.startOn < b.endOn);
}

function checkDates(body: BodyDates, mandate: MandateInput, prefix: string): void {
  if (!isIsoDate(mandate.startOn)) throw invalid(`${prefix}startOn`, 'Date au format AAAA-MM-JJ attendue.');
  if (mandate.endOn !== null && !isIsoDate(mandate.endOn)) throw invalid(`${prefix}endOn`, 'Date au format AAAA-MM-JJ attendue.');
  if (mandate.endOn !== null && mandate.endOn <= mandate.startOn) {
    throw invalid(`${prefix}endOn`, 'La fin du mandat doit suivre son début.');
  }
  if (mandate.startOn < body.createdOn)
    throw invalid(`${prefix}startOn`, "Le mandat ne peut pas commencer avant la création de l'instance.");
  if (body.endedOn !== null && mandate.startOn >= body.endedOn) {
    throw invalid(`${prefix}startOn`, "L'instance était déjà dissoute à cette date.");
  }
  if (body.endedOn !== null && (mandate.endOn === null || mandate.endOn > body.endedOn)) {
    throw invalid(`${prefix}endOn`, "Le mandat ne peut pas durer au-delà de la fin de l'instance.");
  }
}

function checkHolder(check: MandateCheck, prefix: string): void {
  const { body, mandate, member } = check;
  // A member who left keeps past mandates on record, ended no later than the departure.
  const stillInOffice = mandate.endOn === null || member.leftOn === null || mandate.endOn > member.leftOn;
  if (member.status !== 'active' && !(member.status === 'left' && !stillInOffice)) {
    throw invalid(`${prefix}memberId`, 'Un mandat est confié à un adhérent dont l’adhésion est validée et en cours.');
  }
  if (requiresVotingMember(body.kind) && !member.voting) {
    throw invalid(`${prefix}memberId`, 'Un siège au bureau ou au conseil d’administration requiert un adhérent avec droit de vote.');
  }
}

/**
 * Checks one mandate against the body's composition rules: role known for that body, coherent
 * dates inside the body's life, an active (and, for bureau and board, voting) member, no
 * overlapping seat of the same member, and one holder at a time of a single-holder role.
 */
export function checkMandate(check: MandateCheck): void {
  const { body, mandate, others } = check;
  const prefix = check.fieldPrefix ?? '';
  if (!rolesOf(body.kind).includes(mandate.role)) throw invalid(`${prefix}role`, "Ce rôle n'existe pas dans cette instance.");
  checkDates(body, mandate, prefix);
  checkHolder(check, prefix);
  const concurrent = others.filter((o) => (mandate.id === undefined || o.id !== mandate.id) && mandatesOverlap(o, mandate));
  if (concurrent.some((o) => o.memberId === mandate.memberId)) {
    throw new DomainError('CONFLICT', 'Cet adhérent siège déjà dans cette instance sur cette période.', `${prefix}memberId`);
  }
  if (SINGLE_HOLDER_ROLES.includes(mandate.role) && concurrent.some((o) => o.role === mandate.role)) {
    throw new DomainError('CONFLICT', 'Ce rôle est déjà occupé sur cette période : terminez d’abord le mandat en cours.', `${prefix}role`);
  }
}

/** Checks a body's own dates: ended after it was created, not created in the future. */
export function checkBodyDates(body: Pick<BodyDates, 'createdOn' | 'endedOn'>, today: string): void {
  if (!isIsoDate(body.createdOn)) throw invalid('createdOn', 'Date au format AAAA-MM-JJ attendue.');
  if (body.createdOn > today) throw invalid('createdOn', 'La date de création ne peut pas être dans le futur.');
  if (body.endedOn !== null && !isIsoDate(body.endedOn)) throw invalid('endedOn', 'Date au format AAAA-MM-JJ attendue.');
  if (body.endedOn !== null && body.endedOn <= body.createdOn) throw invalid('endedOn', 'La fin doit suivre la création.');
}

/** A mandate in office on `day` (started, not yet ended). */
export function inOffice(mandate: Pick<MandateInput, 'startOn' | 'endOn'>, day: string): boolean {
  return mandate.startOn <= day && (mandate.endOn === null || day < mandate.endOn);
}
