import type { AssociationSettingsDto, CategoryDto, CategoryInput } from '@maillon/contracts';
import { createAssociationMembersRepository, createAssociationSettingsRepository } from '@maillon/db';
import type { CategoryRecord } from '@maillon/domain';
import { DEFAULT_MAX_PROXIES, DEFAULT_QUORUM_PERCENT, DomainError } from '@maillon/domain';
import { type AssociationContext, inManagedAssociation, loadAssociation } from './association-access.ts';
import { assertNoVotingSeat } from './governance.ts';

export const DEFAULT_SETTINGS: AssociationSettingsDto = {
  quorumPercent: DEFAULT_QUORUM_PERCENT,
  maxProxiesPerHolder: DEFAULT_MAX_PROXIES,
  majorityRule: 'simple',
};

/** Membership categories with their count of active members. */
export async function listCategories(ctx: AssociationContext, cptsId: string): Promise<CategoryDto[]> {
  await loadAssociation(ctx.db, ctx.principal, { cptsId, need: 'manage' });
  const [categories, members] = await Promise.all([
    createAssociationSettingsRepository(ctx.db).categories(cptsId),
    createAssociationMembersRepository(ctx.db).list(cptsId, { status: 'active' }),
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

async function assertUniqueName(repo: ReturnType<typeof createAssociationSettingsRepository>, cptsId: string, name: string, id?: string) {
  const clash = (await repo.categories(cptsId)).find((c) => c.id !== id && c.name.toLocaleLowerCase('fr') === name.toLocaleLowerCase('fr'));
  if (clash) throw new DomainError('CONFLICT', 'Une catégorie porte déjà ce nom.', 'name');
}

export async function createCategory(ctx: AssociationContext, cptsId: string, input: CategoryValues): Promise<string> {
  return inManagedAssociation(ctx, cptsId, async (tx) => {
    const repo = createAssociationSettingsRepository(tx);
    await assertUniqueName(repo, cptsId, input.name);
    const id = crypto.randomUUID();
    const last = Math.max(-1, ...(await repo.categories(cptsId)).map((c) => c.position));
    await repo.createCategory({ id, cptsId, ...input, position: input.position ?? last + 1 });
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
  await inManagedAssociation(ctx, cptsId, async (tx) => {
    const repo = createAssociationSettingsRepository(tx);
    const current = await repo.category(cptsId, id);
    if (!current) throw new DomainError('NOT_FOUND', 'Catégorie introuvable.');
    await assertUniqueName(repo, cptsId, input.name, id);
    if (current.voting && !input.voting) {
      const members = await createAssociationMembersRepository(tx).list(cptsId, { categoryId: id });
      await assertNoVotingSeat(tx, { cptsId, memberIds: members.map((m) => m.id), today: ctx.today }, 'voting');
    }
    await repo.updateCategory(id, { ...input, position: input.position ?? current.position });
  });
}

/** Deletes an unused category; one with members (even former ones) is kept for their history. */
export async function deleteCategory(ctx: AssociationContext, cptsId: string, id: string): Promise<void> {
  await inManagedAssociation(ctx, cptsId, async (tx) => {
    const repo = createAssociationSettingsRepository(tx);
    if (!(await repo.category(cptsId, id))) throw new DomainError('NOT_FOUND', 'Catégorie introuvable.');
    const used = await repo.countMembersIn(id);
    if (used > 0) {
      throw new DomainError('CONFLICT', `${used} adhérent(s) relèvent de cette catégorie : elle ne peut pas être supprimée.`, 'categoryId');
    }
    await repo.deleteCategory(id);
  });
}

export async function getSettings(ctx: AssociationContext, cptsId: string): Promise<AssociationSettingsDto> {
  await loadAssociation(ctx.db, ctx.principal, { cptsId, need: 'manage' });
  return (await createAssociationSettingsRepository(ctx.db).settings(cptsId)) ?? DEFAULT_SETTINGS;
}

/** Statutes' settings; a convened assembly keeps the ones it was convened with. */
export async function saveSettings(
  ctx: AssociationContext,
  cptsId: string,
  input: AssociationSettingsDto,
): Promise<AssociationSettingsDto> {
  return inManagedAssociation(ctx, cptsId, async (tx) => {
    await createAssociationSettingsRepository(tx).saveSettings(cptsId, input);
    return input;
  });
}
