import { schema } from '@maillon/db';
import type { TestApp } from './harness.ts';

/** A slot row for tests of regulation and booking (publication is H4's, docs/reference/slots.md §1). */
export async function addSlot(
  t: TestApp,
  options: {
    cptsId: string;
    unitCode: string;
    startAt: Date;
    idNatPs?: string;
    displayName?: string;
    visibility?: string[];
    consultationType?: string;
    departementCode?: string;
    status?: string;
  },
): Promise<string> {
  const id = crypto.randomUUID();
  await t.ctx.database.db.insert(schema.slots).values({
    id,
    cptsId: options.cptsId,
    idNatPs: options.idNatPs ?? '810000000301',
    displayName: options.displayName ?? 'Dr Camille Martin',
    professionCode: '10',
    specialtyCode: 'SM54',
    unitCode: options.unitCode,
    departementCode: options.departementCode ?? options.unitCode.slice(0, 2),
    address: '3 rue des Tests',
    startAt: options.startAt,
    endAt: new Date(options.startAt.getTime() + 15 * 60_000),
    consultationType: options.consultationType ?? 'office',
    visibility: options.visibility ?? ['SNP'],
    status: options.status ?? 'free',
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  return id;
}
