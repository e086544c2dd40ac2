import {
  createUnitResolver,
  invalid,
  type RppsActivityParser,
  type RppsLineBytes,
  rppsActivityParser,
  rppsLineBytes,
  StagedRowWriter,
  writeStagedActivity,
  writeStagedProfessional,
} from '@maillon/domain';
import type { LineHandler, LineOutcome } from './line-import.ts';
import type { ReaderContext } from './reader-context.ts';

/**
 * Reads PS_LibreAcces_Personne_activite (docs/reference/directory.md §2) into the run's staging rows: people and
 * activities (a key listed twice keeps its last line), practice commune resolved from the INSEE
 * code or postal code + town, activities outside the loaded geography rejected with the reason,
 * and, for a territory upload, activities outside the CPTS's units left aside.
 */
export async function rppsReader(context: ReaderContext): Promise<LineHandler> {
  const resolve = createUnitResolver(await context.ports.geography.units(), await context.ports.communeCodes.formerCodes());
  const scope = context.scopeUnits ? new Set(context.scopeUnits) : null;
  const stats = { resolvedByCode: 0, resolvedByFormerCode: 0, resolvedByPostalCode: 0, outsideGeography: 0, outsideScope: 0 };
  let parser: RppsActivityParser | null = null;
  let lane: RppsLineBytes | null = null;
  // Rows are kept as the COPY text the staging tables take (staged-rows.ts), not as objects.
  // A person's lines follow one another in the file: the person is staged once, from their last
  // line (the later line wins), held in `person` until their lines are over, so that a batch
  // boundary does not stage them twice. A key listed twice further apart is rare and the
  // staging stream keeps its last row. Activities are staged as read, duplicates left to the stream.
  let people = new StagedRowWriter();
  let activities = new StagedRowWriter(1 << 18);
  const person = new StagedRowWriter(1 << 10);
  let personId: string | null = null;
  /** The line's person is `id`: the previous one, now complete, joins the batch; `person` is emptied for this one. */
  const nextPerson = (id: string) => {
    if (personId !== null && personId !== id) people.append(person);
    person.clear();
    personId = id;
  };
  const countVia = (via: 'code' | 'formerCode' | 'postalCode') => {
    if (via === 'code') stats.resolvedByCode++;
    else if (via === 'formerCode') stats.resolvedByFormerCode++;
    else stats.resolvedByPostalCode++;
  };

  function line(text: string, lineNumber: number): LineOutcome {
    if (!parser) {
      const header = rppsActivityParser(text);
      if (!header.ok) throw invalid('file', `Fichier RPPS non reconnu (ligne ${lineNumber}) : ${header.reason}.`);
      parser = header.value;
      lane = rppsLineBytes(parser.layout);
      return { skipped: true };
    }
    const parsed = parser.parse(text);
    if (!parsed.ok) return { reason: parsed.reason };
    const a = parsed.value;
    const resolution = resolve(a.communeCode, a.postalCode, a.townLabel);
    if (resolution.unitCode === null) {
      stats.outsideGeography++;
      return { reason: `activité hors géographie chargée : ${resolution.reason}` };
    }
    if (scope && !scope.has(resolution.unitCode)) {
      stats.outsideScope++;
      return { skipped: true };
    }
    countVia(resolution.via);
    nextPerson(a.idNatPs);
    writeStagedProfessional(person, { ...a, isDemo: context.isDemo });
    writeStagedActivity(activities, { ...a, unitCode: resolution.unitCode });
    return { accepted: true };
  }

  /** The common line read from its bytes (rpps-line-bytes.ts); any other goes through `line`. */
  function lineBytes(bytes: Buffer, start: number, end: number, lineNumber: number): LineOutcome | null {
    if (lane?.read(bytes, start, end)) {
      const { starts, ends, slots } = lane;
      const resolution = resolve(
        textOf(bytes, starts, ends, slots.communeCode),
        textOf(bytes, starts, ends, slots.postal),
        textOf(bytes, starts, ends, slots.town),
      );
      // Outside the geography: `line` gives the rejection and its reason.
      if (resolution.unitCode !== null) {
        if (scope && !scope.has(resolution.unitCode)) {
          stats.outsideScope++;
          return SKIPPED;
        }
        countVia(resolution.via);
        nextPerson(bytes.toString('latin1', starts[slots.idNatPs], ends[slots.idNatPs]));
        lane.writeProfessional(person, context.isDemo);
        lane.writeActivity(activities, resolution.unitCode);
        return ACCEPTED;
      }
    }
    const decoded = bytes.toString('utf8', start, end);
    return decoded.trim() === '' ? null : line(decoded, lineNumber);
  }

  return {
    stats,
    line,
    lineBytes,
    pending: () => activities.rows,
    drain() {
      const batchPeople = people.take();
      const batchActivities = activities.take();
      return async (staging) => {
        await staging.stageProfessionalRows(batchPeople);
        await staging.stageActivityRows(batchActivities);
      };
    },
    async finish(staging) {
      if (!parser) throw invalid('file', 'Fichier vide : aucune ligne d’en-tête.');
      if (personId !== null) people.append(person);
      personId = null;
      await staging.stageProfessionalRows(people.take());
      people = new StagedRowWriter(1 << 10);
      activities = new StagedRowWriter(1 << 10);
    },
  };
}

const ACCEPTED: LineOutcome = { accepted: true };
const SKIPPED: LineOutcome = { skipped: true };

/** A field of the line read, as a string (null when empty). */
function textOf(bytes: Buffer, starts: Int32Array, ends: Int32Array, slot: number): string | null {
  const start = starts[slot] as number;
  const end = ends[slot] as number;
  return start === end ? null : bytes.toString('utf8', start, end);
}
