import type { StagedActivity, StagedProfessional } from '@maillon/domain';
import { createUnitResolver, invalid, type RppsActivityParser, rppsActivityParser } from '@maillon/domain';
import type { LineHandler } from './line-import.ts';
import type { ReaderContext } from './reader-context.ts';

/**
 * Reads PS_LibreAcces_Personne_activite (docs/reference/directory.md §2) into the run's staging rows: people and
 * activities (a key listed twice keeps its last line), practice commune resolved from the INSEE
 * code or postal code + town, activities outside the loaded geography rejected with the reason,
 * and, for a territory upload, activities outside the CPTS's units left aside.
 */
export async function rppsReader(context: ReaderContext): Promise<LineHandler> {
  const resolve = createUnitResolver(await context.ports.geography.units(), await context.ports.communeCodes.formerCodes());
  const scope = context.scopeUnits ? new Set(context.scopeUnits) : null;
  const stats = { resolvedByCode: 0, resolvedByFormerCode: 0, resolvedByPostalCode: 0, outsideGeography: 0, outsideScope: 0 };
  let parser: RppsActivityParser | null = null;
  // A person's lines follow one another in the file: the person is staged once, from their last
  // line (the later line wins), and held back from a batch until their lines are over, so that a
  // batch boundary does not stage them twice. A key listed twice further apart is rare and the
  // staging stream keeps its last row. Activities are staged as read, duplicates left to the stream.
  let people: StagedProfessional[] = [];
  let activities: StagedActivity[] = [];
  return {
    stats,
    line(text, lineNumber) {
      if (!parser) {
        const header = rppsActivityParser(text);
        if (!header.ok) throw invalid('file', `Fichier RPPS non reconnu (ligne ${lineNumber}) : ${header.reason}.`);
        parser = header.value;
        return { skipped: true };
      }
      const parsed = parser.parse(text);
      if (!parsed.ok) return { reason: parsed.reason };
      const a = parsed.value;
      const resolution = resolve(a.communeCode, a.postalCode, a.townLabel);
      if (resolution.unitCode === null) {
        stats.outsideGeography++;
        return { reason: `activité hors géographie chargée : ${resolution.reason}` };
      }
      if (scope && !scope.has(resolution.unitCode)) {
        stats.outsideScope++;
        return { skipped: true };
      }
      if (resolution.via === 'code') stats.resolvedByCode++;
      else if (resolution.via === 'formerCode') stats.resolvedByFormerCode++;
      else stats.resolvedByPostalCode++;
      const person: StagedProfessional = {
        idNatPs: a.idNatPs,
        idType: a.idType,
        identifier: a.identifier,
        civility: a.civility,
        lastName: a.lastName,
        firstName: a.firstName,
        professionCode: a.professionCode,
        professionLabel: a.professionLabel,
        categoryCode: a.categoryCode,
        isDemo: context.isDemo,
      };
      if (people.length > 0 && (people[people.length - 1] as StagedProfessional).idNatPs === a.idNatPs) people[people.length - 1] = person;
      else people.push(person);
      activities.push({
        idNatPs: a.idNatPs,
        activityKey: a.activityKey,
        professionCode: a.professionCode,
        modeCode: a.modeCode,
        modeLabel: a.modeLabel,
        specialtyCode: a.specialtyCode,
        specialtyLabel: a.specialtyLabel,
        generalPractice: a.generalPractice,
        siret: a.siret,
        finessSite: a.finessSite,
        finessLegal: a.finessLegal,
        structureId: a.structureId,
        structureName: a.structureName,
        address: a.address,
        postalCode: a.postalCode,
        unitCode: resolution.unitCode,
        townLabel: a.townLabel,
        phone: a.phone,
        email: a.email,
      });
      return { accepted: true };
    },
    pending: () => activities.length,
    drain() {
      const batchPeople = people;
      const batchActivities = activities;
      const last = batchPeople.pop();
      people = last ? [last] : [];
      activities = [];
      return async (staging) => {
        await staging.stageProfessionals(batchPeople);
        await staging.stageActivities(batchActivities);
      };
    },
    async finish(staging) {
      if (!parser) throw invalid('file', 'Fichier vide : aucune ligne d’en-tête.');
      await staging.stageProfessionals(people);
      people = [];
    },
  };
}
