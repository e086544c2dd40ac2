import { type Db, schema } from '@maillon/db';
import { type FixtureProfessional, insertEstablishments, insertProfessionals } from './directory-rows.ts';

/**
 * Test support for engagement: a small directory on the PACA test territory (Digne 04070,
 * Aiglun 04001, Méolans-Revel 04161) and members of the CPTS written straight into `members`
 * (the members feature owns their life cycle; engagement only reads them).
 */
export const ENGAGEMENT_PEOPLE: FixtureProfessional[] = [
  {
    idNatPs: '810000000001',
    lastName: 'Arnaud',
    professionCode: '10',
    professionLabel: 'Médecin',
    activities: [
      { unitCode: '04070', generalPractice: true, specialtyLabel: 'Médecine générale' },
      { unitCode: '04001', generalPractice: true },
    ],
  },
  {
    idNatPs: '810000000002',
    lastName: 'Bernard',
    professionCode: '10',
    professionLabel: 'Médecin',
    activities: [
      {
        unitCode: '04070',
        generalPractice: true,
        specialtyLabel: 'Médecine générale',
        structureName: 'Cabinet du Pied de Ville',
        phone: '04 92 31 00 00',
        email: 'cabinet.piedville@exemple.fr',
      },
    ],
  },
  {
    idNatPs: '810000000003',
    lastName: 'Chabert',
    professionCode: '10',
    professionLabel: 'Médecin',
    activities: [{ unitCode: '04070', specialtyLabel: 'Cardiologie' }],
  },
  { idNatPs: '810000000004', lastName: 'Durand', professionCode: '60', professionLabel: 'Infirmier', activities: [{ unitCode: '04001' }] },
  { idNatPs: '810000000005', lastName: 'Estève', professionCode: '60', professionLabel: 'Infirmier', activities: [{ unitCode: '04112' }] },
];

export interface FixtureMember {
  kind: 'professional' | 'structure';
  displayName: string;
  status: 'requested' | 'active' | 'refused' | 'left';
  idNatPs?: string;
  finessSite?: string;
  structureType?: string;
  unitCode?: string;
  joinedOn?: string;
  leftOn?: string;
  contactEmail?: string;
}

export async function insertMembers(db: Db, cptsId: string, rows: readonly FixtureMember[], now: Date): Promise<void> {
  await db.insert(schema.members).values(
    rows.map((m) => ({
      id: crypto.randomUUID(),
      cptsId,
      kind: m.kind,
      idNatPs: m.idNatPs ?? null,
      finessSite: m.finessSite ?? null,
      structureType: m.structureType ?? null,
      displayName: m.displayName,
      status: m.status,
      requestedAt: now,
      joinedOn: m.joinedOn ?? null,
      leftOn: m.leftOn ?? null,
      contactEmail: m.contactEmail ?? null,
      unitCode: m.unitCode ?? null,
    })),
  );
}

/** Secret contact of a member: no engagement route may ever show it. */
export const MEMBER_SECRET_EMAIL = 'contact.personnel@exemple.fr';

export async function seedEngagement(db: Db, cpts: { paca: string; ara: string }, now: Date): Promise<void> {
  await insertProfessionals(db, ENGAGEMENT_PEOPLE, now);
  await insertEstablishments(db, [
    { finessSite: '040000001', name: 'Pharmacie du Pré de Foire', kind: 'pharmacy', unitCode: '04070' },
    { finessSite: '040000003', name: 'MSP des Duyes', kind: 'msp', unitCode: '04001' },
    { finessSite: '040000004', name: 'EHPAD de Manosque', kind: 'ehpad', unitCode: '04112' },
  ]);
  await insertMembers(
    db,
    cpts.paca,
    [
      {
        kind: 'professional',
        displayName: 'Dr Arnaud',
        status: 'active',
        idNatPs: '810000000001',
        joinedOn: '2026-09-15',
        contactEmail: MEMBER_SECRET_EMAIL,
      },
      { kind: 'professional', displayName: 'Dr Chabert', status: 'requested', idNatPs: '810000000003' },
      {
        kind: 'professional',
        displayName: 'M. Durand',
        status: 'left',
        idNatPs: '810000000004',
        joinedOn: '2026-08-01',
        leftOn: '2026-10-10',
      },
      { kind: 'professional', displayName: 'Mme Hors-annuaire', status: 'active', joinedOn: '2026-10-01' },
      {
        kind: 'structure',
        displayName: 'MSP des Duyes',
        status: 'active',
        finessSite: '040000003',
        structureType: 'msp',
        joinedOn: '2026-09-01',
      },
      {
        kind: 'structure',
        displayName: 'Association des usagers du Pays dignois',
        status: 'active',
        structureType: 'patientAssociation',
        joinedOn: '2026-09-01',
      },
      { kind: 'structure', displayName: 'Commune de Digne-les-Bains', status: 'requested', structureType: 'commune', unitCode: '04070' },
    ],
    now,
  );
  await insertMembers(
    db,
    cpts.ara,
    [{ kind: 'professional', displayName: 'Dr Bernard', status: 'active', idNatPs: '810000000002', joinedOn: '2026-01-01' }],
    now,
  );
}
