import { createCategories } from '../association-fixtures.ts';
import { as, type TestApp } from '../harness.ts';
import { buildWorld, type World } from '../world.ts';

/**
 * The world of authorisation tests plus one existing resource of each kind a path names
 * (member, category, body, mandate, assembly, resolution, invitation, plan, import run), so that a
 * bad request aims at real data: a too lax schema would then write, and the fingerprint would see it.
 */
export interface FuzzWorld extends World {
  ids: Record<string, string>;
}

export async function buildFuzzWorld(t: TestApp): Promise<FuzzWorld> {
  const w = await buildWorld(t);
  const coord = w.sessions.coordPaca;
  const call = async (method: 'POST' | 'PUT', url: string, payload: object, session = coord) => {
    const response = await t.app.inject({ method, url, payload, ...as(session) });
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const cpts = `/api/cpts/${w.cptsPaca}`;
  const categories = await createCategories(t, w.cptsPaca, coord);
  const member = await call('POST', `${cpts}/members`, {
    kind: 'structure',
    displayName: 'Maison de santé du fuzz',
    structureType: 'msp',
    categoryId: categories.structures,
    joinedOn: '2025-01-01',
  });
  const bodies = await call('POST', `${cpts}/bodies`, { kind: 'workingGroup', name: 'Groupe de travail', createdOn: '2025-01-01' });
  const body = bodies.items[0];
  const seated = await call('POST', `${cpts}/bodies/${body.id}/mandates`, { memberId: member.id, role: 'lead', startOn: '2025-02-01' });
  const assembly = await call('POST', `${cpts}/assemblies`, {
    kind: 'ordinary',
    title: 'Assemblée générale',
    scheduledAt: '2026-12-01T18:00:00+01:00',
    agenda: 'Rapport moral',
    resolutions: [{ title: 'Approbation du rapport moral' }],
  });
  await call('POST', `${cpts}/invitations`, { invitees: [{ kind: 'commune', id: '04001' }] });
  const invitations = (await t.app.inject({ method: 'GET', url: `${cpts}/invitations`, ...as(coord) })).json();
  const plan = await call(
    'POST',
    '/api/plans',
    { regionCode: '93', zoneKey: '04161', modality: 'other', owner: 'ARS PACA', dueOn: '2027-03-01' },
    w.sessions.arsPaca,
  );
  const run = await call('POST', '/api/directory/imports', { kind: 'rpps', sourceName: 'annuaire.txt' }, w.sessions.admin);
  return {
    ...w,
    ids: {
      memberId: member.id,
      categoryId: categories.voting,
      bodyId: body.id,
      mandateId: seated.items[0].mandates[0].id,
      assemblyId: assembly.id,
      resolutionId: assembly.resolutions[0].id,
      invitationId: invitations.items[0].id,
      planId: plan.id,
      importId: run.id,
    },
  };
}
