/** Records the audit repository exchanges with the use cases (ports in apps/api/src/use-cases). */

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
