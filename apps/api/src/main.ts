import { enableCompileCache } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bundled = !import.meta.url.endsWith('.ts');
// Node keeps the compiled code of every module on disk and reuses it at the next start: without
// it a quarter of a warm start is compiling the same 2.5 MB bundle again (issue #11 item 4). The
// cache sits next to the bundle, in the installation's own folder, not in the shared temporary
// directory where another local user could plant compiled code. From the sources tsx compiles.
if (bundled) enableCompileCache(process.env.MAILLON_COMPILE_CACHE_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '.compile-cache'));
// A specifier esbuild cannot follow: the server is its own bundle, so that this small module runs
// (and turns the cache on) before the server's code is compiled.
const server = bundled ? './run-server.mjs' : './run-server.ts';
await import(server);
