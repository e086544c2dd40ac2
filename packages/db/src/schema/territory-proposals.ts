import { sql } from 'drizzle-orm';
import { type AnyPgColumn, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cpts } from './cpts.ts';
import { users } from './identity.ts';

/**
 * A change of a CPTS territory waiting for (or having had) the decision of the ARS of each
 * region involved (issue #6 item 2). The territory it was made against is kept, so that an
 * acceptance never merges silently with a change made meanwhile.
 */
export const territoryProposals = pgTable(
  'territory_proposals',
  {
    id: uuid('id').primaryKey(),
    cptsId: uuid('cpts_id')
      .notNull()
      .references(() => cpts.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    baseUnitCodes: text('base_unit_codes').array().notNull(),
    addedUnitCodes: text('added_unit_codes').array().notNull(),
    removedUnitCodes: text('removed_unit_codes').array().notNull(),
    comment: text('comment'),
    // History outlives accounts: a removed author leaves the proposal, without a name.
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by').references(() => users.id, { onDelete: 'set null' }),
    supersededBy: uuid('superseded_by').references((): AnyPgColumn => territoryProposals.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('territory_proposals_cpts_idx').on(t.cptsId, t.createdAt),
    // At most one pending proposal per CPTS, held by the database itself.
    uniqueIndex('territory_proposals_one_pending_idx').on(t.cptsId).where(sql`${t.status} = 'pending'`),
  ],
);

/** One row per region asked to decide, with its decision once taken. */
export const territoryProposalApprovals = pgTable(
  'territory_proposal_approvals',
  {
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => territoryProposals.id, { onDelete: 'cascade' }),
    regionCode: text('region_code').notNull(),
    reason: text('reason').notNull(),
    decision: text('decision'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    comment: text('comment'),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.regionCode] }), index('territory_proposal_approvals_region_idx').on(t.regionCode)],
);
