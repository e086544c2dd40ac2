import { addDays, reminderDue, responseDueOn } from '@maillon/domain';
import type { MtMatchingPorts } from './matching-run-ports.ts';
import { deliverMtMail, type QueuedMail, queueMtMail } from './mt-mail.ts';
import { moveProposal } from './proposal-moves.ts';
import { moveRequest } from './request-moves.ts';
import { followUpOf } from './waiting-list-input.ts';

/** What the periodic sweep needs: ports on the database, one transaction per change, the day. */
export interface SweepDeps {
  ports: MtMatchingPorts;
  transaction<T>(work: (ports: MtMatchingPorts) => Promise<T>): Promise<T>;
  now: Date;
  today: string;
}

export interface SweepReport {
  expired: number;
  gpReminders: number;
  responseReminders: number;
}

/** The longest reminder window a CPTS may set (follow-up.ts bounds proposalDays to 90). */
const MAX_WINDOW_DAYS = 90;

/**
 * The follow-up sweep (issue #9 item 5, docs/reference/mt-matching.md §3), run every few minutes
 * by every API process. Safe with several processes: an expiry is a conditional update (only the
 * process that moves the proposal re-queues the request), and a reminder is claimed once in
 * `mt_reminders` before its e-mail is written.
 * - a sent proposal past its deadline expires; its request goes back to the queue, seniority kept;
 * - a sent proposal near its deadline: the GP is reminded once;
 * - waiting requests near the CPTS's response commitment: the team is reminded once per request.
 */
export async function sweepFollowUps(deps: SweepDeps): Promise<SweepReport> {
  const report: SweepReport = { expired: 0, gpReminders: 0, responseReminders: 0 };
  const due = await deps.ports.mtMatching.sentDueBy(addDays(deps.today, MAX_WINDOW_DAYS), 500);
  for (const proposal of due) {
    const followUp = await followUpOf(deps.ports, proposal.cptsId);
    const expiresOn = proposal.expiresOn ?? deps.today;
    if (expiresOn < deps.today) {
      const done = await deps.transaction(async (ports) => {
        const current = await ports.mtMatching.proposal(proposal.id, { forUpdate: true });
        if (current?.status !== 'sent') return false;
        await moveProposal(ports, current, {
          to: 'expired',
          actor: 'sweep',
          authorId: null,
          now: deps.now,
          changes: { decidedOn: deps.today },
        });
        const request = await ports.mtRequests.get(current.requestId, { forUpdate: true });
        if (request?.status === 'proposed')
          await moveRequest(ports, request, {
            action: 'requeue',
            today: deps.today,
            now: deps.now,
            actorId: null,
            data: { proposalId: current.id, expired: true },
          });
        await ports.audit.record({
          action: 'update',
          entity: 'mtProposal',
          recordIds: [current.requestId],
          cptsId: current.cptsId,
          details: { expired: true },
        });
        return true;
      });
      if (done) report.expired += 1;
    } else if (reminderDue(expiresOn, deps.today, followUp)) {
      const queued: QueuedMail = [];
      const sent = await deps.transaction(async (ports) => {
        if (!(await ports.mtMatching.claimReminder({ subjectId: proposal.id, kind: 'gp-answer', cptsId: proposal.cptsId, at: deps.now })))
          return false;
        const gp = await ports.userIdentities.findUserByIdNatPs(proposal.idNatPs);
        const cpts = await ports.cpts.get(proposal.cptsId);
        if (gp)
          await queueMtMail(
            ports,
            {
              kind: 'mt-gp-reminder',
              to: gp.email,
              cptsId: proposal.cptsId,
              cptsName: cpts?.name ?? 'CPTS',
              now: deps.now,
            },
            queued,
          );
        return true;
      });
      await deliverMtMail(deps.ports, queued, () => deps.now);
      if (sent) report.gpReminders += 1;
    }
  }
  report.responseReminders = await remindResponses(deps);
  return report;
}

/** One e-mail to a CPTS's address per sweep listing nothing personal, once per request near its commitment. */
async function remindResponses(deps: SweepDeps): Promise<number> {
  let reminded = 0;
  for (const cpts of await deps.ports.cpts.list({})) {
    if (!cpts.email) continue;
    const followUp = await followUpOf(deps.ports, cpts.id);
    const waiting = await deps.ports.mtRequests.list(cpts.id, { statuses: ['waiting', 'proposed'] });
    const near = waiting.filter((r) => reminderDue(responseDueOn(r.requestedOn, followUp), deps.today, followUp));
    if (near.length === 0) continue;
    const queued: QueuedMail = [];
    const claimed = await deps.transaction(async (ports) => {
      let count = 0;
      for (const r of near)
        if (await ports.mtMatching.claimReminder({ subjectId: r.id, kind: 'response-due', cptsId: cpts.id, at: deps.now })) count += 1;
      if (count > 0)
        await queueMtMail(
          ports,
          {
            kind: 'mt-response-due',
            to: cpts.email as string,
            cptsId: cpts.id,
            cptsName: cpts.name,
            now: deps.now,
          },
          queued,
        );
      return count;
    });
    await deliverMtMail(deps.ports, queued, () => deps.now);
    reminded += claimed;
  }
  return reminded;
}
