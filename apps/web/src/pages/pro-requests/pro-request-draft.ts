import type { ProRequestInputDto } from '@maillon/contracts';
import type { PatientAgeBand, ProRequestProfession, ProRequestUrgency } from '@maillon/domain';

/** What the "Nouvelle demande" form holds while it is typed (docs/reference/pro-requests.md §2–4). */
export interface ProRequestDraft {
  cptsId: string;
  professionCode: ProRequestProfession;
  act: string;
  unit: { code: string; name: string } | null;
  /** ISO date, "" when empty, null when the typed text is no date. */
  wantedOn: string | null;
  windowStart: string;
  windowEnd: string;
  urgency: ProRequestUrgency;
  usualIdNatPs: string | null;
  initials: string;
  ageBand: PatientAgeBand | '';
  sex: 'F' | 'M' | '';
  need: string;
}

export function emptyDraft(cptsId: string, today: string): ProRequestDraft {
  return {
    cptsId,
    professionCode: '60',
    act: '',
    unit: null,
    wantedOn: today,
    windowStart: '08:00',
    windowEnd: '12:00',
    urgency: 'h48',
    usualIdNatPs: null,
    initials: '',
    ageBand: '',
    sex: '',
    need: '',
  };
}

/** Typed anything since the form opened: closing it then asks before losing the edits. */
export function isDirty(draft: ProRequestDraft, initial: ProRequestDraft): boolean {
  return JSON.stringify(draft) !== JSON.stringify(initial);
}

export type DraftCheck = { ok: true; input: ProRequestInputDto } | { ok: false; field: string; message: string };

/**
 * The request body, or the first field the form itself can tell is missing (the API checks
 * everything else and names the field in its 4xx).
 */
export function draftToInput(draft: ProRequestDraft): DraftCheck {
  if (!draft.unit) return { ok: false, field: 'unitCode', message: 'Choisissez la commune dans la liste.' };
  if (!draft.wantedOn) return { ok: false, field: 'wantedOn', message: 'Indiquez le jour souhaité au format JJ/MM/AAAA.' };
  if (draft.ageBand === '') return { ok: false, field: 'patient.ageBand', message: 'Choisissez la tranche d’âge du patient.' };
  return {
    ok: true,
    input: {
      cptsId: draft.cptsId,
      professionCode: draft.professionCode,
      specialtyCode: null,
      act: draft.act.trim(),
      unitCode: draft.unit.code,
      wantedOn: draft.wantedOn,
      windowStart: draft.windowStart,
      windowEnd: draft.windowEnd,
      urgency: draft.urgency,
      patient: {
        initials: draft.initials.trim(),
        ageBand: draft.ageBand,
        sex: draft.sex === '' ? null : draft.sex,
        need: draft.need.trim(),
      },
      usualIdNatPs: draft.usualIdNatPs,
    },
  };
}

interface Colleague {
  idNatPs: string;
  displayName: string;
  professionCode: string;
}

/** Who may be named the patient's usual professional: a colleague of that profession, never oneself (§3). */
export function usualCandidates(colleagues: readonly Colleague[], professionCode: string, myIdNatPs: string) {
  return colleagues
    .filter((c) => c.professionCode === professionCode && c.idNatPs !== myIdNatPs)
    .map((c) => ({ value: c.idNatPs, label: `${c.displayName} (RPPS ${c.idNatPs})` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}
