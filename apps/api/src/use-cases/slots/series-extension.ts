import { expandSeries, firstOverlap, publicationHorizon, type SlotRecord, type SlotsRepository } from '@maillon/domain';

export interface SeriesExtensionDeps {
  slots: SlotsRepository;
  now: Date;
}

/** Series read per run; a larger platform is extended over several runs. */
const BATCH = 1000;

/**
 * Publishes the occurrences of running series that entered the 12-week horizon since the last
 * run (docs/reference/slots.md §1), run every few minutes by every API process. Idempotent and
 * safe with several processes: an occurrence already materialised — free, booked or withdrawn —
 * is skipped by the unique index `slots_series_occurrence` (migration 0019), so a withdrawn one
 * never comes back. An occurrence meeting another slot of the professional is not published; a
 * professional no longer in the directory gets no new slots.
 */
export async function extendSeries(deps: SeriesExtensionDeps): Promise<{ series: number; added: number }> {
  const horizon = publicationHorizon(deps.now);
  let added = 0;
  const running = await deps.slots.runningSeries(deps.now, BATCH);
  for (const series of running) {
    const to = series.endedAt && series.endedAt < horizon ? series.endedAt : horizon;
    const from = new Date(Math.max(series.dtstart.getTime(), deps.now.getTime()));
    if (from >= to) continue;
    const occurrences = expandSeries(series, from, to);
    if (occurrences.length === 0) continue;
    const professional = await deps.slots.professional(series.idNatPs);
    const practice = professional?.practices.find((p) => p.unitCode === series.unitCode);
    if (!practice) continue;
    const last = occurrences[occurrences.length - 1] as (typeof occurrences)[number];
    const others = (await deps.slots.liveSlotsMeeting(series.idNatPs, from, last.endAt)).filter((s) => s.seriesId !== series.id);
    const fresh = occurrences.filter((o) => firstOverlap([o], others) === null);
    added += await deps.slots.insertSlots(
      fresh.map(
        (o): SlotRecord => ({
          id: crypto.randomUUID(),
          cptsId: series.cptsId,
          seriesId: series.id,
          idNatPs: series.idNatPs,
          displayName: series.displayName,
          professionCode: series.professionCode,
          specialtyCode: series.specialtyCode,
          unitCode: series.unitCode,
          departementCode: practice.departementCode,
          address: series.address,
          consultationType: series.consultationType,
          visibility: series.visibility,
          startAt: o.startAt,
          endAt: o.endAt,
          status: 'free',
          heldUntil: null,
          createdAt: deps.now,
          updatedAt: deps.now,
          isDemo: series.isDemo,
        }),
      ),
    );
  }
  return { series: running.length, added };
}
