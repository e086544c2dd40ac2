import { type CpamLine, duplicateKey, type MtRequestEventRecord, type MtRequestRecord, parseCpamCsv } from '@maillon/domain';
import { assertTeam } from './desk-access.ts';
import type { MtRequestsContext, MtRequestsPorts } from './mt-requests-ports.ts';
import { freshNumbers, newRequestRecord } from './public-door.ts';
import { eventRecord } from './request-events.ts';

interface Planned {
  line: number;
  value: CpamLine;
  outcome: 'new' | 'existing';
}

/**
 * Reads a CPAM list against the CPTS's requests (docs/reference/mt-requests.md §5): a line whose
 * person (name, birth date, commune) already has a request, from any door and in any status,
 * is "existing" and left as it is; so is a repeat within the file. A re-import therefore never
 * duplicates and never erases.
 */
async function plan(ports: Pick<MtRequestsPorts, 'mtRequests' | 'cpts'>, cptsId: string, content: string, today: string) {
  const parsed = parseCpamCsv(content, today);
  const territory = new Set(await ports.cpts.unitCodes(cptsId));
  const rejections = [...parsed.rejections];
  const inTerritory = parsed.lines.filter((l) => {
    if (territory.has(l.value.unitCode)) return true;
    rejections.push({ line: l.line, field: 'unitCode', message: 'Commune hors du territoire de la CPTS.' });
    return false;
  });
  const keys = inTerritory.map((l) => duplicateKey(l.value));
  const known = new Set((await ports.mtRequests.byDuplicateKeys(cptsId, keys)).map((r) => r.duplicateKey));
  const planned: Planned[] = inTerritory.map((l, i) => {
    const key = keys[i] as string;
    const outcome = known.has(key) ? 'existing' : 'new';
    known.add(key);
    return { ...l, outcome };
  });
  rejections.sort((a, b) => a.line - b.line);
  return { columns: parsed.columns, planned, rejections, territory };
}

function report(p: Awaited<ReturnType<typeof plan>>, applied: boolean) {
  return {
    applied,
    columns: p.columns,
    created: p.planned.filter((l) => l.outcome === 'new').length,
    existing: p.planned.filter((l) => l.outcome === 'existing').length,
    rejections: p.rejections,
    sample: p.planned.slice(0, 20).map((l) => ({
      line: l.line,
      lastName: l.value.lastName,
      firstName: l.value.firstName,
      birthDate: l.value.birthDate,
      unitCode: l.value.unitCode,
      outcome: l.outcome,
    })),
  };
}

/** Preview: what the import would do, nothing written (the reading is recorded: it shows names). */
export async function previewCpamImport(ctx: MtRequestsContext, cptsId: string, input: { content: string; fileName: string }) {
  assertTeam(ctx.principal, cptsId);
  const p = await plan(ctx.ports, cptsId, input.content, ctx.today);
  await ctx.ports.audit.record({
    action: 'read',
    entity: 'mtRequest',
    recordIds: [],
    cptsId,
    details: { phase: 'cpam-preview', lines: p.planned.length + p.rejections.length },
  });
  return report(p, false);
}

/** Applies the list: creates the new lines' requests (source "cpam"), in one transaction. */
export async function applyCpamImport(ctx: MtRequestsContext, cptsId: string, input: { content: string; fileName: string }) {
  assertTeam(ctx.principal, cptsId);
  return ctx.transaction(async (ports) => {
    const p = await plan(ports, cptsId, input.content, ctx.today);
    // A CPAM list holds thousands of lines: numbers, requests and history are written in
    // batches, not one round trip each.
    const lines = p.planned.filter((x) => x.outcome === 'new');
    const numbers = await freshNumbers(ports, Number(ctx.today.slice(0, 4)), lines.length);
    const created: MtRequestRecord[] = [];
    const events: MtRequestEventRecord[] = [];
    for (const [i, l] of lines.entries()) {
      const record = await newRequestRecord(
        { ports, now: ctx.now, today: ctx.today },
        {
          cptsId,
          input: { ...l.value, frailty: false, pregnancy: false, homeVisits: false, accessibilityNeeds: null },
          source: 'cpam',
          createdBy: ctx.principal.userId,
          territory: p.territory,
          number: numbers[i] as string,
        },
      );
      created.push(record);
      events.push(
        eventRecord({
          requestId: record.id,
          at: ctx.now,
          actorId: ctx.principal.userId,
          kind: 'imported',
          detail: `Importée de la liste CPAM « ${input.fileName} », ligne ${l.line}`,
        }),
      );
    }
    await ports.mtRequests.insertMany(created);
    await ports.mtRequests.addEvents(events);
    await ports.audit.record({
      action: 'import',
      entity: 'mtRequest',
      recordIds: created.map((r) => r.id),
      cptsId,
      details: { phase: 'cpam-apply', created: created.length, rejected: p.rejections.length },
    });
    return report(p, true);
  });
}
