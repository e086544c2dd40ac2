import type { Bundle, Slot } from '@medplum/fhirtypes';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_FHIR_TOKEN } from '../apps/api/src/demo/demo-fhir.ts';
import { DEMO_GP_ACCOUNTS } from '../apps/api/src/demo/demo-matching.ts';
import { DEMO_ACCOUNTS } from '../apps/api/src/demo/demo-seed.ts';
import { demoJourney } from './support/demo-journey.ts';

const parisToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const weekdayOf = (date: string) => ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
const french = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const DAY_CODES = ['', 'Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi'];
/** A FHIR instant as the day and the time in Paris: "2026-12-03 11:00". */
const parisWhen = (instant: string | undefined) => {
  const date = new Date(instant ?? '');
  const dayPart = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(date);
  const timePart = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(date);
  return `${dayPart} ${timePart}`;
};

interface SlotUse {
  total: { booked: number; offered: number };
}

/**
 * Issue #10, "Done means": a GP publishes SNP slots, a regulator finds the nearest one for a
 * patient's commune and books it, the GP sees it, the slot-use view counts it, and the SAS FHIR
 * Slot search returns the booked slot as busy and the other as free. All through the interface
 * of the demo (and /fhir with the demo SAS client's token), in Paris time.
 */
describe('unscheduled care journey: publication, regulation, booking, feedback, FHIR', () => {
  const { url, pageAs, expectAccessible } = demoJourney({ timezoneId: 'Europe/Paris', locale: 'fr-FR' });
  // Next weekday (never today), 11:00 Paris: the demo GP has no slot at that hour.
  let day = addDays(parisToday(), 1);
  while (weekdayOf(day) > 5) day = addDays(day, 1);
  const nextWeek = addDays(day, 7);
  let cptsId = '';
  let idNatPs = '';
  let practice = { unitCode: '', townLabel: '' as string | null };
  let bookedBefore = 0;

  const slotUse = async (page: Page): Promise<SlotUse> =>
    (await page.request.get(`${url()}/api/cpts/${cptsId}/slot-use?from=${parisToday()}&to=${nextWeek}`)).json();
  const fhirSlots = async (page: Page) => {
    const start = `ge${day}T00:00:00%2B01:00&start=le${addDays(nextWeek, 1)}T00:00:00%2B01:00`;
    const response = await page.request.get(
      `${url()}/fhir/Slot?start=${start}&schedule.actor:Practitioner.identifier=urn:oid:1.2.250.1.71.4.2.1|${idNatPs}&status=free,busy`,
      { headers: { authorization: `Bearer ${DEMO_FHIR_TOKEN}`, accept: 'application/fhir+json' } },
    );
    expect(response.status()).toBe(200);
    const bundle = (await response.json()) as Bundle;
    return (bundle.entry ?? []).map((e) => e.resource).filter((r): r is Slot => r?.resourceType === 'Slot');
  };

  it('lets the demo GP publish SNP slots for the regulators, after their preview', async () => {
    const gp = await pageAs(DEMO_GP_ACCOUNTS[0]);
    await gp.goto(`${url()}/creneaux`);
    await gp.getByTestId('slots-list').waitFor();
    const mine = await (await gp.request.get(`${url()}/api/slots/mine`)).json();
    cptsId = mine.cpts[0].id;
    idNatPs = mine.professional.idNatPs;
    practice = mine.professional.practices.find((p: { unitCode: string }) => mine.cpts[0].unitCodes.includes(p.unitCode));

    const form = gp.getByTestId('publish-form');
    await form.getByLabel('À partir du').fill(french(day));
    await form.getByLabel('Heure de début (heure de Paris)').fill('11:00');
    await form.getByLabel(DAY_CODES[weekdayOf(day)] as string).check();
    await form.getByLabel('Nombre de semaines').fill('2');
    // SNP only: the regulators' channel, checked by default.
    expect(await form.getByTestId('channel-SNP').isChecked()).toBe(true);
    for (const other of ['PUBLIC', 'PRO', 'CPTS']) expect(await form.getByTestId(`channel-${other}`).isChecked()).toBe(false);
    await form.getByTestId('publish-preview-button').click();
    await gp.getByTestId('publish-preview').getByText('2 créneaux dans les 12 semaines à venir').waitFor();
    await form.getByTestId('publish-submit').click();
    await gp.getByTestId('slots-notice').getByText('2 créneaux publiés.').waitFor();
    await expectAccessible(gp);

    const slots = await fhirSlots(gp);
    expect(slots.filter((s) => s.status === 'free').map((s) => parisWhen(s.start))).toEqual(
      expect.arrayContaining([`${day} 11:00`, `${nextWeek} 11:00`]),
    );
  });

  it('lets the regulator find the nearest free slot for the patient’s commune and book it', async () => {
    const team = await pageAs(DEMO_ACCOUNTS.coordinator);
    bookedBefore = (await slotUse(team)).total.booked;

    const regulator = await pageAs(DEMO_ACCOUNTS.regulator);
    await regulator.goto(`${url()}/regulation`);
    const commune = regulator.getByTestId('patient-commune');
    await commune.fill(practice.unitCode);
    await regulator.getByRole('option', { name: new RegExp(`\\(${practice.unitCode}\\)`) }).click();
    await regulator.getByText(`Choisie : `, { exact: false }).waitFor();
    await regulator.getByLabel('Dans les').first().click();
    await regulator.getByRole('option', { name: '7 jours' }).click();
    await regulator.getByTestId('search-slots').click();
    await regulator.getByTestId('slot-results').waitFor();
    await expectAccessible(regulator);

    // The GP practises in the patient's commune: their slot is at the smallest distance listed.
    const rows = regulator.getByTestId('slot-row');
    const distances = (await rows.locator('td:nth-child(2)').allTextContents()).map((t) => Number.parseFloat(t.replace(',', '.')));
    const ours = rows.filter({ hasText: `${french(day)} à 11:00` });
    await ours.first().waitFor();
    const ourDistance = Number.parseFloat(((await ours.first().locator('td:nth-child(2)').textContent()) ?? '').replace(',', '.'));
    expect(ourDistance).toBe(Math.min(...distances.filter((d) => !Number.isNaN(d))));
    await ours
      .first()
      .getByRole('button', { name: /Réserver/ })
      .click();

    const patient = regulator.getByRole('form', { name: 'Identité du patient' });
    await patient.waitFor();
    await regulator.getByTestId('hold-countdown').waitFor();
    await regulator.getByTestId('patient-last-name').fill('Démo-Parcours');
    await regulator.getByTestId('patient-first-name').fill('Camille');
    await regulator.getByTestId('patient-birth-date').fill('14/03/1961');
    await regulator.getByTestId('patient-phone').fill('06 12 34 56 78');
    await expectAccessible(regulator);
    await regulator.getByTestId('confirm-booking').click();
    await regulator.getByTestId('booking-confirmed').waitFor();
    expect(await regulator.getByTestId('booking-confirmed').textContent()).toContain('11:00');
    expect(await regulator.getByTestId('bookings').textContent()).toContain('Démo-Parcours');
  });

  it('shows the booking to the GP, and the slot-use view counts it', async () => {
    const gp = await pageAs(DEMO_GP_ACCOUNTS[0]);
    await gp.goto(`${url()}/creneaux/rendez-vous`);
    const bookings = gp.getByTestId('bookings');
    await bookings.getByText('Démo-Parcours').waitFor();
    expect(await bookings.textContent()).toContain('Camille');
    await expectAccessible(gp);

    const team = await pageAs(DEMO_ACCOUNTS.coordinator);
    await team.goto(`${url()}/cpts/${cptsId}/usage-creneaux`);
    await team.getByTestId('slot-use-total').waitFor();
    await team.getByTestId('slot-use-from').fill(french(parisToday()));
    await team.getByTestId('slot-use-to').fill(french(nextWeek));
    await team.getByTestId('slot-use-apply').click();
    await team
      .getByTestId('slot-use-period')
      .getByText(`au ${french(nextWeek)}`)
      .waitFor();
    expect(await team.getByTestId('total-booked').textContent()).toBe(String(bookedBefore + 1));
    await expectAccessible(team);
  });

  it('answers the SAS FHIR Slot search with the booked slot busy and the other free', async () => {
    const gp = await pageAs(DEMO_GP_ACCOUNTS[0]);
    const statuses = Object.fromEntries((await fhirSlots(gp)).map((s) => [parisWhen(s.start), s.status]));
    expect(statuses[`${day} 11:00`]).toBe('busy');
    expect(statuses[`${nextWeek} 11:00`]).toBe('free');
  });
});
