import type { MajorityRule } from '../association/vote.ts';

/** The storage contract of association settings: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

export interface AssociationSettingsRecord {
  quorumPercent: number;
  maxProxiesPerHolder: number;
  majorityRule: MajorityRule;
}

/** A membership category (college) of a CPTS, with or without vote, and its yearly dues. */

export interface CategoryRecord {
  id: string;
  cptsId: string;
  name: string;
  voting: boolean;
  yearlyDuesCents: number;
  position: number;
}

export interface AssociationSettingsRepository {
  /** The statutes' settings, or null when the CPTS never set them (defaults apply). */
  settings(cptsId: string): Promise<AssociationSettingsRecord | null>;
  saveSettings(cptsId: string, settings: AssociationSettingsRecord): Promise<void>;
  categories(cptsId: string): Promise<CategoryRecord[]>;
  category(cptsId: string, id: string): Promise<CategoryRecord | null>;
  createCategory(category: CategoryRecord): Promise<void>;
  updateCategory(id: string, changes: Pick<CategoryRecord, 'name' | 'voting' | 'yearlyDuesCents' | 'position'>): Promise<void>;
  deleteCategory(id: string): Promise<void>;
  /** Members (whatever their status) filed in the category. */
  countMembersIn(categoryId: string): Promise<number>;
}
