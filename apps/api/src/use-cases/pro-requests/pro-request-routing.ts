import { eligibleProfessionals, matchingGeography, type ProRequestOffer, type ProRequestRecord } from '@maillon/domain';
import { type QueuedMail, queueProRequestMail } from './pro-request-mail.ts';
import type { ProRequestsPorts } from './pro-requests-ports.ts';

/** Offers a request to these professionals and e-mails them (inside the caller's transaction). */
export async function offerTo(
  ports: ProRequestsPorts,
  request: ProRequestRecord,
  people: readonly { idNatPs: string; displayName: string }[],
  now: Date,
  queued: QueuedMail,
): Promise<void> {
  const already = new Set((await ports.proRequests.offers(request.id)).map((o) => o.idNatPs));
  const fresh = people.filter((p) => !already.has(p.idNatPs));
  const offers: ProRequestOffer[] = fresh.map((p) => ({
    requestId: request.id,
    idNatPs: p.idNatPs,
    displayName: p.displayName,
    offeredAt: now,
    declinedAt: null,
  }));
  await ports.proRequests.addOffers(offers);
  const cpts = await ports.cpts.get(request.cptsId);
  for (const p of fresh) {
    const user = await ports.userIdentities.findUserByIdNatPs(p.idNatPs);
    if (user)
      await queueProRequestMail(
        ports,
        { kind: 'pro-request-offered', to: user.email, cptsId: request.cptsId, cptsName: cpts?.name ?? 'votre CPTS', now },
        queued,
      );
  }
}

/**
 * Broadens a request to every eligible professional nearby: CPTS members of the profession,
 * practice within reach (km between centroids when known, else tiers), not the author
 * (docs/reference/pro-requests.md §3).
 */
export async function broaden(ports: ProRequestsPorts, request: ProRequestRecord, now: Date, queued: QueuedMail): Promise<number> {
  const candidates = await ports.proRequests.candidates(request.cptsId, request.professionCode, request.specialtyCode);
  const involved = [request.unitCode, ...candidates.flatMap((c) => c.unitCodes)];
  const geography = matchingGeography(await ports.mtMatching.matchingUnits(involved), involved);
  const eligible = eligibleProfessionals(candidates, request.authorIdNatPs, request.unitCode, (from, to) => ({
    km: geography.km(from, to),
    tier: geography.tier(from, to),
  }));
  await offerTo(ports, request, eligible, now, queued);
  return eligible.length;
}
