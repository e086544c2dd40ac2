import type { AssociationSettingsDto, CategoryDto, CategoryInput } from '@maillon/contracts';
import {
  assertCategoryDeletable,
  assertUniqueCategoryName,
  type CategoryRecord,
  DEFAULT_ASSOCIATION_SETTINGS,
  DomainError,
  nextCategoryPosition,
} from '@maillon/domain';
import { inManagedAssociation, loadAssociation } from './association-access.ts';
import type { AssociationContext } from './association-ports.ts';
import { checkVotingSeats } from './governance.ts';

/** Membership categories with their count of active members. */
export async function listCategories(ctx: AssociationContext, cptsId: string): Promise<CategoryDto[]> {
  const { ports } = ctx;
  await loadAssociation(ports.cpts, ctx.principal, { cptsId, need: 'manage' });
  const [categories, members] = await Promise.all([
    ports.associationSettings.categories(cptsId),
    ports.members.list(cptsId, { status: 'active' }),
  ]);
  return categories.map((c) => toCategoryDto(c, members.filter((m) => m.categoryId === c.id).length));
}

const toCategoryDto = (c: CategoryRecord, activeMembers: number): CategoryDto => ({
  id: c.id,
  name: c.name,
  voting: c.voting,
  yearlyDuesCents: c.yearlyDuesCents,
  position: c.position,
  activeMembers,
});

type CategoryValues = Required<Pick<CategoryInput, 'name' | 'voting' | 'yearlyDuesCents'>> & { position?: number | undefined };

export async function createCategory(ctx: AssociationContext, cptsId: string, input: CategoryValues): Promise<string> {
  return inManagedAssociation(ctx, cptsId, async (ports) => {
    const categories = await ports.associationSettings.categories(cptsId);
    assertUniqueCategoryName(categories, input.name);
    const id = crypto.randomUUID();
    await ports.associationSettings.createCategory({ id, cptsId, ...input, position: input.position ?? nextCategoryPosition(categories) });
    return id;
  });
}

/**
 * Renames or re-rates a category. Dues already recorded keep their amount; voting rights apply
 * to assemblies convened afterwards (a convened assembly keeps its frozen voter list).
 */
export async function updateCategory(
  ctx: AssociationContext,
  target: { cptsId: string; categoryId: string },
  input: CategoryValues,
): Promise<void> {
  const { cptsId, categoryId: id } = target;
  await inManagedAssociation(ctx, cptsId, async (ports) => {
    const current = await ports.associationSettings.category(cptsId, id);
    if (!current) throw new DomainError('NOT_FOUND', 'Catégorie introuvable.');
    assertUniqueCategoryName(await ports.associationSettings.categories(cptsId), input.name, id);
    if (current.voting && !input.voting) {
      const members = await ports.members.list(cptsId, { categoryId: id });
      await checkVotingSeats(ports, { cptsId, memberIds: members.map((m) => m.id), today: ctx.today }, 'voting');
    }
    await ports.associationSettings.updateCategory(id, { ...input, position: input.position ?? current.position });
  });
}

/** Deletes an unused category; one with members (even former ones) is kept for their history. */
export async function deleteCategory(ctx: AssociationContext, cptsId: string, id: string): Promise<void> {
  await inManagedAssociation(ctx, cptsId, async (ports) => {
    if (!(await ports.associationSettings.category(cptsId, id))) throw new DomainError('NOT_FOUND', 'Catégorie introuvable.');
    assertCategoryDeletable(await ports.associationSettings.countMembersIn(id));
    await ports.associationSettings.deleteCategory(id);
  });
}

export async function getSettings(ctx: AssociationContext, cptsId: string): Promise<AssociationSettingsDto> {
  const { ports } = ctx;
  await loadAssociation(ports.cpts, ctx.principal, { cptsId, need: 'manage' });
  return (await ports.associationSettings.settings(cptsId)) ?? DEFAULT_ASSOCIATION_SETTINGS;
}

/** Statutes' settings; a convened assembly keeps the ones it was convened with. */
export async function saveSettings(
  ctx: AssociationContext,
  cptsId: string,
  input: AssociationSettingsDto,
): Promise<AssociationSettingsDto> {
  return inManagedAssociation(ctx, cptsId, async (ports) => {
    await ports.associationSettings.saveSettings(cptsId, input);
    return input;
  });
}
