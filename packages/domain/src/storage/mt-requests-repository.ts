import type { PriorityRule } from '../matching/priority-rule.ts';
import type { RequestAction, RequestStatus } from '../mt-requests/request-status.ts';

/**
 * The storage contract of médecin-traitant requests (docs/reference/mt-requests.md, issue #9):
 * the requests of each CPTS with their notes and history, the CPTS's settings (priority rule,
 * response-time commitment, retention), and the counters of the public form's limits.
 * packages/db implements it. Requests are health data: every use case reading, exporting or
 * changing one records an audit entry (docs/reference/personal-data.md).
 */

/** The three doors a request comes in by (issue #9 item 1). */
export const REQUEST_SOURCES = ['public', 'team', 'cpam'] as const;
export type RequestSource = (typeof REQUEST_SOURCES)[number];

/** Why the person lost their médecin traitant (form and CPAM list), when they had one. */
export const GP_LOSS_REASONS = ['retirement', 'move', 'gpMoved', 'death', 'other'] as const;
export type GpLossReason = (typeof GP_LOSS_REASONS)[number];

/** Who the person is and how to reach them (at least one of e-mail and phone, except CPAM lines). */
export interface MtRequestIdentity {
  lastName: string;
  firstName: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  /** The commune (reference geography unit code) where the person lives. */
  unitCode: string;
  email: string | null;
  phone: string | null;
}

/**
 * What the request says about the person's situation: the facts `requestPriority` scores
 * (`PriorityFacts` without the birth date and seniority, kept on the request itself) and the
 * needs the matching and the team must know.
 */
export interface MtRequestSituation {
  ald: boolean;
  c2s: boolean;
  ame: boolean;
  frailty: boolean;
  pregnancy: boolean;
  /** YYYY-MM-DD; null when the person never had one or does not know. */
  gpLostOn: string | null;
  gpLossReason: GpLossReason | null;
  /** Cannot travel: needs home visits. */
  homeVisits: boolean;
  /** Free text (wheelchair access, sign language…); null when none. */
  accessibilityNeeds: string | null;
}

export interface MtRequestRecord extends MtRequestIdentity, MtRequestSituation {
  id: string;
  cptsId: string;
  /** Human-friendly, unguessable number given to the person (MT-2026-7KQ4-9XH2). */
  number: string;
  status: RequestStatus;
  source: RequestSource;
  /**
   * Seniority: the day the request was first filed (YYYY-MM-DD). Kept across re-queueing,
   * edits and merges (the merged request keeps the earlier of the two).
   */
  requestedOn: string;
  /** The day it entered a closed status; the retention period runs from it. Null while open. */
  closedOn: string | null;
  /** When merged: the request it was folded into. */
  mergedInto: string | null;
  /**
   * Folded "last|first|birth date|commune" (accents, case and punctuation ignored): the key
   * duplicates are found by, and a CPAM re-import recognises its lines by.
   */
  duplicateKey: string;
  /** When the person accepted the consent text (public door); null for team and CPAM entries. */
  consentedAt: Date | null;
  isDemo: boolean;
  createdAt: Date;
  createdBy: string | null;
  updatedAt: Date;
}

export interface MtRequestNoteRecord {
  id: string;
  requestId: string;
  authorId: string | null;
  body: string;
  createdAt: Date;
}

export const REQUEST_EVENT_KINDS = ['created', 'edited', 'status', 'note', 'merged', 'imported'] as const;
export type RequestEventKind = (typeof REQUEST_EVENT_KINDS)[number];

/** One line of a request's history (never deleted while the request exists). */
export interface MtRequestEventRecord {
  id: string;
  requestId: string;
  at: Date;
  actorId: string | null;
  kind: RequestEventKind;
  /** The status move, for kind "status" (and "merged": the duplicate's own move). */
  action: RequestAction | null;
  fromStatus: RequestStatus | null;
  toStatus: RequestStatus | null;
  /** Plain French summary for the team ("Champs modifiés : téléphone, commune"); no health detail. */
  detail: string | null;
  /** Structured details (changed field names, the other request of a merge, the GP of part B). */
  data: Record<string, unknown> | null;
}

/** Per-CPTS settings of the desk (issue #9 items 2, 5 and 7). */
export interface MtRequestSettingsRecord {
  cptsId: string;
  priorityRule: PriorityRule;
  /** Response-time commitment: days within which a request should be answered. */
  responseDays: number;
  /** Months a closed request is kept before the purge erases it. */
  retentionMonths: number;
  updatedAt: Date;
  updatedBy: string | null;
}

export interface MtRequestFilter {
  statuses?: readonly RequestStatus[] | undefined;
  sources?: readonly RequestSource[] | undefined;
  unitCodes?: readonly string[] | undefined;
}

/** Requests counted by CPTS, status, source and commune: what ARS, CPAM and other CPTS may see. */
export interface MtRequestCount {
  cptsId: string;
  status: RequestStatus;
  source: RequestSource;
  unitCode: string;
  count: number;
}

/** A request the purge erased: enough for its audit entry, nothing about the person. */
export interface PurgedRequest {
  id: string;
  cptsId: string;
  number: string;
}

export interface MtRequestsRepository {
  insert(record: MtRequestRecord): Promise<void>;
  /** Inserts many requests in a few statements (an imported list). */
  insertMany(records: readonly MtRequestRecord[]): Promise<void>;
  /** Which of these request numbers are already taken. */
  takenNumbers(numbers: readonly string[]): Promise<Set<string>>;
  /** Writes every field of an existing request (identity, situation, status, dates). */
  update(record: MtRequestRecord): Promise<void>;
  get(id: string, options?: { forUpdate?: boolean }): Promise<MtRequestRecord | null>;
  getByNumber(number: string): Promise<MtRequestRecord | null>;
  /** The CPTS's requests matching the filter, oldest seniority first. */
  list(cptsId: string, filter: MtRequestFilter): Promise<MtRequestRecord[]>;
  /** The CPTS's requests (any status) with one of these duplicate keys. */
  byDuplicateKeys(cptsId: string, keys: readonly string[]): Promise<MtRequestRecord[]>;
  /** Counts, never identities (aggregate view). */
  counts(cptsIds: readonly string[]): Promise<MtRequestCount[]>;
  /** Erases a request with its notes and history (right to erasure); false if it did not exist. */
  erase(id: string): Promise<boolean>;
  /**
   * Erases up to `limit` requests closed before their CPTS's retention period ends on `today`
   * (default `defaultRetentionMonths` without settings), skipping rows another process holds
   * (FOR UPDATE SKIP LOCKED), and returns what it erased.
   */
  purgeExpired(today: string, defaultRetentionMonths: number, limit: number): Promise<PurgedRequest[]>;

  addNote(note: MtRequestNoteRecord): Promise<void>;
  notes(requestId: string): Promise<MtRequestNoteRecord[]>;
  addEvent(event: MtRequestEventRecord): Promise<void>;
  /** Appends many events in a few statements, in the order given. */
  addEvents(events: readonly MtRequestEventRecord[]): Promise<void>;
  /** Oldest first. */
  history(requestId: string): Promise<MtRequestEventRecord[]>;
  /** Moves notes and history of `fromId` onto `toId` (merge keeps both histories). */
  moveNotesAndHistory(fromId: string, toId: string): Promise<void>;

  settings(cptsId: string): Promise<MtRequestSettingsRecord | null>;
  saveSettings(settings: MtRequestSettingsRecord): Promise<void>;
}

/** A fixed-window counter of the public form's limits (per address, per CPTS, per request number). */
export interface WindowCounter {
  hits: number;
  windowStartedAt: Date | null;
}

export type WindowCounterUpdate<T> = (counters: ReadonlyMap<string, WindowCounter>) => {
  save: ReadonlyMap<string, WindowCounter>;
  result: T;
};

/** Row-locked counters, like the login throttle's (LoginThrottleRepository). */
export interface PublicThrottleRepository {
  /**
   * Locks the counters of `keys` in sorted order (creating missing ones), hands them to `update`
   * and saves what it returns, in one transaction: concurrent submissions cannot overtake a limit.
   */
  withLockedCounters<T>(keys: readonly string[], update: WindowCounterUpdate<T>): Promise<T>;
  /** Drops counters whose window started before `before` (skipping rows in use). */
  deleteForgotten(before: Date): Promise<void>;
}
