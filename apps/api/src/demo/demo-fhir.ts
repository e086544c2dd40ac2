import { type Db, schema } from '@maillon/db';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { fhirTokenHash } from '../use-cases/fhir/fhir-client-auth.ts';

/**
 * Demo mode of the SAS FHIR interface (docs/reference/slots.md §4): the SAS names a CPTS by
 * 1 + FINESS, so demo CPTS without one get a demo FINESS (`99` + seven digits: no département
 * is 99, so it can never be a real establishment's number), and a demo SAS client with a
 * published token lets anyone try /fhir, like the demo accounts' published password.
 */
export const DEMO_FHIR_TOKEN = 'demo-sas-maillon-jeton-de-demonstration-0001';
export const DEMO_FHIR_CLIENT_NAME = 'SAS (démo)';

export async function ensureDemoFhir(db: Db, now: Date): Promise<void> {
  const withoutFiness = await db
    .select({ id: schema.cpts.id })
    .from(schema.cpts)
    .where(and(eq(schema.cpts.isDemo, true), isNull(schema.cpts.finess)))
    .orderBy(asc(schema.cpts.name));
  const taken = (await db.select({ finess: schema.cpts.finess }).from(schema.cpts)).map((c) => c.finess);
  let next = 1;
  for (const c of withoutFiness) {
    let finess = `99${String(next).padStart(7, '0')}`;
    while (taken.includes(finess)) finess = `99${String(++next).padStart(7, '0')}`;
    next++;
    await db.update(schema.cpts).set({ finess }).where(eq(schema.cpts.id, c.id));
  }
  const tokenHash = fhirTokenHash(DEMO_FHIR_TOKEN);
  const existing = await db
    .select({ id: schema.fhirClients.id })
    .from(schema.fhirClients)
    .where(eq(schema.fhirClients.tokenHash, tokenHash));
  if (existing.length === 0)
    await db.insert(schema.fhirClients).values({
      id: crypto.randomUUID(),
      name: DEMO_FHIR_CLIENT_NAME,
      tokenHash,
      departementCodes: null,
      createdAt: now,
      isDemo: true,
    });
}

/** Outside demo mode the demo SAS client must not open /fhir. */
export async function removeDemoFhirClients(db: Db): Promise<void> {
  await db.delete(schema.fhirClients).where(eq(schema.fhirClients.isDemo, true));
}
