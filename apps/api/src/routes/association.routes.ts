import type { AppContext } from '../context.ts';
import type { App } from '../http/types.ts';
import { associationAssembliesRoutes } from './association-assemblies.routes.ts';
import { associationGovernanceRoutes } from './association-governance.routes.ts';
import { associationMembersRoutes } from './association-members.routes.ts';
import { associationSettingsRoutes } from './association-settings.routes.ts';

/** The CPTS association: members and dues, settings and categories, governance, general assemblies. */
export function associationRoutes(app: App, ctx: AppContext): void {
  associationMembersRoutes(app, ctx);
  associationSettingsRoutes(app, ctx);
  associationGovernanceRoutes(app, ctx);
  associationAssembliesRoutes(app, ctx);
}
