import type { Session, TestApp } from './harness.ts';

/**
 * A small world for authorisation tests: PACA (93) and Auvergne-Rhône-Alpes (84), staff of
 * each, one CPTS in each region with its coordinator, and the platform admin.
 */
export interface World {
  cptsPaca: string;
  cptsAra: string;
  sessions: {
    admin: Session;
    arsPaca: Session;
    cpamPaca: Session;
    arsAra: Session;
    coordPaca: Session;
    coordAra: Session;
  };
}

/** Three communes of Alpes-de-Haute-Provence (PACA): Digne-les-Bains, Aiglun, Méolans-Revel. */
export const PACA_UNITS = ['04070', '04001', '04161'];
/** Three communes of the Ain (Auvergne-Rhône-Alpes): Bourg-en-Bresse, Saint-Denis-lès-Bourg, Viriat. */
export const ARA_UNITS = ['01053', '01344', '01451'];

export async function buildWorld(t: TestApp): Promise<World> {
  const cptsPaca = await t.addCpts({ name: 'CPTS test Digne', regionCode: '93', stage: 'contact', units: PACA_UNITS });
  const cptsAra = await t.addCpts({ name: 'CPTS test Bourg', regionCode: '84', stage: 'operating', units: ARA_UNITS });
  await t.addUser('admin@test.fr', [{ role: 'admin' }]);
  await t.addUser('ars.paca@test.fr', [{ role: 'ars', regionCode: '93' }]);
  await t.addUser('cpam.paca@test.fr', [{ role: 'cpam', regionCode: '93', departementCode: '04' }]);
  await t.addUser('ars.ara@test.fr', [{ role: 'ars', regionCode: '84' }]);
  await t.addUser('coord.paca@test.fr', [{ role: 'coordinator', cptsId: cptsPaca }]);
  await t.addUser('coord.ara@test.fr', [{ role: 'coordinator', cptsId: cptsAra }]);
  const [admin, arsPaca, cpamPaca, arsAra, coordPaca, coordAra] = await Promise.all(
    ['admin', 'ars.paca', 'cpam.paca', 'ars.ara', 'coord.paca', 'coord.ara'].map((n) => t.login(`${n}@test.fr`)),
  );
  return {
    cptsPaca,
    cptsAra,
    sessions: {
      admin: admin as Session,
      arsPaca: arsPaca as Session,
      cpamPaca: cpamPaca as Session,
      arsAra: arsAra as Session,
      coordPaca: coordPaca as Session,
      coordAra: coordAra as Session,
    },
  };
}
