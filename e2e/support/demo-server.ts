import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Config, loadConfig } from '../../apps/api/src/config.ts';
import { type RunningServer, startServer } from '../../apps/api/src/server.ts';

/**
 * The real server in demo mode on a fresh PGlite directory and a free port, serving the built
 * web app (npm run build:web), with contours when MAILLON_GEO_DIR is set (as in CI).
 * `options.config` adds settings, e.g. a fixed port and a Pro Santé Connect (OIDC) provider.
 */
export async function startDemoServer(options: { config?: Partial<Config> } = {}): Promise<RunningServer & { dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'maillon-e2e-'));
  const config = {
    ...loadConfig(process.env, ['--demo']),
    host: '127.0.0.1',
    port: 0,
    databaseUrl: undefined,
    dataDir,
    webDist: resolve(import.meta.dirname, '../../apps/web/dist'),
    ...options.config,
  };
  const server = await startServer(config, { log: () => {} });
  return {
    ...server,
    dataDir,
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
