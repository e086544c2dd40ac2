import { randomBytes } from 'node:crypto';
import { createFhirRepository, type Db, schema } from '@maillon/db';
import type { ConsultationType, SlotChannel, SlotStatus } from '@maillon/domain';
import { eq } from 'drizzle-orm';
import { fhirTokenHash } from '../src/use-cases/fhir/fhir-client-auth.ts';

/** Test data of the SAS FHIR interface (docs/reference/slots.md §4): slots, CPTS FINESS, clients. */
export async function addSlot(
  db: Db,
  slot: {
    cptsId: string;
    idNatPs: string;
    unitCode: string;
    departementCode: string;
    start: string;
    minutes?: number;
    status?: SlotStatus;
    visibility?: SlotChannel[];
    consultationType?: ConsultationType;
    displayName?: string;
    heldUntil?: Date | null;
  },
): Promise<string> {
  const id = crypto.randomUUID();
  const start = new Date(slot.start);
  const now = new Date('2026-11-01T00:00:00Z');
  await db.insert(schema.slots).values({
    id,
    cptsId: slot.cptsId,
    idNatPs: slot.idNatPs,
    displayName: slot.displayName ?? `Dr ${slot.idNatPs}`,
    professionCode: '10',
    specialtyCode: 'SM54',
    unitCode: slot.unitCode,
    departementCode: slot.departementCode,
    address: '1 place de la Mairie',
    startAt: start,
    endAt: new Date(start.getTime() + (slot.minutes ?? 20) * 60_000),
    consultationType: slot.consultationType ?? 'office',
    visibility: slot.visibility ?? ['SNP', 'PRO'],
    status: slot.status ?? 'free',
    heldUntil: slot.heldUntil ?? null,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

export async function setCptsFiness(db: Db, cptsId: string, finess: string | null): Promise<void> {
  await db.update(schema.cpts).set({ finess }).where(eq(schema.cpts.id, cptsId));
}

export async function addFhirClient(db: Db, name: string, departementCodes: string[] | null): Promise<{ id: string; token: string }> {
  const token = randomBytes(32).toString('base64url');
  const id = crypto.randomUUID();
  await createFhirRepository(db).addClient({
    id,
    name,
    tokenHash: fhirTokenHash(token),
    departementCodes,
    createdAt: new Date('2026-11-01T00:00:00Z'),
  });
  return { id, token };
}

export async function slotStatus(db: Db, id: string): Promise<string | undefined> {
  const rows = await db.select({ status: schema.slots.status }).from(schema.slots).where(eq(schema.slots.id, id));
  return rows[0]?.status;
}

export async function sasBookings(db: Db, slotId: string) {
  return db.select().from(schema.slotBookings).where(eq(schema.slotBookings.slotId, slotId));
}
