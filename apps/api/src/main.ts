import { enableCompileCache } from 'node:module';

// Node keeps the compiled code of every module on disk (in the OS temporary directory) and
// reuses it at the next start: about a quarter of a warm start is compiling the same modules
// again (issue #11 item 4). Enabled before the server's modules are imported, hence the dynamic import.
enableCompileCache();
await import('./run-server.ts');
