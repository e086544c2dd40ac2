import {
  createCptsRepository,
  createGeographyRepository,
  createIdentityRepository,
  createTerritoryProposalsRepository,
  type Db,
} from '@maillon/db';
import type { CptsRepository, Principal, TerritoryIndex, TerritoryProposalsRepository } from '@maillon/domain';

/** The storage the territory use cases need (a port; createTerritoryStore is its Drizzle adapter). */
export interface TerritoryStore {
  cpts: Pick<CptsRepository, 'get' | 'unitCodes' | 'replaceTerritory' | 'territories' | 'history' | 'unitClaims'>;
  proposals: TerritoryProposalsRepository;
  /** Display names of these users; removed accounts are absent. */
  userNames(ids: readonly (string | null)[]): Promise<Map<string, string>>;
  regionNames(): Promise<Map<string, string>>;
  /** Runs `work` in one transaction: all of it is written, or nothing. */
  transaction<T>(work: (store: TerritoryStore) => Promise<T>): Promise<T>;
}

/** What a territory use case gets from a request. */
export interface TerritoryContext {
  store: TerritoryStore;
  index: TerritoryIndex;
  principal: Principal;
  now: Date;
  today: string;
}

export function createTerritoryStore(db: Db): TerritoryStore {
  const identity = createIdentityRepository(db);
  return {
    cpts: createCptsRepository(db),
    proposals: createTerritoryProposalsRepository(db),
    async userNames(ids) {
      const unique = [...new Set(ids.filter((id): id is string => id !== null))];
      const users = await Promise.all(unique.map((id) => identity.findUserById(id)));
      return new Map(users.flatMap((user) => (user ? [[user.id, user.displayName] as const] : [])));
    },
    async regionNames() {
      return new Map((await createGeographyRepository(db).regions()).map((r) => [r.code, r.name]));
    },
    transaction(work) {
      return db.transaction((tx) => work(createTerritoryStore(tx)));
    },
  };
}

/** Adds the store to a request context. */
export function withTerritoryStore<C extends { db: Db; index: TerritoryIndex; principal: Principal; now: Date; today: string }>(
  context: C,
): TerritoryContext {
  return {
    store: createTerritoryStore(context.db),
    index: context.index,
    principal: context.principal,
    now: context.now,
    today: context.today,
  };
}
