/** The storage contract of audit: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

export interface AuditEntryRecord {
  id: number;
  at: Date;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  recordIds: string[];
  recordCount: number;
  cptsId: string | null;
  route: string;
  sourceIp: string | null;
  details: Record<string, unknown> | null;
}

export type NewAuditEntry = Omit<AuditEntryRecord, 'id'>;

export interface AuditFilter {
  /** Only this CPTS's entries; `undefined` means every entry (admin). */
  cptsId?: string | undefined;
  from?: Date | undefined;
  /** Exclusive upper bound. */
  to?: Date | undefined;
  action?: string | undefined;
  entity?: string | undefined;
  actorUserId?: string | undefined;
  /** Entries that name this record id. */
  recordId?: string | undefined;
}

/** Append and read; there is no update or delete (the database refuses them anyway). */
export interface AuditRepository {
  append(entry: NewAuditEntry): Promise<void>;
  /** Newest first; `before` is the id of the last entry of the previous page (keyset paging). */
  search(filter: AuditFilter, page: { limit: number; beforeId?: number | undefined }): Promise<AuditEntryRecord[]>;
  count(filter: AuditFilter): Promise<number>;
}
