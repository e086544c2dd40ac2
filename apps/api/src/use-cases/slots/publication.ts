import type { PreviewDto, PublicationInput } from '@maillon/contracts';
import {
  checkSlotDraft,
  expandSeries,
  firstOverlap,
  formatDateTime,
  invalid,
  isWithinSnpHours,
  MAX_OCCURRENCES,
  type Occurrence,
  publicationHorizon,
  type SlotRecord,
  type SlotSeriesRecord,
  type SlotsRepository,
  zonedInstant,
} from '@maillon/domain';
import { type CurrentProfessional, currentProfessional, publishingPlace } from './current-professional.ts';
import type { SlotsContext } from './slots-ports.ts';

/** How many occurrences a preview lists (the total is given besides). */
const PREVIEW_SIZE = 10;

interface Plan {
  occurrences: Occurrence[];
  beyondHorizon: boolean;
  dtstart: Date;
}

/**
 * The occurrences a publication would create within the horizon, checked
 * (docs/reference/slots.md §1): duration 5–240 min, at least one channel, start in the future,
 * a readable RRULE, and no overlap with the professional's slots that are not withdrawn.
 */
async function plan(
  slots: Pick<SlotsRepository, 'liveSlotsMeeting'>,
  professional: CurrentProfessional,
  input: PublicationInput,
  now: Date,
): Promise<Plan> {
  const dtstart = zonedInstant(input.date, Number(input.time.slice(0, 2)), Number(input.time.slice(3, 5)));
  checkSlotDraft({ startAt: dtstart, durationMinutes: input.durationMinutes, visibility: input.visibility }, now, 'date');
  const horizon = publicationHorizon(now);
  let occurrences: Occurrence[];
  let beyondHorizon = false;
  if (input.rrule === null) {
    if (dtstart >= horizon) throw invalid('date', 'Un créneau se publie au plus 12 semaines à l’avance.');
    occurrences = [{ startAt: dtstart, endAt: new Date(dtstart.getTime() + input.durationMinutes * 60_000) }];
  } else {
    occurrences = expandSeries({ dtstart, rrule: input.rrule, durationMinutes: input.durationMinutes }, dtstart, horizon);
    if (occurrences.length === 0) throw invalid('rrule', 'Cette règle ne donne aucun créneau dans les 12 semaines à venir.');
    // Later occurrences are published day after day by the series extension (series-extension.ts).
    beyondHorizon =
      expandSeries(
        { dtstart, rrule: input.rrule, durationMinutes: input.durationMinutes },
        horizon,
        new Date(horizon.getTime() + 366 * 86_400_000),
        1,
      ).length > 0;
    if (occurrences.length >= MAX_OCCURRENCES) beyondHorizon = true;
  }
  const first = occurrences[0] as Occurrence;
  const last = occurrences[occurrences.length - 1] as Occurrence;
  const existing = await slots.liveSlotsMeeting(professional.idNatPs, first.startAt, last.endAt);
  const overlap = firstOverlap(occurrences, existing);
  if (overlap)
    throw invalid(
      'time',
      `Le créneau du ${formatDateTime(overlap.candidate.startAt)} chevauche un autre de vos créneaux (${formatDateTime(overlap.other.startAt)}).`,
    );
  return { occurrences, beyondHorizon, dtstart };
}

/** What a publication would create, without saving anything. */
export async function previewPublication(ctx: SlotsContext, input: PublicationInput): Promise<PreviewDto> {
  const professional = await currentProfessional(ctx.ports, ctx.principal);
  publishingPlace(professional, input.cptsId, input.unitCode);
  const { occurrences, beyondHorizon } = await plan(ctx.ports.slots, professional, input, ctx.now);
  return {
    total: occurrences.length,
    beyondHorizon,
    occurrences: occurrences.slice(0, PREVIEW_SIZE).map((o) => ({
      startAt: o.startAt.toISOString(),
      endAt: o.endAt.toISOString(),
      outsideSnpHours: !isWithinSnpHours(o),
    })),
  };
}

/**
 * Publishes a slot or a series. The professional's slots are read again inside the transaction
 * after locking nothing but their own rows: two publications of one professional racing each
 * other could both pass the overlap check, which only costs them a double slot they can withdraw.
 */
export async function publish(ctx: SlotsContext, input: PublicationInput): Promise<{ created: number; seriesId: string | null }> {
  const professional = await currentProfessional(ctx.ports, ctx.principal);
  const { practice } = publishingPlace(professional, input.cptsId, input.unitCode);
  return ctx.transaction(async (ports) => {
    const { occurrences, dtstart } = await plan(ports.slots, professional, input, ctx.now);
    const owner = {
      cptsId: input.cptsId,
      idNatPs: professional.idNatPs,
      displayName: professional.displayName,
      professionCode: professional.professionCode,
      specialtyCode: practice.specialtyCode,
      unitCode: practice.unitCode,
      address: practice.address,
      consultationType: input.consultationType,
      visibility: [...input.visibility],
    };
    let seriesId: string | null = null;
    if (input.rrule !== null) {
      seriesId = crypto.randomUUID();
      const series: SlotSeriesRecord = {
        ...owner,
        id: seriesId,
        dtstart,
        durationMinutes: input.durationMinutes,
        rrule: input.rrule.trim().replace(/^RRULE:/i, ''),
        tzid: 'Europe/Paris',
        createdBy: ctx.principal.userId,
        createdAt: ctx.now,
        endedAt: null,
        isDemo: false,
      };
      await ports.slots.insertSeries(series);
    }
    const created = await ports.slots.insertSlots(
      occurrences.map(
        (o): SlotRecord => ({
          ...owner,
          id: crypto.randomUUID(),
          seriesId,
          departementCode: practice.departementCode,
          startAt: o.startAt,
          endAt: o.endAt,
          status: 'free',
          heldUntil: null,
          createdAt: ctx.now,
          updatedAt: ctx.now,
          isDemo: false,
        }),
      ),
    );
    return { created, seriesId };
  });
}
