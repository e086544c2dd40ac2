import type { AssociationSettingsRepository, MajorityRule } from '@maillon/domain';
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { associationSettings, members, membershipCategories } from '../schema/index.ts';

export function createAssociationSettingsRepository(db: Db): AssociationSettingsRepository {
  return {
    async settings(cptsId) {
      const rows = await db.select().from(associationSettings).where(eq(associationSettings.cptsId, cptsId));
      const row = rows[0];
      return row ? { ...row, majorityRule: row.majorityRule as MajorityRule } : null;
    },
    async saveSettings(cptsId, settings) {
      await db
        .insert(associationSettings)
        .values({ cptsId, ...settings })
        .onConflictDoUpdate({ target: associationSettings.cptsId, set: settings });
    },
    async categories(cptsId) {
      return db
        .select()
        .from(membershipCategories)
        .where(eq(membershipCategories.cptsId, cptsId))
        .orderBy(asc(membershipCategories.position), asc(membershipCategories.name));
    },
    async category(cptsId, id) {
      const rows = await db
        .select()
        .from(membershipCategories)
        .where(and(eq(membershipCategories.cptsId, cptsId), eq(membershipCategories.id, id)));
      return rows[0] ?? null;
    },
    async createCategory(category) {
      await db.insert(membershipCategories).values(category);
    },
    async updateCategory(id, changes) {
      await db.update(membershipCategories).set(changes).where(eq(membershipCategories.id, id));
    },
    async deleteCategory(id) {
      await db.delete(membershipCategories).where(eq(membershipCategories.id, id));
    },
    async countMembersIn(categoryId) {
      const rows = await db.select({ n: count() }).from(members).where(eq(members.categoryId, categoryId));
      return rows[0]?.n ?? 0;
    },
  };
}
