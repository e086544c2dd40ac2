import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from './context.ts';
import { registerAuthHooks } from './http/auth-hooks.ts';
import { registerErrorHandler, registerNotFoundHandler } from './http/error-handler.ts';
import type { App } from './http/types.ts';
import { accountSessionsRoutes } from './routes/account-sessions.routes.ts';
import { associationRoutes } from './routes/association.routes.ts';
import { auditRoutes } from './routes/audit.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { coverageRoutes } from './routes/coverage.routes.ts';
import { cptsRoutes } from './routes/cpts.routes.ts';
import { diagnosticRoutes } from './routes/diagnostic.routes.ts';
import { directoryImportRoutes } from './routes/directory-imports.routes.ts';
import { engagementRoutes } from './routes/engagement.routes.ts';
import { engagementInvitationsRoutes } from './routes/engagement-invitations.routes.ts';
import { geoRoutes } from './routes/geo.routes.ts';
import { oidcRoutes } from './routes/oidc.routes.ts';
import { plansRoutes } from './routes/plans.routes.ts';
import { portalRoutes } from './routes/portal.routes.ts';
import { territoryProposalsRoutes } from './routes/territory-proposals.routes.ts';

/** Builds the HTTP application (no listening: tests use `inject`, main.ts listens). */
export async function buildApp(ctx: AppContext, options: { logger?: boolean } = {}): Promise<App> {
  const app = Fastify({
    logger: options.logger
      ? { level: ctx.config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'] }
      : false,
    // Only configured proxies may set the client address (X-Forwarded-For): the login throttle counts it.
    trustProxy: ctx.config.trustedProxies.length > 0 ? ctx.config.trustedProxies : false,
    bodyLimit: 1_048_576,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Maillon API', description: 'API du système d’information des CPTS', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'maillon_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  registerAuthHooks(app, ctx);
  authRoutes(app, ctx);
  accountSessionsRoutes(app, ctx);
  geoRoutes(app, ctx);
  coverageRoutes(app, ctx);
  cptsRoutes(app, ctx);
  plansRoutes(app, ctx);
  associationRoutes(app, ctx);
  directoryImportRoutes(app, ctx);
  diagnosticRoutes(app, ctx);
  engagementRoutes(app, ctx);
  engagementInvitationsRoutes(app, ctx);
  oidcRoutes(app, ctx);
  portalRoutes(app, ctx);
  auditRoutes(app, ctx);
  territoryProposalsRoutes(app, ctx);
  const webDist = ctx.config.webDist;
  const spa = Boolean(webDist && existsSync(webDist));
  if (spa) await app.register(fastifyStatic, { root: webDist as string, wildcard: false });
  registerNotFoundHandler(app, { spa });
  return app;
}
