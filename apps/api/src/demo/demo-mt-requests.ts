import { createCptsRepository, createIdentityRepository, createMtRequestsRepository, type Db } from '@maillon/db';
import { addDays, duplicateKey, type GpLossReason, type MtRequestRecord, type RequestSource, requestNumber } from '@maillon/domain';
import { systemAuditRecorder } from '../composition/audit-recorder.ts';

interface DemoPatient {
  lastName: string;
  firstName: string;
  birthDate: string;
  source: RequestSource;
  /** Days before today the request was filed. */
  age: number;
  ald?: boolean;
  c2s?: boolean;
  ame?: boolean;
  frailty?: boolean;
  homeVisits?: boolean;
  lost?: { daysAgo: number; reason: GpLossReason };
  contact: 'email' | 'phone' | 'none';
}

/**
 * Fictitious patients, obviously so ("Démo-…" surnames), from the three doors (public page, team
 * entry, CPAM list), with situations that fill every default priority group, and one person who
 * came by two doors (a duplicate to merge). Flagged is_demo.
 */
const PATIENTS: DemoPatient[] = [
  {
    lastName: 'Démo-Aubépine',
    firstName: 'Jeanne',
    birthDate: '1947-04-12',
    source: 'public',
    age: 94,
    ald: true,
    c2s: true,
    contact: 'email',
    lost: { daysAgo: 200, reason: 'retirement' },
  },
  {
    lastName: 'Démo-Bruyère',
    firstName: 'Marcel',
    birthDate: '1939-11-02',
    source: 'team',
    age: 61,
    ald: true,
    homeVisits: true,
    contact: 'phone',
    lost: { daysAgo: 90, reason: 'death' },
  },
  { lastName: 'Démo-Cerisier', firstName: 'Aïcha', birthDate: '1968-07-30', source: 'cpam', age: 45, ald: true, contact: 'none' },
  { lastName: 'Démo-Dahlia', firstName: 'Louis', birthDate: '1951-02-17', source: 'public', age: 30, contact: 'email' },
  { lastName: 'Démo-Églantine', firstName: 'Rose', birthDate: '1988-09-09', source: 'public', age: 12, c2s: true, contact: 'email' },
  {
    lastName: 'Démo-Frêne',
    firstName: 'Hugo',
    birthDate: '2014-05-21',
    source: 'team',
    age: 20,
    contact: 'phone',
    lost: { daysAgo: 40, reason: 'gpMoved' },
  },
  {
    lastName: 'Démo-Genêt',
    firstName: 'Paulette',
    birthDate: '1932-12-25',
    source: 'cpam',
    age: 120,
    ald: true,
    c2s: true,
    frailty: true,
    contact: 'none',
  },
  { lastName: 'Démo-Houx', firstName: 'Samir', birthDate: '1979-03-03', source: 'public', age: 8, ame: true, contact: 'phone' },
  {
    lastName: 'Démo-Iris',
    firstName: 'Claire',
    birthDate: '1944-08-14',
    source: 'cpam',
    age: 70,
    contact: 'none',
    lost: { daysAgo: 300, reason: 'retirement' },
  },
  // The same person by two doors: the public page first, then the CPAM list.
  { lastName: 'Démo-Jasmin', firstName: 'Émile', birthDate: '1956-06-06', source: 'public', age: 55, ald: true, contact: 'email' },
  { lastName: 'DEMO JASMIN', firstName: 'Emile', birthDate: '1956-06-06', source: 'cpam', age: 15, ald: true, contact: 'none' },
];

/**
 * Demo médecin-traitant requests in the demo coordinator's CPTS (issue #9 item 9). Idempotent:
 * nothing is added once the CPTS has a request.
 */
export async function ensureDemoMtRequests(db: Db, options: { coordinatorEmail: string; now: Date; today: string }): Promise<number> {
  const users = createIdentityRepository(db);
  const coordinator = await users.findUserByEmail(options.coordinatorEmail);
  const grant = coordinator ? (await users.grantsOf(coordinator.id)).find((g) => g.role === 'coordinator') : undefined;
  if (grant?.role !== 'coordinator') return 0;
  const cptsId = grant.cptsId;
  const repo = createMtRequestsRepository(db);
  if ((await repo.list(cptsId, {})).length > 0) return 0;
  const units = (await createCptsRepository(db).unitCodes(cptsId)).sort();
  if (units.length === 0) return 0;
  const audit = systemAuditRecorder('données de démonstration', 'demo seed', () => options.now);
  const ids: string[] = [];
  await db.transaction(async (tx) => {
    const requests = createMtRequestsRepository(tx);
    for (const [i, p] of PATIENTS.entries()) {
      // The duplicate pair lives in the same commune; the others spread over the territory.
      const unitCode = units[(p.lastName.toLowerCase().includes('jasmin') ? 0 : i) % units.length] as string;
      const requestedOn = addDays(options.today, -p.age);
      const identity = { lastName: p.lastName, firstName: p.firstName, birthDate: p.birthDate, unitCode };
      const slug = `${p.firstName}.${p.lastName}`
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z.]+/g, '-');
      const record: MtRequestRecord = {
        ...identity,
        id: crypto.randomUUID(),
        cptsId,
        number: requestNumber(Number(requestedOn.slice(0, 4)), crypto.getRandomValues(new Uint8Array(5))),
        status: 'waiting',
        source: p.source,
        email: p.contact === 'email' ? `${slug}@demo.maillon.fr` : null,
        phone: p.contact === 'phone' ? `06 00 00 00 ${String(10 + i).padStart(2, '0')}` : null,
        ald: p.ald ?? false,
        c2s: p.c2s ?? false,
        ame: p.ame ?? false,
        frailty: p.frailty ?? false,
        pregnancy: false,
        gpLostOn: p.lost ? addDays(options.today, -p.lost.daysAgo) : null,
        gpLossReason: p.lost?.reason ?? null,
        homeVisits: p.homeVisits ?? false,
        accessibilityNeeds: p.homeVisits ? 'Ne se déplace pas (démo).' : null,
        requestedOn,
        closedOn: null,
        mergedInto: null,
        duplicateKey: duplicateKey(identity),
        consentedAt: p.source === 'public' ? options.now : null,
        isDemo: true,
        createdAt: options.now,
        createdBy: null,
        updatedAt: options.now,
      };
      await requests.insert(record);
      await requests.addEvent({
        id: crypto.randomUUID(),
        requestId: record.id,
        at: options.now,
        actorId: null,
        kind: p.source === 'cpam' ? 'imported' : 'created',
        action: null,
        fromStatus: null,
        toStatus: null,
        detail: `Demande de démonstration (${p.source === 'public' ? 'page publique' : p.source === 'team' ? "saisie par l'équipe" : 'liste CPAM'})`,
        data: null,
      });
      ids.push(record.id);
    }
    await audit.record(tx, { action: 'create', entity: 'mtRequest', recordIds: ids, cptsId, details: { demo: true } });
  });
  return ids.length;
}
