import type { AciReferenceDto } from '@maillon/contracts';
import {
  type AciReference,
  AMOUNT_ITEM_LABELS,
  AMOUNT_PART_LABELS,
  forbidden,
  formatAmount,
  formatDate,
  isAdmin,
  MISSION_KIND_LABELS,
  MISSION_LABELS,
  planReferenceEdit,
  type ReferenceChange,
  type ReferenceKey,
  type ReferenceValue,
  type Sourced,
  VALUE_STATUS_LABELS,
  type ValueSource,
  type ValueStatus,
} from '@maillon/domain';
import type { AciContext } from './aci-ports.ts';
import { currentAciReference } from './aci-reference.ts';

const sourced = <T>(value: Sourced<T>, text: string) => ({ ...value, statusLabel: VALUE_STATUS_LABELS[value.status], text });

function keyLabel(reference: AciReference, key: ReferenceKey): string {
  const version = reference.find((v) => v.id === key.versionId)?.label ?? key.versionId;
  if (key.kind === 'effectiveFrom') return `${version} : date d'effet`;
  if (key.kind === 'missionMonths')
    return `${version} : ${MISSION_LABELS[key.mission]}, délai de ${key.step === 'start' ? 'démarrage' : 'déploiement'}`;
  return `${version} : ${AMOUNT_PART_LABELS[key.part]}, ${AMOUNT_ITEM_LABELS[key.item]}, taille ${key.sizeCategory}`;
}

function valueText(key: ReferenceKey, value: ReferenceValue): string {
  const shown =
    key.kind === 'amount'
      ? formatAmount(value.value as number | null)
      : key.kind === 'effectiveFrom'
        ? formatDate(String(value.value))
        : `${value.value} mois`;
  return `${shown} (${VALUE_STATUS_LABELS[value.status]}, ${value.source.citation})`;
}

/** The reference data in force, every value with its source and status, and the history of its edits. */
export async function aciReferenceView(ctx: AciContext): Promise<AciReferenceDto> {
  const reference = await currentAciReference(ctx.ports);
  const changes = await ctx.ports.aciReference.changes();
  const names = await ctx.ports.identity.displayNames(changes.flatMap((c) => (c.authorId ? [c.authorId] : [])));
  return {
    editable: isAdmin(ctx.principal),
    versions: reference.map((version) => ({
      id: version.id,
      label: version.label,
      signedOn: sourced(version.signedOn, formatDate(version.signedOn.value)),
      effectiveFrom: sourced(version.effectiveFrom, formatDate(version.effectiveFrom.value)),
      missions: version.missions.map((terms) => ({
        mission: terms.mission,
        label: MISSION_LABELS[terms.mission],
        kindLabel: MISSION_KIND_LABELS[terms.kind],
        startWithinMonths: terms.startWithinMonths ? sourced(terms.startWithinMonths, `${terms.startWithinMonths.value} mois`) : null,
        deployedWithinMonths: terms.deployedWithinMonths
          ? sourced(terms.deployedWithinMonths, `${terms.deployedWithinMonths.value} mois`)
          : null,
      })),
      amounts: version.amounts.map((entry) => ({
        sizeCategory: entry.sizeCategory,
        item: entry.item,
        itemLabel: AMOUNT_ITEM_LABELS[entry.item],
        part: entry.part,
        partLabel: AMOUNT_PART_LABELS[entry.part],
        amount: sourced(entry.amount, formatAmount(entry.amount.value)),
      })),
    })),
    changes: [...changes].reverse().map((change: ReferenceChange) => ({
      changedAt: change.changedAt,
      authorName: names.get(change.authorId) ?? null,
      what: keyLabel(reference, change.key),
      previous: valueText(change.key, change.previous),
      next: valueText(change.key, change.next),
    })),
  };
}

/**
 * The platform admin edits a value not marked confirmed (a confirmed value is the text itself):
 * the change is kept with its author and date, and every contract computed afterwards reads it.
 */
export async function editAciReference(
  ctx: AciContext,
  input: { key: ReferenceKey; value: number | string | null; status: ValueStatus; source: ValueSource },
): Promise<void> {
  if (!isAdmin(ctx.principal)) throw forbidden("Le référentiel ACI est tenu par l'administration de la plateforme.");
  await ctx.transaction(async (ports) => {
    const change = planReferenceEdit({
      reference: await currentAciReference(ports),
      key: input.key,
      value: input.value,
      status: input.status,
      source: input.source,
      authorId: ctx.principal.userId,
      changedAt: ctx.now.toISOString(),
    });
    await ports.aciReference.append(change);
  });
}
