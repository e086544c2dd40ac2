import { checkFollowUpSettings, type FollowUpSettings } from '@maillon/domain';
import { coordinatedCpts } from './current-gp.ts';
import type { MtMatchingContext } from './matching-run-ports.ts';
import { followUpOf } from './waiting-list-input.ts';

/** The CPTS's follow-up deadlines (docs/reference/mt-matching.md §3): its team reads and sets them. */
export async function getFollowUp(ctx: MtMatchingContext, cptsId: string): Promise<FollowUpSettings> {
  await coordinatedCpts(ctx.ports.cpts, ctx.principal, cptsId);
  return followUpOf(ctx.ports, cptsId);
}

/** Sets how long a GP has to answer and when reminders go; the response commitment stays in the desk's settings. */
export async function saveFollowUp(
  ctx: MtMatchingContext,
  cptsId: string,
  input: Pick<FollowUpSettings, 'proposalDays' | 'reminderDays'>,
): Promise<FollowUpSettings> {
  await coordinatedCpts(ctx.ports.cpts, ctx.principal, cptsId);
  const current = await followUpOf(ctx.ports, cptsId);
  const next = { ...current, ...input };
  checkFollowUpSettings(next);
  await ctx.ports.mtMatching.saveFollowUp(cptsId, input);
  return next;
}
