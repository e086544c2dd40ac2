import { sweepAction } from '@maillon/domain';
import { deliverProRequestMail, type QueuedMail, queueProRequestMail } from './pro-request-mail.ts';
import { broaden } from './pro-request-routing.ts';
import type { ProRequestsPorts } from './pro-requests-ports.ts';

export interface ProRequestSweepDeps {
  ports: ProRequestsPorts;
  transaction<T>(work: (ports: ProRequestsPorts) => Promise<T>): Promise<T>;
  now: Date;
}

export interface ProRequestSweepReport {
  broadened: number;
  escalated: number;
  expired: number;
}

/**
 * The periodic sweep of requests between professionals (docs/reference/pro-requests.md §5):
 * broaden after the usual professional's delay, escalate to the coordination team at X % of
 * the time, expire at the deadline. Safe with several processes: each step locks the row and
 * re-checks it, and every change is conditional on the request still being open.
 */
export async function sweepProRequests(deps: ProRequestSweepDeps): Promise<ProRequestSweepReport> {
  const report: ProRequestSweepReport = { broadened: 0, escalated: 0, expired: 0 };
  for (const due of await deps.ports.proRequests.due(deps.now)) {
    const queued: QueuedMail = [];
    await deps.transaction(async (ports) => {
      // Up to three steps (broaden, escalate, expire) for a request left long unswept.
      for (let step = 0; step < 3; step++) {
        const request = await ports.proRequests.get(due.id, { forUpdate: true });
        if (!request) return;
        const action = sweepAction(request, deps.now);
        if (action === null) return;
        if (action === 'expire') {
          if (!(await ports.proRequests.update(request.id, { status: 'expired' }))) return;
          await ports.proRequests.addEvent({ requestId: request.id, at: deps.now, kind: 'expired', idNatPs: null, reason: null });
          report.expired++;
        } else if (action === 'broaden') {
          if (!(await ports.proRequests.update(request.id, { stage: 'broad' }))) return;
          const count = await broaden(ports, request, deps.now, queued);
          await ports.proRequests.addEvent({
            requestId: request.id,
            at: deps.now,
            kind: 'broadened',
            idNatPs: null,
            reason: `${count} destinataire(s)`,
          });
          report.broadened++;
        } else {
          if (!(await ports.proRequests.update(request.id, { escalatedAt: deps.now }))) return;
          await ports.proRequests.addEvent({ requestId: request.id, at: deps.now, kind: 'escalated', idNatPs: null, reason: null });
          const cpts = await ports.cpts.get(request.cptsId);
          if (cpts?.email)
            await queueProRequestMail(
              ports,
              { kind: 'pro-request-escalated', to: cpts.email, cptsId: cpts.id, cptsName: cpts.name, now: deps.now },
              queued,
            );
          report.escalated++;
        }
        await ports.audit.record({
          action: 'update',
          entity: 'proRequest',
          recordIds: [request.id],
          cptsId: request.cptsId,
          details: { sweep: action },
        });
      }
    });
    await deliverProRequestMail(deps.ports, queued, () => new Date());
  }
  return report;
}
