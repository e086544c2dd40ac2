/**
 * Bundles the API server into apps/api/dist (what `npm start` and `npm run serve` run), with its
 * matching worker beside it (issue #11 item 4, docs/decisions/0005-server-bundle.md). Started from
 * the TypeScript sources, Node resolves about 3,000 imports one by one, and every file of
 * drizzle-orm makes it read that package's 179 KB package.json again: about 0.7 s of each start.
 * The workspace packages, drizzle-orm, zod and fastify-type-provider-zod go into the bundle; every
 * other dependency stays external (native addons, WASM and data files that packages locate beside
 * themselves). The type provider comes in so that it uses the bundled zod: left outside, it made Node
 * load a second copy of zod from node_modules, 82 more modules at each start (issue #11 item 4).
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const INLINED = new Set(['drizzle-orm', 'zod', 'fastify-type-provider-zod']);
const manifests = ['apps/api', 'packages/db', 'packages/domain', 'packages/contracts'].map(
  (dir) => JSON.parse(readFileSync(join(root, '../..', dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> },
);
const external = [
  ...new Set(manifests.flatMap((m) => Object.keys(m.dependencies ?? {})).filter((n) => !n.startsWith('@maillon/') && !INLINED.has(n))),
].flatMap((name) => [name, `${name}/*`]);

const outdir = join(root, 'dist');
rmSync(outdir, { recursive: true, force: true });
const started = performance.now();
await build({
  // main.mjs is a few lines that turn on the compile cache, then import run-server.mjs (src/main.ts).
  entryPoints: [join(root, 'src/main.ts'), join(root, 'src/run-server.ts'), join(root, 'src/composition/matching-worker-entry.ts')],
  outdir,
  // Flat: the server and the worker are found beside main.mjs (composition/matching-engine.ts).
  entryNames: '[name]',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  sourcemap: true,
  // fastify-type-provider-zod's one CommonJS import, which Node resolves as before (a bundled
  // CommonJS module could not require Node's built-ins from an ES module bundle).
  external: [...external, '@fastify/error'],
  logLevel: 'warning',
});
console.log(`Serveur assemblé dans ${outdir} en ${Math.round(performance.now() - started)} ms.`);
