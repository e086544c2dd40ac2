import type {
  PatientSummary,
  ProRequestEventKind,
  ProRequestProfession,
  ProRequestSettings,
  ProRequestStage,
  ProRequestStatus,
  ProRequestUrgency,
} from '../pro-requests/pro-request.ts';

/** The storage contract of requests between professionals (issue #10 item 5, docs/reference/pro-requests.md). */

export interface ProRequestRecord {
  id: string;
  cptsId: string;
  authorIdNatPs: string;
  authorName: string;
  professionCode: ProRequestProfession;
  specialtyCode: string | null;
  act: string;
  unitCode: string;
  wantedOn: string;
  windowStart: string;
  windowEnd: string;
  urgency: ProRequestUrgency;
  patient: PatientSummary;
  usualIdNatPs: string | null;
  stage: ProRequestStage;
  status: ProRequestStatus;
  createdAt: Date;
  broadenAt: Date | null;
  escalateAt: Date;
  escalatedAt: Date | null;
  deadlineAt: Date;
  takenByIdNatPs: string | null;
  takenByName: string | null;
  takenAt: Date | null;
  isDemo: boolean;
}

export interface ProRequestEvent {
  requestId: string;
  at: Date;
  kind: ProRequestEventKind;
  idNatPs: string | null;
  reason: string | null;
}

export interface ProRequestOffer {
  requestId: string;
  idNatPs: string;
  displayName: string;
  offeredAt: Date;
  declinedAt: Date | null;
}

/** A professional as the directory lists them: any profession, present activities with a known unit. */
export interface ProfessionalIdentity {
  idNatPs: string;
  displayName: string;
  activities: { professionCode: string; specialtyCode: string | null; unitCode: string }[];
}

export interface ProRequestsRepository {
  /** The professional if the directory lists them with a present activity in a known unit; else null. */
  professional(idNatPs: string): Promise<ProfessionalIdentity | null>;
  /** Ids of the CPTS where this professional is an active member. */
  activeMemberships(idNatPs: string): Promise<string[]>;
  /** Active members of a CPTS practising this profession (and specialty when given), with their practice units. */
  candidates(
    cptsId: string,
    professionCode: string,
    specialtyCode: string | null,
  ): Promise<{ idNatPs: string; displayName: string; unitCodes: string[] }[]>;
  settings(cptsId: string): Promise<ProRequestSettings | null>;
  saveSettings(cptsId: string, settings: ProRequestSettings): Promise<void>;
  insert(record: ProRequestRecord): Promise<void>;
  /** `forUpdate` locks the row (sweep and decline serialise with each other). */
  get(id: string, options?: { forUpdate?: boolean }): Promise<ProRequestRecord | null>;
  /**
   * The one atomic take: sets taken_* only if the request is still open
   * (`UPDATE … WHERE status = 'open' RETURNING`), so two concurrent accepts yield one winner.
   */
  take(id: string, idNatPs: string, displayName: string, at: Date): Promise<boolean>;
  /** Conditional change of an open request (broaden, escalate, expire, cancel): false when it was no longer open. */
  update(id: string, change: Partial<Pick<ProRequestRecord, 'stage' | 'status' | 'escalatedAt'>>): Promise<boolean>;
  addOffers(offers: readonly ProRequestOffer[]): Promise<void>;
  offers(requestId: string): Promise<ProRequestOffer[]>;
  decline(requestId: string, idNatPs: string, at: Date): Promise<boolean>;
  addEvent(event: ProRequestEvent): Promise<void>;
  events(requestId: string): Promise<ProRequestEvent[]>;
  /** Requests posted by this professional, newest first. */
  postedBy(idNatPs: string): Promise<ProRequestRecord[]>;
  /** Requests offered to this professional (and not declined by them), newest first. */
  offeredTo(idNatPs: string): Promise<ProRequestRecord[]>;
  ofCpts(cptsId: string): Promise<ProRequestRecord[]>;
  /** Open requests with a deadline, broadening or escalation due at `now` (the sweep's work). */
  due(now: Date): Promise<ProRequestRecord[]>;
}
