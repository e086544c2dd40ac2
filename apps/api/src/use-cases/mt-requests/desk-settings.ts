import {
  checkDeskSettings,
  checkPriorityRule,
  DEFAULT_PRIORITY_RULE,
  DEFAULT_RESPONSE_DAYS,
  DEFAULT_RETENTION_MONTHS,
  type MtRequestSettingsRecord,
  notFound,
  type PriorityRule,
} from '@maillon/domain';
import { assertTeam } from './desk-access.ts';
import type { MtRequestsContext, MtRequestsPorts } from './mt-requests-ports.ts';

export interface DeskSettings {
  priorityRule: PriorityRule;
  responseDays: number;
  retentionMonths: number;
  isDefault: boolean;
  updatedAt: Date | null;
}

/** The CPTS's settings, or the defaults while its team has not set any. */
export async function deskSettingsOf(ports: Pick<MtRequestsPorts, 'mtRequests'>, cptsId: string): Promise<DeskSettings> {
  const stored = await ports.mtRequests.settings(cptsId);
  if (stored) return { ...stored, isDefault: false };
  return {
    priorityRule: DEFAULT_PRIORITY_RULE,
    responseDays: DEFAULT_RESPONSE_DAYS,
    retentionMonths: DEFAULT_RETENTION_MONTHS,
    isDefault: true,
    updatedAt: null,
  };
}

export async function readDeskSettings(ctx: MtRequestsContext, cptsId: string): Promise<DeskSettings> {
  assertTeam(ctx.principal, cptsId);
  return deskSettingsOf(ctx.ports, cptsId);
}

/** Saves the rule (checked by `checkPriorityRule`) and the desk's figures. */
export async function saveDeskSettings(
  ctx: MtRequestsContext,
  cptsId: string,
  input: Pick<MtRequestSettingsRecord, 'priorityRule' | 'responseDays' | 'retentionMonths'>,
): Promise<DeskSettings> {
  assertTeam(ctx.principal, cptsId);
  checkPriorityRule(input.priorityRule);
  checkDeskSettings(input);
  if (!(await ctx.ports.cpts.get(cptsId))) throw notFound('CPTS introuvable.');
  await ctx.ports.mtRequests.saveSettings({ cptsId, ...input, updatedAt: ctx.now, updatedBy: ctx.principal.userId });
  return deskSettingsOf(ctx.ports, cptsId);
}
