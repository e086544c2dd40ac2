import { type Db, schema } from '@maillon/db';

/**
 * Test support: writes directory rows straight into the tables the RPPS and FINESS importers
 * fill, so that diagnostic and engagement tests do not depend on the importers.
 */
export interface FixtureProfessional {
  idNatPs: string;
  lastName: string;
  firstName?: string;
  professionCode: string;
  professionLabel: string;
  present?: boolean;
  activities: FixtureActivity[];
}

export interface FixtureActivity {
  unitCode: string;
  generalPractice?: boolean;
  specialtyLabel?: string;
  present?: boolean;
  structureName?: string;
  phone?: string;
  email?: string;
}

export interface FixtureEstablishment {
  finessSite: string;
  name: string;
  kind: string;
  unitCode: string;
  present?: boolean;
}

export async function insertProfessionals(db: Db, people: readonly FixtureProfessional[], now: Date): Promise<void> {
  if (people.length === 0) return;
  await db.insert(schema.professionals).values(
    people.map((p) => ({
      idNatPs: p.idNatPs,
      idType: '8',
      identifier: p.idNatPs.slice(1),
      civility: 'DR',
      lastName: p.lastName,
      firstName: p.firstName ?? 'Camille',
      professionCode: p.professionCode,
      professionLabel: p.professionLabel,
      present: p.present ?? true,
      updatedAt: now,
    })),
  );
  const activities = people.flatMap((p) =>
    p.activities.map((a, i) => ({
      idNatPs: p.idNatPs,
      activityKey: `${a.unitCode}-${i}`,
      professionCode: p.professionCode,
      specialtyLabel: a.specialtyLabel ?? null,
      generalPractice: a.generalPractice ?? false,
      structureName: a.structureName ?? `Cabinet ${p.lastName}`,
      address: '1 place de la Mairie',
      postalCode: '04000',
      unitCode: a.unitCode,
      townLabel: null,
      phone: a.phone ?? null,
      email: a.email ?? null,
      present: a.present ?? true,
    })),
  );
  if (activities.length) await db.insert(schema.professionalActivities).values(activities);
}

export async function insertEstablishments(db: Db, rows: readonly FixtureEstablishment[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(schema.establishments).values(
    rows.map((e) => ({
      finessSite: e.finessSite,
      name: e.name,
      categoryCode: '000',
      kind: e.kind,
      unitCode: e.unitCode,
      present: e.present ?? true,
    })),
  );
}

export async function insertImportRun(
  db: Db,
  run: { kind: string; sourceName: string; status: 'applied' | 'failed'; finishedAt: Date },
): Promise<void> {
  await db.insert(schema.importRuns).values({
    id: crypto.randomUUID(),
    kind: run.kind,
    sourceName: run.sourceName,
    status: run.status,
    startedAt: new Date(run.finishedAt.getTime() - 60_000),
    finishedAt: run.finishedAt,
  });
}
