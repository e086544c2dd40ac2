import { createIdentityRepository, createProRequestsRepository, createSpecialistRequestsRepository, type Db } from '@maillon/db';
import {
  SPECIALIST_SPECIALTY_CODES,
  type SpecialistKind,
  type SpecialistRequestRecord,
  type SpecialistTarget,
  specialistDeadline,
} from '@maillon/domain';
import { DEMO_GP_ACCOUNTS } from './demo-matching.ts';

const HOUR = 3_600_000;

/** The demo's requests: one answered in time, one answered late, one open past its deadline, one open in time. */
const SAMPLES: { kind: SpecialistKind; target: SpecialistTarget; agoHours: number; answeredAfterHours: number | null; need: string }[] = [
  { kind: 'opinion', target: 'h48', agoHours: 120, answeredAfterHours: 20, need: 'Avis sur un ECG de contrôle (démo)' },
  { kind: 'opinion', target: 'h48', agoHours: 200, answeredAfterHours: 70, need: 'Lésion cutanée à évaluer (démo)' },
  { kind: 'opinion', target: 'h48', agoHours: 96, answeredAfterHours: null, need: 'Conduite à tenir après bilan (démo)' },
  { kind: 'consultation', target: 'd7', agoHours: 24, answeredAfterHours: null, need: 'Consultation de suivi à programmer (démo)' },
];

export interface DemoSpecialist {
  specialtyCode: string;
  idNatPs: string;
  displayName: string;
}

/** One specialist per specialty among the CPTS's active members (never the author), in the order of SPECIALIST_SPECIALTY_CODES. */
export async function demoSpecialists(db: Db, cptsId: string, authorIdNatPs: string): Promise<DemoSpecialist[]> {
  const pros = createProRequestsRepository(db);
  const specialists: DemoSpecialist[] = [];
  for (const code of SPECIALIST_SPECIALTY_CODES) {
    const found = (await pros.candidates(cptsId, '10', code)).find((c) => c.idNatPs !== authorIdNatPs);
    if (found) specialists.push({ specialtyCode: code, idNatPs: found.idNatPs, displayName: found.displayName });
  }
  return specialists;
}

/**
 * Demo specialist requests (issue #10 item 6, docs/reference/specialist-access.md) in the demo
 * coordinator's CPTS, from the demo GP to the specialties its active members practise, when the
 * demo directory gave it specialists; everything `is_demo`. Seeded once.
 */
export async function ensureDemoSpecialistRequests(db: Db, options: { coordinatorEmail: string; now: Date }): Promise<number> {
  const users = createIdentityRepository(db);
  const pros = createProRequestsRepository(db);
  const repo = createSpecialistRequestsRepository(db);
  const coordinator = await users.findUserByEmail(options.coordinatorEmail);
  const grant = coordinator ? (await users.grantsOf(coordinator.id)).find((g) => g.role === 'coordinator') : undefined;
  if (grant?.role !== 'coordinator') return 0;
  const cptsId = grant.cptsId;
  if ((await repo.ofCpts(cptsId)).some((r) => r.isDemo)) return 0;
  const gpUser = await users.findUserByEmail(DEMO_GP_ACCOUNTS[0]);
  const author = gpUser?.idNatPs ? await pros.professional(gpUser.idNatPs) : null;
  if (!author) return 0;
  const specialists = await demoSpecialists(db, cptsId, author.idNatPs);
  if (specialists.length === 0) return 0;
  for (const [i, sample] of SAMPLES.entries()) {
    // The open ones go to the first specialty: the demo specialist account's (demo-specialist.ts) inbox.
    const specialist = (sample.answeredAfterHours === null ? specialists[0] : specialists[i % specialists.length]) as DemoSpecialist;
    const createdAt = new Date(options.now.getTime() - sample.agoHours * HOUR);
    const answeredAt = sample.answeredAfterHours === null ? null : new Date(createdAt.getTime() + sample.answeredAfterHours * HOUR);
    const record: SpecialistRequestRecord = {
      id: crypto.randomUUID(),
      cptsId,
      authorIdNatPs: author.idNatPs,
      authorName: author.displayName,
      specialtyCode: specialist.specialtyCode,
      kind: sample.kind,
      target: sample.target,
      patient: { initials: ['A.B.', 'C.D.', 'E.F.', 'G.H.'][i] ?? 'X.Y.', ageBand: '60-74', sex: i % 2 ? 'F' : 'M', need: sample.need },
      status: answeredAt ? 'answered' : 'open',
      createdAt,
      deadlineAt: specialistDeadline(createdAt, sample.target),
      settledByIdNatPs: answeredAt ? specialist.idNatPs : null,
      settledByName: answeredAt ? specialist.displayName : null,
      settledAt: answeredAt,
      answerText: answeredAt ? 'Avis de démonstration : pas de signe de gravité, contrôle dans trois mois.' : null,
      bookingId: null,
      achievedAt: answeredAt,
      cancelledAt: null,
      isDemo: true,
    };
    await repo.insert(record);
  }
  return SAMPLES.length;
}
