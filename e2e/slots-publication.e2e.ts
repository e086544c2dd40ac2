import { describe, expect, it } from 'vitest';
import { DEMO_GP_ACCOUNTS } from '../apps/api/src/demo/demo-matching.ts';
import { DEMO_ACCOUNTS } from '../apps/api/src/demo/demo-seed.ts';
import { demoJourney } from './support/demo-journey.ts';

const parisToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const weekdayOf = (date: string) => ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
const french = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * Issue #10 item 1 journey: the demo GP publishes a recurring SNP series through the form (with
 * its preview), sees it in their week; the coordination team sees the rota's gaps and the offer.
 */
describe('slot publication journey', () => {
  const { url, pageAs, expectAccessible } = demoJourney();
  let cptsId = '';

  it('lets the demo GP publish a weekly SNP series after its preview and see it in their week', async () => {
    const gp = await pageAs(DEMO_GP_ACCOUNTS[0]);
    await gp.goto(`${url()}/creneaux`);
    await gp.getByTestId('slots-list').waitFor();
    // The demo slots are there, labelled demo.
    await gp.getByTestId('slot-row').first().waitFor();
    await expectAccessible(gp);
    const mine = await (await gp.request.get(`${url()}/api/slots/mine`)).json();
    cptsId = mine.cpts[0].id;

    // Next Friday (never today): the demo GP has no slot at noon on Fridays.
    const today = parisToday();
    let friday = addDays(today, 1);
    while (weekdayOf(friday) !== 5) friday = addDays(friday, 1);
    const form = gp.getByTestId('publish-form');
    await form.getByLabel('À partir du').fill(french(friday));
    await form.getByLabel('Heure de début (heure de Paris)').fill('12:00');
    await form.getByLabel('Vendredi').check();
    await form.getByLabel('Nombre de semaines').fill('2');
    await form.getByTestId('publish-preview-button').click();
    const preview = gp.getByTestId('publish-preview');
    await preview.getByText('2 créneaux dans les 12 semaines à venir').waitFor();
    await expectAccessible(gp);
    await form.getByTestId('publish-submit').click();
    await gp.getByTestId('slots-notice').getByText('2 créneaux publiés.').waitFor();

    const monday = addDays(today, 1 - weekdayOf(today));
    if (addDays(friday, 1 - weekdayOf(friday)) !== monday) await gp.getByTestId('next-week').click();
    const row = gp.getByTestId('slot-row').filter({ hasText: '12:00–12:20' });
    await row.waitFor();
    expect(await row.textContent()).toContain('SNP');
    await gp.getByRole('heading', { name: 'Mes séries récurrentes' }).scrollIntoViewIfNeeded();
    expect(await gp.getByTestId('series-list').textContent()).toContain('FREQ=WEEKLY;BYDAY=FR;COUNT=2');
  });

  it('shows the team its rota with the uncovered hours and the offer in counts', async () => {
    const team = await pageAs(DEMO_ACCOUNTS.coordinator);
    await team.goto(`${url()}/cpts/${cptsId}/garde`);
    await team.getByTestId('rota-gaps').getByText('Non couvert').first().waitFor();
    await team.getByTestId('rota-shifts').waitFor();
    await expectAccessible(team);
    await team.goto(`${url()}/cpts/${cptsId}/creneaux`);
    await team.getByTestId('offer-table').waitFor();
    await expectAccessible(team);
  });
});
