import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import type { Writable } from 'node:stream';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions, LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from './context.ts';
import { fhirPlugin } from './fhir/fhir.plugin.ts';
import { registerAuthHooks } from './http/auth-hooks.ts';
import { clientErrorHandler, frameworkErrorHandler } from './http/client-errors.ts';
import { registerErrorHandler, registerNotFoundHandler } from './http/error-handler.ts';
import { loggerOptions } from './http/logging.ts';
import { registerApi } from './http/register-routes.ts';
import { registerRequestLogging } from './http/request-logging.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import type { App } from './http/types.ts';
import { accountSessionsHandlers } from './routes/account-sessions.routes.ts';
import { aciHandlers } from './routes/aci.routes.ts';
import { aciAssessmentHandlers } from './routes/aci-assessment.routes.ts';
import { associationAssembliesHandlers } from './routes/association-assemblies.routes.ts';
import { associationGovernanceHandlers } from './routes/association-governance.routes.ts';
import { associationMembersHandlers } from './routes/association-members.routes.ts';
import { associationSettingsHandlers } from './routes/association-settings.routes.ts';
import { auditHandlers } from './routes/audit.routes.ts';
import { authHandlers, systemHandlers } from './routes/auth.routes.ts';
import { coverageHandlers } from './routes/coverage.routes.ts';
import { cptsHandlers } from './routes/cpts.routes.ts';
import { diagnosticHandlers } from './routes/diagnostic.routes.ts';
import { directoryImportsHandlers } from './routes/directory-imports.routes.ts';
import { engagementHandlers } from './routes/engagement.routes.ts';
import { engagementInvitationsHandlers } from './routes/engagement-invitations.routes.ts';
import { geoHandlers } from './routes/geo.routes.ts';
import { gpCapacityHandlers } from './routes/gp-capacity.routes.ts';
import { mtMatchingHandlers } from './routes/mt-matching.routes.ts';
import { mtRequestsHandlers } from './routes/mt-requests.routes.ts';
import { oidcHandlers } from './routes/oidc.routes.ts';
import { plansHandlers } from './routes/plans.routes.ts';
import { portalHandlers } from './routes/portal.routes.ts';
import { proRequestsHandlers } from './routes/pro-requests.routes.ts';
import { registryHandlers } from './routes/registry.routes.ts';
import { slotBookingHandlers } from './routes/slot-booking.routes.ts';
import { slotsHandlers } from './routes/slots.routes.ts';
import { specialistRequestsHandlers } from './routes/specialist-requests.routes.ts';
import { territoryProposalsHandlers } from './routes/territory-proposals.routes.ts';

/**
 * Hashed build output (`/assets/index-3f2a1c.js`): its name changes with its content, so browsers
 * may keep it a year without asking (RFC 8246 `immutable`); the HTML shell and other files are
 * revalidated on every load so that a new version is picked up at once.
 */
function staticCacheControl(reply: { header(name: string, value: string): unknown }, path: string): void {
  reply.header('cache-control', path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

type CompilersFactory = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;

/**
 * Every schema is a zod schema. Given as Fastify's compiler factories (what setValidatorCompiler and
 * setSerializerCompiler install), Fastify does not load its default Ajv and fast-json-stringify
 * compilers at construction only to have them replaced: 40 ms or more of each start (issue #11
 * item 4). Fastify types the factories after Ajv's, hence the cast.
 */
const ZOD_COMPILERS = { buildValidator: () => validatorCompiler, buildSerializer: () => serializerCompiler } as unknown as CompilersFactory;

/**
 * Builds the HTTP application (no listening: tests use `inject`, main.ts listens). `logger: true`
 * logs to stdout; `{ stream }` logs to that stream (tests read it back).
 */
export async function buildApp(ctx: AppContext, options: { logger?: boolean | { stream: Writable } } = {}): Promise<App> {
  const app = Fastify({
    logger: options.logger ? loggerOptions(ctx.config.logLevel, options.logger === true ? undefined : options.logger.stream) : false,
    // Fastify's own two lines per request give way to request-logging.ts's sampled one.
    logController: new LogController({ disableRequestLogging: true }),
    // Only configured proxies may set the client address (X-Forwarded-For): the login throttle counts it.
    trustProxy: ctx.config.trustedProxies.length > 0 ? ctx.config.trustedProxies : false,
    bodyLimit: 1_048_576,
    // A path parameter is an id or a code; longer than this the request is answered 414.
    routerOptions: { maxParamLength: 100 },
    clientErrorHandler,
    frameworkErrors: frameworkErrorHandler,
    schemaController: { compilersFactory: ZOD_COMPILERS },
  }).withTypeProvider<ZodTypeProvider>();
  registerErrorHandler(app);
  registerRequestLogging(app, ctx.config.requestLogSample);
  await registerSecurityHeaders(app);
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
  registerApi(app, {
    accountSessions: accountSessionsHandlers(ctx),
    aci: aciHandlers(ctx),
    aciAssessment: aciAssessmentHandlers(ctx),
    associationAssemblies: associationAssembliesHandlers(ctx),
    associationGovernance: associationGovernanceHandlers(ctx),
    associationMembers: associationMembersHandlers(ctx),
    associationSettings: associationSettingsHandlers(ctx),
    audit: auditHandlers(ctx),
    auth: authHandlers(ctx),
    coverage: coverageHandlers(ctx),
    cpts: cptsHandlers(ctx),
    diagnostic: diagnosticHandlers(ctx),
    directoryImports: directoryImportsHandlers(ctx),
    engagement: engagementHandlers(ctx),
    engagementInvitations: engagementInvitationsHandlers(ctx),
    geo: geoHandlers(ctx),
    gpCapacity: gpCapacityHandlers(ctx),
    mtMatching: mtMatchingHandlers(ctx),
    mtRequests: mtRequestsHandlers(ctx),
    oidc: oidcHandlers(ctx),
    plans: plansHandlers(ctx),
    portal: portalHandlers(ctx),
    proRequests: proRequestsHandlers(ctx),
    specialistRequests: specialistRequestsHandlers(ctx),
    registry: registryHandlers(ctx),
    slots: slotsHandlers(ctx),
    slotBooking: slotBookingHandlers(ctx),
    system: systemHandlers(ctx),
    territoryProposals: territoryProposalsHandlers(ctx),
  });
  // The SAS FHIR interface: its own schemas and error shape (OperationOutcome), docs/reference/slots.md §4.
  await app.register(fhirPlugin(ctx), { prefix: '/fhir' });
  const webDist = ctx.config.webDist;
  const spa = Boolean(webDist && existsSync(webDist));
  if (spa) {
    await app.register(fastifyStatic, {
      root: webDist as string,
      wildcard: false,
      // Source maps are never served, even when a build left some (they expose the whole source).
      allowedPath: (pathname) => !pathname.endsWith('.map'),
      setHeaders: staticCacheControl,
    });
  }
  registerNotFoundHandler(app, { spa });
  return app;
}
