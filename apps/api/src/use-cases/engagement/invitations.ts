import type { InvitationAnswerInput, InvitationCreatedDto, InvitationsDto } from '@maillon/contracts';
import type { InvitationRecord } from '@maillon/domain';
import {
  answerInvitation,
  INVITATION_CHANNEL_LABELS,
  INVITATION_STATUS_LABELS,
  INVITEE_KIND_LABELS,
  type InvitationChannel,
  type Invitee,
  invitationStats,
  inviteeKey,
  notFound,
  parseInviteeKey,
  planInvitations,
} from '@maillon/domain';
import type { EngagementPorts } from './engagement-ports.ts';
import { type EngagementContext, type EngagementCpts, loadEngagementLists } from './load-engagement-cpts.ts';

/** Invitation keys the CPTS may invite now: non-member professionals and partners of its territory. */
async function eligibleKeys(
  ctx: EngagementContext,
  ports: EngagementPorts,
  cpts: EngagementCpts,
  invitees: readonly Invitee[],
): Promise<Set<string>> {
  const ids = (kind: Invitee['kind']) => invitees.filter((i) => i.kind === kind).map((i) => i.id);
  const keys = new Set<string>();
  const professionals = ids('professional');
  if (professionals.length) {
    for (const id of await ports.nonMembers.eligible(cpts.record.id, cpts.unitCodes, professionals)) {
      keys.add(inviteeKey({ kind: 'professional', id }));
    }
  }
  if (ids('establishment').length) {
    for (const e of await ports.partners.establishments(cpts.unitCodes)) {
      keys.add(inviteeKey({ kind: 'establishment', id: e.finessSite }));
    }
  }
  for (const code of cpts.unitCodes) {
    keys.add(inviteeKey({ kind: 'commune', id: code }));
    const epci = ctx.index.units[ctx.index.indexByCode.get(code) ?? -1]?.epciCode;
    if (epci) keys.add(inviteeKey({ kind: 'epci', id: epci }));
  }
  return keys;
}

/**
 * Records invitations sent (bulk "marquer comme invités", issue #3 point 5), all or none: the
 * CPTS row is locked so that two batches cannot both record the same pending invitation.
 */
export async function recordInvitations(
  ctx: EngagementContext,
  id: string,
  input: { invitees: Invitee[]; sentOn?: string | undefined; channel: InvitationChannel },
): Promise<InvitationCreatedDto> {
  return ctx.transaction(async (ports) => {
    const cpts = await loadEngagementLists(ports, ctx.principal, id, true);
    const repo = ports.invitations;
    const sentOn = input.sentOn ?? ctx.today;
    const plan = planInvitations({
      invitees: input.invitees,
      eligibleKeys: await eligibleKeys(ctx, ports, cpts, input.invitees),
      pendingKeys: await repo.pendingKeys(cpts.record.id, input.invitees.map(inviteeKey)),
      dates: { sentOn, today: ctx.today },
    });
    const created = plan.toCreate.map(
      (invitee): InvitationRecord => ({
        id: crypto.randomUUID(),
        cptsId: cpts.record.id,
        inviteeKey: inviteeKey(invitee),
        sentOn,
        channel: input.channel,
        status: 'sent',
        answeredOn: null,
      }),
    );
    await repo.create(created);
    await ports.audit.record({
      action: 'create',
      entity: 'invitation',
      recordIds: created.map((i) => i.id),
      cptsId: cpts.record.id,
      details: { channel: input.channel },
    });
    return { created: plan.toCreate.length, alreadyPending: plan.alreadyPending.length };
  });
}

/** Invitations of the CPTS, most recent first, with their follow-up rates. */
export async function listInvitations(ctx: EngagementContext, id: string): Promise<InvitationsDto> {
  const cpts = await loadEngagementLists(ctx.ports, ctx.principal, id);
  const rows = await ctx.ports.invitations.list(cpts.record.id);
  await ctx.ports.audit.record({ action: 'read', entity: 'invitation', recordIds: rows.map((r) => r.id), cptsId: cpts.record.id });
  return {
    items: rows.map((row) => {
      const invitee = parseInviteeKey(row.inviteeKey);
      return {
        id: row.id,
        invitee: { ...invitee, kindLabel: INVITEE_KIND_LABELS[invitee.kind] },
        name: row.name,
        professionLabel: row.professionLabel,
        sentOn: row.sentOn,
        channel: row.channel,
        channelLabel: INVITATION_CHANNEL_LABELS[row.channel] ?? row.channel,
        status: row.status,
        statusLabel: INVITATION_STATUS_LABELS[row.status] ?? row.status,
        answeredOn: row.answeredOn,
      };
    }),
    stats: invitationStats(rows),
  };
}

/** Marks an invitation accepted or declined (or back to unanswered). */
export async function answerInvitationOf(
  ctx: EngagementContext,
  ids: { cptsId: string; invitationId: string },
  input: InvitationAnswerInput,
) {
  await ctx.transaction(async (ports) => {
    const cpts = await loadEngagementLists(ports, ctx.principal, ids.cptsId);
    const repo = ports.invitations;
    const invitation = await repo.get(cpts.record.id, ids.invitationId, { forUpdate: true });
    if (!invitation) throw notFound('Invitation introuvable.');
    await repo.answer(invitation.id, answerInvitation(invitation, input, ctx.today));
    await ports.audit.record({ action: 'update', entity: 'invitation', recordIds: [invitation.id], cptsId: cpts.record.id });
  });
}
