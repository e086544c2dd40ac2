import { createAssociationAssembliesRepository, type Db } from '@maillon/db';
import type { AssemblyRecord, CategoryRecord, MemberRecord, ResolutionRecord, VoterRecord } from '@maillon/domain';
import { type AttendanceChange, applyAttendance, computeQuorum, decideVote, type MajorityRule } from '@maillon/domain';

interface AssembliesSeed {
  cptsId: string;
  now: Date;
  today: string;
  /** Active members of voting colleges. */
  voters: readonly MemberRecord[];
  categories: readonly CategoryRecord[];
}

const at = (day: string, time: string) => new Date(`${day}T${time}:00Z`);

function shift(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function assemblyOf(
  seed: AssembliesSeed,
  a: Pick<AssemblyRecord, 'title' | 'scheduledAt' | 'agenda' | 'status'> & { convenedOn: string },
): AssemblyRecord {
  return {
    id: crypto.randomUUID(),
    cptsId: seed.cptsId,
    kind: 'ordinary',
    title: a.title,
    scheduledAt: a.scheduledAt,
    location: 'Salle du conseil, maison des associations (démo)',
    agenda: a.agenda,
    status: a.status,
    quorumPercent: 25,
    maxProxiesPerHolder: 2,
    majorityRule: 'simple',
    convenedAt: at(a.convenedOn, '09:00'),
    closedAt: null,
    minutes: null,
  };
}

function resolutionsOf(assemblyId: string, items: readonly { title: string; rule?: MajorityRule }[]): ResolutionRecord[] {
  return items.map((r, i) => ({
    id: crypto.randomUUID(),
    assemblyId,
    position: i + 1,
    title: r.title,
    text: null,
    majorityRule: r.rule ?? 'simple',
    votesFor: null,
    votesAgainst: null,
    votesAbstain: null,
    outcome: null,
    votedAt: null,
  }));
}

function votersOf(seed: AssembliesSeed, members: readonly MemberRecord[]): VoterRecord[] {
  const names = new Map(seed.categories.map((c) => [c.id, c.name]));
  return members.map((m) => ({
    memberId: m.id,
    displayName: m.displayName,
    categoryName: names.get(m.categoryId ?? '') ?? null,
    attendance: 'absent',
    proxyHolderId: null,
  }));
}

/**
 * The demo's assemblies: last spring's ordinary assembly, held with its quorum, votes and
 * minutes, and the next one, convened for next month.
 */
export async function seedDemoAssemblies(db: Db, seed: AssembliesSeed): Promise<void> {
  const repo = createAssociationAssembliesRepository(db);
  const year = Number(seed.today.slice(0, 4));
  const heldOn = shift(seed.today, -150);
  const entitled = seed.voters.filter((m) => (m.joinedOn ?? '') < heldOn);
  if (entitled.length > 0) {
    const past = assemblyOf(seed, {
      title: `Assemblée générale ordinaire ${year} (démo)`,
      scheduledAt: at(heldOn, '16:30'),
      agenda: `1. Rapport moral et d'activité\n2. Comptes de l'exercice ${year - 1}\n3. Montant des cotisations\n4. Projet de maison médicale de garde`,
      status: 'closed',
      convenedOn: shift(heldOn, -21),
    });
    const resolutions = resolutionsOf(past.id, [
      { title: "Approbation du rapport moral et d'activité" },
      { title: `Approbation des comptes de l'exercice ${year - 1}` },
      { title: 'Maintien des cotisations annuelles' },
      { title: 'Création d’une maison médicale de garde portée par la CPTS', rule: 'twoThirds' },
    ]);
    // Two in five come in person, one in five gives a proxy to someone present (two at most each).
    const present = entitled.filter((_, i) => i % 5 < 2);
    const changes: AttendanceChange[] = present.map((m) => ({ memberId: m.id, attendance: 'present' }));
    entitled
      .filter((_, i) => i % 5 === 2)
      .forEach((m, i) => {
        const holder = present[Math.floor(i / 2)];
        if (holder) changes.push({ memberId: m.id, attendance: 'represented', proxyHolderId: holder.id });
      });
    const voters = applyAttendance(votersOf(seed, entitled), changes, past.maxProxiesPerHolder);
    const quorum = computeQuorum(voters, past.quorumPercent);
    const tallies = [
      [0.85, 0.05],
      [0.8, 0.05],
      [0.7, 0.2],
      [0.55, 0.35],
    ] as const;
    resolutions.forEach((r, i) => {
      const [shareFor, shareAgainst] = tallies[i] ?? [0.5, 0.5];
      const votesFor = Math.round(quorum.voices * shareFor);
      const votesAgainst = Math.min(quorum.voices - votesFor, Math.round(quorum.voices * shareAgainst));
      const tally = { votesFor, votesAgainst, votesAbstain: quorum.voices - votesFor - votesAgainst };
      Object.assign(r, tally, { outcome: quorum.reached ? decideVote(tally, r.majorityRule, quorum) : null, votedAt: at(heldOn, '17:30') });
    });
    const closed = {
      ...past,
      closedAt: at(heldOn, '18:45'),
      minutes: 'Débats tenus dans un climat constructif ; questions diverses sur la permanence des soins (démo).',
    };
    await repo.create(closed, voters, resolutions);
  }
  const nextOn = shift(seed.today, 30);
  const next = assemblyOf(seed, {
    title: `Assemblée générale extraordinaire ${year} (démo)`,
    scheduledAt: at(nextOn, '17:30'),
    agenda: "1. Modification des statuts : collège des usagers\n2. Élection complémentaire au conseil d'administration",
    status: 'convened',
    convenedOn: seed.today,
  });
  const extraordinary = { ...next, kind: 'extraordinary' as const };
  await repo.create(
    extraordinary,
    votersOf(seed, seed.voters),
    resolutionsOf(next.id, [
      { title: 'Création d’un collège des usagers', rule: 'twoThirds' },
      { title: "Élection complémentaire au conseil d'administration" },
    ]),
  );
}
