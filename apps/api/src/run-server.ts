import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config.ts';
import { startServer } from './server.ts';

const config = loadConfig(process.env, process.argv.slice(2));
config.webDist ??= resolve(fileURLToPath(import.meta.url), '../../../web/dist');
const server = await startServer(config, { log: (m) => console.log(m), logger: true });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await server.close();
    process.exit(0);
  });
}
