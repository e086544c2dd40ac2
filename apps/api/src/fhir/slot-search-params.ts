import { badParameter } from './operation-outcome.ts';
import { IDNPS_SYSTEM } from './sas-codes.ts';

/**
 * The SAS slot search (guide: CapabilityStatement SAS-GestionnaireAgenda-CPTS, SearchParameter
 * slot-sp-start; docs/reference/slots.md §4):
 * `start=ge…&start=le…` (both, FHIR dateTime with offset),
 * `schedule.actor:Practitioner.identifier=urn:oid:1.2.250.1.71.4.2.1|<idNatPs>,…` (1–25, OR),
 * `status=free` (`busy` too, to see booked slots), and the `_include` chain.
 */
export interface SlotSearchParams {
  from: Date;
  to: Date;
  idNatPs: string[];
  /** The statuses asked for: `free`, `busy` or both. */
  statuses: ('free' | 'busy')[];
  includes: {
    schedule: boolean;
    /** `_include:iterate=Schedule:actor` (needs the schedules): Practitioner and PractitionerRole. */
    actors: boolean;
    healthcareService: boolean;
    /** `_include:iterate=HealthcareService:organization` (needs the services): the CPTS Organization. */
    organization: boolean;
  };
}

export const MAX_PRACTITIONERS = 25;
/** A wider window is refused: the SAS asks for hours or days, never months. */
export const MAX_WINDOW_DAYS = 31;

const IDENTIFIER_PARAM = 'schedule.actor:Practitioner.identifier';
const KNOWN = new Set(['start', IDENTIFIER_PARAM, 'status', '_include', '_include:iterate', '_format']);
const INCLUDES = new Set(['Slot:schedule', 'Slot:service-type-reference']);
const ITERATES = new Set(['Schedule:actor', 'HealthcareService:organization']);
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;
/** 8 + RPPS (11 digits) or 0 + ADELI (9 characters): TRE_G08, interop.md §1. */
const ID_NAT_PS = /^[0-9][0-9A-Za-z]{8,19}$/;
const MAX_VALUE_LENGTH = 2_000;

/**
 * Query pairs of a raw URL, keeping a literal `+` (the guide's example sends `+02:00` without
 * percent-encoding it, so form decoding, which reads `+` as a space, would lose the offset).
 */
export function rawQueryPairs(url: string): [string, string][] {
  const at = url.indexOf('?');
  if (at < 0) return [];
  const pairs: [string, string][] = [];
  for (const part of url.slice(at + 1).split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const [rawName, rawValue] = eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(rawName);
      value = decodeURIComponent(rawValue);
    } catch {
      throw badParameter(rawName.slice(0, 60), 'Paramètre mal encodé (séquence %xx invalide).');
    }
    pairs.push([name, value]);
  }
  return pairs;
}

/** A FHIR dateTime with its offset (a bare date or a local time is ambiguous for a slot search). */
export function parseFhirDateTime(value: string): Date | null {
  const m = DATE_TIME.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, , oh, om] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(Number(y), month, 0)).getUTCDate()) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return null;
  if (oh !== undefined && (Number(oh) > 14 || Number(om) > 59)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function parseSlotSearch(pairs: [string, string][]): SlotSearchParams {
  let from: Date | undefined;
  let to: Date | undefined;
  let idNatPs: string[] | undefined;
  let statuses: Set<string> | undefined;
  const include = new Set<string>();
  const iterate = new Set<string>();
  for (const [name, value] of pairs) {
    if (!KNOWN.has(name)) throw badParameter(name.slice(0, 60), `Paramètre de recherche non pris en charge : « ${name.slice(0, 60)} ».`);
    if (value.length > MAX_VALUE_LENGTH) throw badParameter(name, `Valeur trop longue pour le paramètre « ${name} ».`);
    if (name === 'start') {
      const prefix = value.slice(0, 2);
      const date = parseFhirDateTime(value.slice(2));
      if ((prefix !== 'ge' && prefix !== 'le') || !date)
        throw badParameter(
          'start',
          '« start » attend ge<date-heure> ou le<date-heure> avec fuseau, par exemple ge2024-06-12T16:20:00.000+02:00.',
        );
      if (prefix === 'ge') {
        if (from) throw badParameter('start', '« start=ge… » est donné deux fois.');
        from = date;
      } else {
        if (to) throw badParameter('start', '« start=le… » est donné deux fois.');
        to = date;
      }
    } else if (name === IDENTIFIER_PARAM) {
      if (idNatPs) throw badParameter(name, `« ${name} » est donné deux fois : séparez les identifiants par des virgules.`);
      const values = value.split(',');
      if (values.length > MAX_PRACTITIONERS) throw badParameter(name, `Au plus ${MAX_PRACTITIONERS} praticiens par recherche.`);
      idNatPs = values.map((token) => {
        const bar = token.indexOf('|');
        const system = token.slice(0, bar);
        const id = token.slice(bar + 1);
        if (bar < 0 || system !== IDNPS_SYSTEM || !ID_NAT_PS.test(id))
          throw badParameter(
            name,
            `Identifiant de praticien invalide : « ${token.slice(0, 60)} » (attendu ${IDNPS_SYSTEM}|<identifiant national>).`,
          );
        return id;
      });
    } else if (name === 'status') {
      if (statuses) throw badParameter('status', '« status » est donné deux fois : séparez les statuts par des virgules.');
      statuses = new Set(value.split(','));
      for (const s of statuses)
        if (s !== 'free' && s !== 'busy')
          throw badParameter('status', `Statut de créneau non pris en charge : « ${s.slice(0, 30)} » (free ou busy).`);
    } else if (name === '_include') {
      if (!INCLUDES.has(value)) throw badParameter('_include', `Inclusion non prise en charge : « ${value.slice(0, 60)} ».`);
      include.add(value);
    } else if (name === '_include:iterate') {
      if (!ITERATES.has(value)) throw badParameter('_include:iterate', `Inclusion non prise en charge : « ${value.slice(0, 60)} ».`);
      iterate.add(value);
    } else if (!['json', 'application/json', 'application/fhir+json'].includes(value)) {
      throw badParameter('_format', 'Seul le format JSON (application/fhir+json) est servi.');
    }
  }
  if (!from || !to) throw badParameter('start', 'La recherche exige « start=ge… » et « start=le… » (début et fin de la fenêtre).');
  if (from > to) throw badParameter('start', 'La fin de la fenêtre (start=le…) précède son début (start=ge…).');
  if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * 86_400_000)
    throw badParameter('start', `La fenêtre de recherche dépasse ${MAX_WINDOW_DAYS} jours.`);
  if (!idNatPs) throw badParameter(IDENTIFIER_PARAM, `La recherche exige « ${IDENTIFIER_PARAM} » (1 à ${MAX_PRACTITIONERS} praticiens).`);
  if (!statuses) throw badParameter('status', 'La recherche exige « status=free » (ou « status=free,busy »).');
  const schedule = include.has('Slot:schedule');
  const healthcareService = include.has('Slot:service-type-reference');
  return {
    from,
    to,
    idNatPs: [...new Set(idNatPs)],
    statuses: [...statuses] as ('free' | 'busy')[],
    includes: {
      schedule,
      actors: schedule && iterate.has('Schedule:actor'),
      healthcareService,
      organization: healthcareService && iterate.has('HealthcareService:organization'),
    },
  };
}
