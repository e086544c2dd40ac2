import { SPECIALIST_SPECIALTIES } from '@maillon/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_GP_ACCOUNTS } from '../apps/api/src/demo/demo-matching.ts';
import { DEMO_ACCOUNTS } from '../apps/api/src/demo/demo-seed.ts';
import { demoJourney } from './support/demo-journey.ts';

/**
 * Issue #10 item 6 journey: the demo GP follows the demo specialist requests and asks a new
 * opinion through the form; the coordination team reads the share within target per specialty
 * on the CPTS page; the demo specialist answers the open opinion and books the consultation in
 * one of their dedicated slots, and the GP reads both (docs/reference/specialist-access.md).
 */
describe('specialist requests journey', () => {
  const { url, pageAs, expectAccessible } = demoJourney();
  let cptsId = '';

  it('lets the demo GP follow the demo requests and ask a new opinion', async () => {
    const gp = await pageAs(DEMO_GP_ACCOUNTS[0]);
    await gp.goto(`${url()}/avis-specialises`);
    await gp.getByTestId('specialist-request').first().waitFor();
    expect(await gp.getByTestId('specialist-request').count()).toBe(4);
    await gp.getByText('Délai obtenu : 20 h — dans le délai cible').waitFor();
    await gp.getByText('En retard sur le délai cible').waitFor();
    await expectAccessible(gp);

    const mine = await (await gp.request.get(`${url()}/api/specialist-requests`)).json();
    const specialtyCode = mine.posted[0].specialtyCode as string;
    cptsId = mine.posted[0].cptsId as string;
    const pick = async (label: string, option: string) => {
      await gp
        .getByLabel(new RegExp(`^${label}`))
        .first()
        .click();
      await gp.getByRole('option', { name: option, exact: true }).click();
    };
    await pick('Spécialité', SPECIALIST_SPECIALTIES[specialtyCode as keyof typeof SPECIALIST_SPECIALTIES]);
    await pick('Type de demande', 'Avis (réponse écrite)');
    await pick('Délai cible', 'Sous 48 h');
    await gp.getByLabel(/^Initiales du patient/).fill('K.L.');
    await pick('Tranche d’âge', '40-59 ans');
    await gp.getByLabel(/^Question posée au spécialiste/).fill('Avis sur un traitement à adapter');
    await gp.getByRole('button', { name: 'Envoyer la demande' }).click();
    await gp.getByText('Avis sur un traitement à adapter').waitFor();
    expect(await gp.getByTestId('specialist-request').count()).toBe(5);
    await expectAccessible(gp);
  });

  it('shows the team the share within target per specialty on the CPTS page', async () => {
    const team = await pageAs(DEMO_ACCOUNTS.coordinator);
    await team.goto(`${url()}/cpts/${cptsId}`);
    const card = team.getByTestId('specialist-indicator');
    await card.waitFor();
    expect(await card.getByRole('row', { name: /Toutes spécialités/ }).textContent()).toMatch(/33,3\s%/);
    await expectAccessible(team);
  });

  it('lets the demo specialist answer an opinion and book a consultation, which the GP then reads', async () => {
    const specialist = await pageAs(DEMO_ACCOUNTS.specialist);
    await specialist.goto(`${url()}/avis-specialises`);
    const opinion = specialist.getByTestId('specialist-request').filter({ hasText: 'Conduite à tenir après bilan (démo)' });
    await opinion.waitFor();
    await expectAccessible(specialist);
    await opinion.getByLabel('Votre avis').fill('Poursuivre le traitement, contrôle biologique dans un mois.');
    await opinion.getByRole('button', { name: 'Envoyer l’avis' }).click();
    await specialist.getByText(/Poursuivre le traitement, contrôle biologique dans un mois\./).waitFor();

    const consultation = specialist.getByTestId('specialist-request').filter({ hasText: 'Consultation de suivi à programmer (démo)' });
    await consultation.getByLabel('Un de vos créneaux dédiés').click();
    await specialist.getByRole('option').first().click();
    await consultation.getByRole('button', { name: 'Réserver ce créneau' }).click();
    await consultation.getByText(/^Consultation le /).waitFor();
    await expectAccessible(specialist);

    const gp = await pageAs(DEMO_GP_ACCOUNTS[0]);
    await gp.goto(`${url()}/avis-specialises`);
    await gp.getByText(/Poursuivre le traitement, contrôle biologique dans un mois\./).waitFor();
    const booked = gp.getByTestId('specialist-request').filter({ hasText: 'Consultation de suivi à programmer (démo)' });
    await booked.getByText(/^Consultation le /).waitFor();
  });
});
