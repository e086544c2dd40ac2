import type { HealthRepository } from '@maillon/domain';
import type { PublicContext } from '../use-case-context.ts';

export interface HealthPorts {
  health: HealthRepository;
}

/** The service answers when its database does: a failing query rejects (a 500, what a probe wants to see). */
export async function checkHealth(ctx: PublicContext<HealthPorts>): Promise<void> {
  await ctx.ports.health.ping();
}
