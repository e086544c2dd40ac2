import { isIP } from 'node:net';
import { LOGIN_THROTTLE_POLICY, type LoginThrottlePolicy } from '@maillon/domain';

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
  /** PostgreSQL: repeated queries as named prepared statements (MAILLON_PG_NAMED_STATEMENTS, docs/decisions/0006). */
  pgNamedStatements: boolean;
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
  /**
   * Share of successful requests logged at info level (MAILLON_LOG_REQUEST_SAMPLE, 0–1, default
   * 0.01); the others at debug. Errors are always logged (http/request-logging.ts).
   */
  requestLogSample: number;
  /** Pro Santé Connect (OIDC) login; absent when not configured (the login page hides the button). */
  oidc: OidcConfig | undefined;
  /**
   * Reverse proxies whose `X-Forwarded-For` is believed (IP addresses, CIDR ranges, or
   * proxy-addr's `loopback`, `linklocal`, `uniquelocal`). Empty: the header is ignored and the
   * client is the TCP peer, so that nobody picks the address the login throttle counts.
   */
  trustedProxies: string[];
  /** Login throttle limits (named and documented in the domain's LOGIN_THROTTLE_POLICY). */
  loginThrottle: LoginThrottlePolicy;
  /** Directory imports: abandoned runs and unconfirmed previews. */
  imports: ImportSettings;
  /** Outgoing e-mail (composition/mailer.ts). */
  mail: MailConfig;
}

/**
 * E-mail settings: `MAILLON_SMTP_URL` (`smtp://user:pass@host:587`, `smtps://…:465`) and
 * `MAILLON_MAIL_FROM`. Without an SMTP URL every message waits in the outbox the admin reads.
 */
export interface MailConfig {
  smtpUrl: string | undefined;
  from: string;
}

export function loadMailConfig(env: NodeJS.ProcessEnv): MailConfig {
  const smtpUrl = env.MAILLON_SMTP_URL || undefined;
  if (smtpUrl && (!URL.canParse(smtpUrl) || !['smtp:', 'smtps:'].includes(new URL(smtpUrl).protocol))) {
    throw new Error("MAILLON_SMTP_URL n'est pas une URL smtp:// ou smtps:// valide.");
  }
  return { smtpUrl, from: env.MAILLON_MAIL_FROM || 'Maillon <ne-pas-repondre@maillon.invalid>' };
}

export interface ImportSettings {
  /** A run reading its file without a heartbeat for longer than this was abandoned (crash): it is marked interrupted. */
  heartbeatTimeoutSeconds: number;
  /** A preview not applied within this delay expires and its staged rows are discarded. */
  previewTtlHours: number;
}

/** A positive number from the environment, or the default. */
function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} doit être un nombre positif (reçu « ${value} »).`);
  return parsed;
}

export function loadImportSettings(env: NodeJS.ProcessEnv): ImportSettings {
  return {
    heartbeatTimeoutSeconds: positive(env.MAILLON_IMPORT_HEARTBEAT_TIMEOUT_SECONDS, 300, 'MAILLON_IMPORT_HEARTBEAT_TIMEOUT_SECONDS'),
    previewTtlHours: positive(env.MAILLON_IMPORT_PREVIEW_TTL_HOURS, 24, 'MAILLON_IMPORT_PREVIEW_TTL_HOURS'),
  };
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

const PROXY_KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyEntry(entry: string): boolean {
  if (PROXY_KEYWORDS.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/** MAILLON_TRUSTED_PROXIES: comma-separated addresses or ranges; a malformed entry is refused at start. */
export function loadTrustedProxies(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const wrong = entries.filter((entry) => !isProxyEntry(entry));
  if (wrong.length > 0) {
    throw new Error(`MAILLON_TRUSTED_PROXIES : ${wrong.join(', ')} n'est pas une adresse IP ni une plage CIDR (ex. 10.0.0.0/8).`);
  }
  return entries;
}

function loadSampleRate(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0.01;
  const rate = Number(value);
  if (!Number.isFinite(rate) || rate < 0 || rate > 1)
    throw new Error(`MAILLON_LOG_REQUEST_SAMPLE : « ${value} » n'est pas une proportion entre 0 et 1 (ex. 0.01).`);
  return rate;
}

export function loadConfig(env: NodeJS.ProcessEnv, argv: readonly string[] = []): Config {
  const demo = argv.includes('--demo') || env.MAILLON_DEMO === 'true';
  return {
    host: env.HOST ?? '0.0.0.0',
    port: Number(env.PORT ?? 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    pgNamedStatements: env.MAILLON_PG_NAMED_STATEMENTS !== 'false',
    // Demo data lives apart from real data so that a demo run never mixes with a deployment.
    dataDir: env.MAILLON_DATA_DIR ?? (demo ? './data/demo' : './data/pglite'),
    demo,
    geoDir: env.MAILLON_GEO_DIR || undefined,
    cookieSecure: env.MAILLON_COOKIE_SECURE === 'true' ? true : env.MAILLON_COOKIE_SECURE === 'false' ? false : undefined,
    sessionTtlHours: Number(env.MAILLON_SESSION_TTL_HOURS ?? 12),
    webDist: env.MAILLON_WEB_DIST,
    logLevel: env.LOG_LEVEL ?? 'info',
    requestLogSample: loadSampleRate(env.MAILLON_LOG_REQUEST_SAMPLE),
    oidc: loadOidcConfig(env),
    trustedProxies: loadTrustedProxies(env.MAILLON_TRUSTED_PROXIES),
    loginThrottle: LOGIN_THROTTLE_POLICY,
    imports: loadImportSettings(env),
    mail: loadMailConfig(env),
  };
}
