import type { TestApp } from './harness.ts';
import { TEST_NOW } from './harness.ts';

/** A public form as a person fills it (fictitious demo person), opened a minute before TEST_NOW. */
export function publicForm(cptsId: string, overrides: Record<string, unknown> = {}) {
  return {
    cptsId,
    lastName: 'Démo-Lefèvre',
    firstName: 'Élodie',
    birthDate: '1950-03-04',
    unitCode: '04070',
    email: 'elodie.demo@exemple.fr',
    phone: '',
    ald: true,
    c2s: true,
    gpLostOn: '2026-06-01',
    gpLossReason: 'retirement',
    consent: true,
    website: '',
    openedAt: TEST_NOW.getTime() - 60_000,
    ...overrides,
  };
}

/** Files a public request from an address; returns its number. */
export async function filePublicRequest(
  t: TestApp,
  cptsId: string,
  options: { address?: string; overrides?: Record<string, unknown> } = {},
) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/public/medecin-traitant/demandes',
    payload: publicForm(cptsId, options.overrides),
    remoteAddress: options.address ?? '198.51.100.10',
  });
  if (response.statusCode !== 201) throw new Error(`public request: ${response.statusCode} ${response.body}`);
  return response.json().number as string;
}
