import { invalid } from '../errors.ts';
import { assertCategoryFound } from './admission.ts';
import type { MemberStatus } from './membership.ts';

/** What the coordination team changes on a member's record. */
export interface MemberUpdateRequest {
  /** Undefined keeps the category, null removes it (a request only). */
  categoryId?: string | null | undefined;
  contactEmail?: string | null | undefined;
  contactPhone?: string | null | undefined;
}

export interface MemberUpdateState {
  status: MemberStatus;
  categoryId: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

export interface MemberUpdatePlan {
  changes: { categoryId?: string | null; contactEmail?: string | null; contactPhone?: string | null };
  /** The fields changed, in French, for the member's history and the audit entry (never their values). */
  changed: string[];
}

/** The request moves the member to another category (or out of any). */
export function changesCategory(member: Pick<MemberUpdateState, 'categoryId'>, request: MemberUpdateRequest): boolean {
  return request.categoryId !== undefined && request.categoryId !== member.categoryId;
}

/**
 * A member's new category: an active member always belongs to one; the one named exists in the
 * CPTS (`categoryFound`, looked up by the caller).
 */
export function checkCategoryChange(
  member: Pick<MemberUpdateState, 'status'>,
  next: { categoryId: string | null; categoryFound: boolean },
) {
  if (next.categoryId === null) {
    if (member.status === 'active') throw invalid('categoryId', "Un adhérent appartient à une catégorie d'adhésion.");
  } else assertCategoryFound(next.categoryFound);
}

/** The changes a request makes to a member's category and contact data: only what differs (docs/reference/association.md §2). */
export function planMemberUpdate(member: MemberUpdateState, request: MemberUpdateRequest): MemberUpdatePlan {
  const plan: MemberUpdatePlan = { changes: {}, changed: [] };
  if (request.categoryId !== undefined && changesCategory(member, request)) {
    plan.changes.categoryId = request.categoryId;
    plan.changed.push('catégorie');
  }
  if (request.contactEmail !== undefined && request.contactEmail !== member.contactEmail) {
    plan.changes.contactEmail = request.contactEmail;
    plan.changed.push('e-mail');
  }
  if (request.contactPhone !== undefined && request.contactPhone !== member.contactPhone) {
    plan.changes.contactPhone = request.contactPhone;
    plan.changed.push('téléphone');
  }
  return plan;
}
