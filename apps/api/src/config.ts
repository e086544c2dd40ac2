/**
 * OpenID Connect provider used for "Se connecter avec Pro Santé Connect" (all values
 * configurable: production, sandbox, or any OIDC provider). The client secret is only ever
 * sent to the provider's token endpoint: never logged, never returned.
 */
export interface OidcConfig {
  /** Issuer identifier, e.g. https://auth.esw.esante.gouv.fr/auth/realms/esante-wallet. */
  issuer: string;
  /**
   * Metadata document when it is not at `<issuer>/.well-known/openid-configuration`
   * (Pro Santé Connect publishes `<issuer>/.well-known/wallet-openid-configuration`).
   */
  discoveryUrl: string | undefined;
  clientId: string;
  clientSecret: string;
  /** This instance's callback, registered at the provider: https://<host>/api/auth/oidc/callback. */
  redirectUri: string;
  /** Space-separated scopes (Pro Santé Connect: "openid scope_all"). */
  scopes: string;
  /** `acr_values` sent and checked in the ID token when set (Pro Santé Connect: eidas1). */
  acrValues: string | undefined;
}

/** Runtime configuration, read once from the environment at start and passed down explicitly. */
export interface Config {
  host: string;
  port: number;
  /** PostgreSQL connection string; PGlite is used when absent. */
  databaseUrl: string | undefined;
  /** PGlite data directory. */
  dataDir: string;
  /** Demo mode: demo CPTS and demo accounts (never in production). */
  demo: boolean;
  /** Folder or file of GeoJSON commune contours imported at start when none are loaded. */
  geoDir: string | undefined;
  /**
   * Secure flag on cookies: forced on (`true`) or off (`false`) by MAILLON_COOKIE_SECURE; unset,
   * it is on unless the request is plain HTTP to localhost (http/cookies.ts).
   */
  cookieSecure: boolean | undefined;
  sessionTtlHours: number;
  /** Directory of the built web front end served at `/`. */
  webDist: string | undefined;
  logLevel: string;
  /** Pro Santé Connect (OIDC) login; absent when not configured (the login page hides the button). */
  oidc: OidcConfig | undefined;
}

const OIDC_REQUIRED = ['MAILLON_OIDC_ISSUER', 'MAILLON_OIDC_CLIENT_ID', 'MAILLON_OIDC_CLIENT_SECRET', 'MAILLON_OIDC_REDIRECT_URI'] as const;

/** The OIDC block: all four required variables, or none (a partial setup is refused at start). */
export function loadOidcConfig(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const missing = OIDC_REQUIRED.filter((name) => !env[name]);
  if (missing.length === OIDC_REQUIRED.length) return undefined;
  if (missing.length > 0) throw new Error(`Configuration Pro Santé Connect incomplète : ${missing.join(', ')} manquant(s).`);
  for (const name of ['MAILLON_OIDC_ISSUER', 'MAILLON_OIDC_REDIRECT_URI', 'MAILLON_OIDC_DISCOVERY_URL']) {
    const value = env[name];
    if (value && !URL.canParse(value)) throw new Error(`Configuration Pro Santé Connect : ${name} n'est pas une URL valide.`);
  }
  return {
    issuer: env.MAILLON_OIDC_ISSUER as string,
    discoveryUrl: env.MAILLON_OIDC_DISCOVERY_URL || undefined,
    clientId: env.MAILLON_OIDC_CLIENT_ID as string,
    clientSecret: env.MAILLON_OIDC_CLIENT_SECRET as string,
    redirectUri: env.MAILLON_OIDC_REDIRECT_URI as string,
    scopes: env.MAILLON_OIDC_SCOPES || 'openid scope_all',
    acrValues: env.MAILLON_OIDC_ACR_VALUES || undefined,
  };
}

export function loadConfig(env: NodeJS.ProcessEnv, argv: readonly string[] = []): Config {
  const demo = argv.includes('--demo') || env.MAILLON_DEMO === 'true';
  return {
    host: env.HOST ?? '0.0.0.0',
    port: Number(env.PORT ?? 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    // Demo data lives apart from real data so that a demo run never mixes with a deployment.
    dataDir: env.MAILLON_DATA_DIR ?? (demo ? './data/demo' : './data/pglite'),
    demo,
    geoDir: env.MAILLON_GEO_DIR || undefined,
    cookieSecure: env.MAILLON_COOKIE_SECURE === 'true' ? true : env.MAILLON_COOKIE_SECURE === 'false' ? false : undefined,
    sessionTtlHours: Number(env.MAILLON_SESSION_TTL_HOURS ?? 12),
    webDist: env.MAILLON_WEB_DIST,
    logLevel: env.LOG_LEVEL ?? 'info',
    oidc: loadOidcConfig(env),
  };
}
