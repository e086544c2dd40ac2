import { invalid } from '../errors.ts';
import { formatDate } from '../format/index.ts';
import { isIsoDate } from '../lifecycle/dates.ts';
import type { SizeCategory } from '../territory/size-category.ts';
import type { AciReference, AciReferenceVersion, AmountEntry, MissionTerms } from './aci-version.ts';
import { amountEntry, missionTerms } from './aci-version.ts';
import type { AciMission, AmountItem, AmountPart } from './missions.ts';
import { type Sourced, VALUE_STATUSES, type ValueSource, type ValueStatus } from './reference-value.ts';
import { ACI_EARLIEST_SIGNATURE } from './seed.ts';
import { versionsByDate } from './version-at.ts';

/** Which value of the reference an edit targets. */
export type ReferenceKey =
  | { kind: 'amount'; versionId: string; sizeCategory: SizeCategory; item: AmountItem; part: AmountPart }
  | { kind: 'effectiveFrom'; versionId: string }
  | { kind: 'missionMonths'; versionId: string; mission: AciMission; step: 'start' | 'deployed' };

/** A value as edited: amounts in cents (or `null`: unknown), dates ISO, months whole. */
export type ReferenceValue = Sourced<number | string | null>;

/** What the caller stores for every edit: the audit of the reference data. */
export interface ReferenceChange {
  key: ReferenceKey;
  previous: ReferenceValue;
  next: ReferenceValue;
  authorId: string;
  /** When the edit was made (ISO 8601 instant, from the caller's clock). */
  changedAt: string;
}

export interface ReferenceEditRequest {
  reference: AciReference;
  key: ReferenceKey;
  value: number | string | null;
  status: ValueStatus;
  source: ValueSource;
  authorId: string;
  changedAt: string;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function versionOf(reference: AciReference, versionId: string): AciReferenceVersion {
  const version = reference.find((candidate) => candidate.id === versionId);
  if (!version) throw invalid('key.versionId', `Version de l'ACI inconnue : « ${versionId} ».`);
  return version;
}

function monthsOf(terms: MissionTerms, step: 'start' | 'deployed'): Sourced<number> | null {
  return step === 'start' ? terms.startWithinMonths : terms.deployedWithinMonths;
}

/** The current value behind a key; an error naming `key` when the reference has no such value. */
export function currentReferenceValue(reference: AciReference, key: ReferenceKey): ReferenceValue {
  const version = versionOf(reference, key.versionId);
  switch (key.kind) {
    case 'amount': {
      const entry = amountEntry(version, key);
      if (!entry) throw invalid('key', "Ce montant n'existe pas dans cette version de l'ACI.");
      return entry.amount;
    }
    case 'effectiveFrom':
      return version.effectiveFrom;
    case 'missionMonths': {
      const terms = missionTerms(version, key.mission);
      const months = terms ? monthsOf(terms, key.step) : null;
      if (!months)
        throw invalid('key', "Ce délai n'existe pas dans cette version de l'ACI (mission complémentaire : délai fixé par le contrat).");
      return months;
    }
  }
}

function checkAmount(value: number | string | null): void {
  if (value === null) return;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalid('value', 'Le montant doit être un nombre entier positif ou nul de centimes d’euro.');
  }
}

function checkEffectiveFrom(reference: AciReference, versionId: string, value: number | string | null): void {
  if (typeof value !== 'string' || !isIsoDate(value)) throw invalid('value', "La date d'effet doit être au format AAAA-MM-JJ.");
  if (value < ACI_EARLIEST_SIGNATURE) {
    throw invalid(
      'value',
      `La date d'effet ne peut pas précéder l'entrée en vigueur de l'ACI CPTS, le ${formatDate(ACI_EARLIEST_SIGNATURE)}.`,
    );
  }
  const ordered = versionsByDate(reference);
  const index = ordered.findIndex((version) => version.id === versionId);
  const before = ordered[index - 1];
  const after = ordered[index + 1];
  if (before && value <= before.effectiveFrom.value) {
    throw invalid('value', `La date d'effet doit suivre celle de « ${before.label} » (${formatDate(before.effectiveFrom.value)}).`);
  }
  if (after && value >= after.effectiveFrom.value) {
    throw invalid('value', `La date d'effet doit précéder celle de « ${after.label} » (${formatDate(after.effectiveFrom.value)}).`);
  }
}

function checkMonths(reference: AciReference, key: Extract<ReferenceKey, { kind: 'missionMonths' }>, value: number | string | null): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0 || value > 60) {
    throw invalid('value', 'Le délai doit être un nombre entier de mois, de 1 à 60.');
  }
  const terms = missionTerms(versionOf(reference, key.versionId), key.mission);
  const other = terms ? monthsOf(terms, key.step === 'start' ? 'deployed' : 'start') : null;
  if (other && (key.step === 'start' ? value > other.value : value < other.value)) {
    throw invalid('value', 'Le délai de démarrage ne peut pas dépasser le délai de déploiement complet.');
  }
}

function checkOrigin(value: number | string | null, status: ValueStatus, source: ValueSource): void {
  if (!VALUE_STATUSES.includes(status)) throw invalid('status', 'Statut inconnu : confirmé, déduit, rapporté ou non connu.');
  if (value === null && status !== 'unknown') throw invalid('status', 'Une valeur absente a le statut « non connu ».');
  if (!source.citation.trim())
    throw invalid('source.citation', 'Indiquez la source de la valeur (texte, contrat, article de presse, décision).');
  if (source.url !== null && !/^https?:\/\/\S+$/.test(source.url))
    throw invalid('source.url', "L'adresse de la source doit commencer par http:// ou https://.");
}

/**
 * Checks an admin's edit of the ACI reference and returns the change record to store (old
 * value, new value, author, date). Only values not marked confirmed may be edited: a confirmed
 * value is the text itself. Amounts are whole cents of euro, never negative; `null` puts a value
 * back to unknown. Nothing is changed here: `applyReferenceChanges` replays stored records.
 */
export function planReferenceEdit(request: ReferenceEditRequest): ReferenceChange {
  const { reference, key, value, status, source } = request;
  const previous = currentReferenceValue(reference, key);
  if (previous.status === 'confirmed') {
    throw invalid('key', 'Cette valeur est confirmée par sa source : elle ne peut pas être modifiée.');
  }
  if (key.kind === 'amount') checkAmount(value);
  else if (key.kind === 'effectiveFrom') checkEffectiveFrom(reference, key.versionId, value);
  else checkMonths(reference, key, value);
  checkOrigin(value, status, source);
  if (!request.authorId.trim()) throw invalid('authorId', "L'auteur de la modification est obligatoire.");
  if (!ISO_INSTANT.test(request.changedAt) || Number.isNaN(Date.parse(request.changedAt))) {
    throw invalid('changedAt', 'La date de modification doit être un instant ISO 8601.');
  }
  const next: ReferenceValue = { value, status, source: { url: source.url, citation: source.citation.trim() } };
  if (JSON.stringify(next) === JSON.stringify(previous))
    throw invalid('value', 'Aucune modification : la valeur, son statut et sa source sont inchangés.');
  return { key, previous, next, authorId: request.authorId, changedAt: request.changedAt };
}

function applyToVersion(version: AciReferenceVersion, change: ReferenceChange): AciReferenceVersion {
  const { key, next } = change;
  switch (key.kind) {
    case 'amount':
      return {
        ...version,
        amounts: version.amounts.map(
          (entry): AmountEntry =>
            entry.sizeCategory === key.sizeCategory && entry.item === key.item && entry.part === key.part
              ? { ...entry, amount: { ...next, value: next.value as number | null } }
              : entry,
        ),
      };
    case 'effectiveFrom':
      return { ...version, effectiveFrom: { ...next, value: next.value as string } };
    case 'missionMonths':
      return {
        ...version,
        missions: version.missions.map((terms) => {
          if (terms.mission !== key.mission) return terms;
          const months = { ...next, value: next.value as number };
          return key.step === 'start' ? { ...terms, startWithinMonths: months } : { ...terms, deployedWithinMonths: months };
        }),
      };
  }
}

/** The reference after stored changes, replayed in their order over `reference` (usually the seed). */
export function applyReferenceChanges(reference: AciReference, changes: readonly ReferenceChange[]): AciReference {
  return changes.reduce<AciReference>(
    (current, change) => current.map((version) => (version.id === change.key.versionId ? applyToVersion(version, change) : version)),
    reference,
  );
}
