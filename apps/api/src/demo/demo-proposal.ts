import { createCptsRepository, createIdentityRepository, createTerritoryProposalsRepository, type Db } from '@maillon/db';
import { isActive, type TerritoryIndex } from '@maillon/domain';
import { systemAuditRecorder } from '../composition/audit-recorder.ts';
import { buildTerritorialContext } from '../composition/use-case-context.ts';
import { proposeTerritory } from '../use-cases/territory/change-territory.ts';

/**
 * Units to add to `territory`: its neighbours (by contours), else the other units of its
 * départements; one already claimed by another CPTS (an overlap to look at) and one unclaimed.
 */
function demoAdditions(index: TerritoryIndex, territory: readonly string[], claimed: ReadonlySet<string>): string[] {
  const mine = new Set(territory);
  const neighbours = new Set<string>();
  for (const code of territory) {
    const i = index.indexByCode.get(code) ?? -1;
    for (let k = index.adjacencyOffsets[i] ?? 0; k < (index.adjacencyOffsets[i + 1] ?? 0); k++) {
      const neighbour = index.units[index.adjacency[k] as number]?.code;
      if (neighbour && !mine.has(neighbour)) neighbours.add(neighbour);
    }
  }
  const departements = new Set(territory.map((code) => index.units[index.indexByCode.get(code) ?? -1]?.departementCode));
  const candidates =
    neighbours.size > 0
      ? [...neighbours]
      : index.units.filter((u) => departements.has(u.departementCode) && !mine.has(u.code)).map((u) => u.code);
  // The least populated first, so that the demo change stays plausible.
  const population = (code: string) => index.population[index.indexByCode.get(code) ?? -1] ?? 0;
  const pool = candidates.sort((a, b) => population(a) - population(b) || a.localeCompare(b));
  return [pool.find((code) => claimed.has(code)), pool.find((code) => !claimed.has(code))].filter((c): c is string => c !== undefined);
}

function demoComment(additions: readonly string[], claimed: ReadonlySet<string>): string {
  const overlapping = additions.filter((code) => claimed.has(code)).length;
  const what = additions.length > 1 ? `${additions.length} communes voisines rejoignent la CPTS` : 'une commune voisine rejoint la CPTS';
  if (overlapping === 0) return what;
  return `${what}, dont ${overlapping > 1 ? `${overlapping} déjà revendiquées` : 'une déjà revendiquée'} par une autre CPTS`;
}

/**
 * A pending territory proposal of the demo coordinator's CPTS (its letter of intent is
 * validated) for the demo ARS to accept or refuse. Idempotent: only while that CPTS has never
 * had a proposal.
 */
export async function ensureDemoProposal(db: Db, options: { coordinatorEmail: string; index: TerritoryIndex; now: Date; today: string }) {
  const users = createIdentityRepository(db);
  const coordinator = await users.findUserByEmail(options.coordinatorEmail);
  const grants = coordinator ? await users.grantsOf(coordinator.id) : [];
  const grant = grants.find((g) => g.role === 'coordinator');
  if (!coordinator || grant?.role !== 'coordinator') return;
  if ((await createTerritoryProposalsRepository(db).listOfCpts(grant.cptsId)).length > 0) return;
  const repo = createCptsRepository(db);
  const territories = await repo.territories();
  const territory = territories.find((t) => t.id === grant.cptsId)?.unitCodes ?? [];
  const claimed = new Set(territories.filter((t) => t.id !== grant.cptsId && isActive(t.stage)).flatMap((t) => t.unitCodes));
  const additions = demoAdditions(options.index, territory, claimed);
  if (additions.length === 0) return;
  const principal = { userId: coordinator.id, email: coordinator.email, displayName: coordinator.displayName, grants };
  await proposeTerritory(
    buildTerritorialContext({
      db,
      audit: systemAuditRecorder('données de démonstration', 'demo seed', () => options.now),
      index: options.index,
      principal,
      now: options.now,
      today: options.today,
    }),
    grant.cptsId,
    {
      units: [...territory, ...additions],
      comment: `Proposition de démonstration : ${demoComment(additions, claimed)}.`,
    },
  );
}
