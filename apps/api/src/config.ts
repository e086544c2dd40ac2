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
  /** Set the Secure flag on the session cookie (behind HTTPS). */
  cookieSecure: boolean;
  sessionTtlHours: number;
  /** Directory of the built web front end served at `/`. */
  webDist: string | undefined;
  logLevel: string;
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
    cookieSecure: env.MAILLON_COOKIE_SECURE === 'true',
    sessionTtlHours: Number(env.MAILLON_SESSION_TTL_HOURS ?? 12),
    webDist: env.MAILLON_WEB_DIST,
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
