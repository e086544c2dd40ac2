import { defineConfig } from 'vitest/config';
import IntegrationSequencer from './apps/api/test/sequencer.ts';

/**
 * Three projects, told apart by file suffix (style.md, "Tests"):
 * unit `*.test.ts` next to the code, integration `*.int.test.ts` (API in-process on PGlite and,
 * when MAILLON_TEST_PG_URL is set, PostgreSQL too), end-to-end `e2e/*.e2e.ts` in Chromium.
 */
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    // In CI each run also writes a JSON report; .ci/run sums them into one closing line.
    ...(process.env.CI ? { reporters: ['default', 'json'], outputFile: { json: `test-results/vitest-${process.pid}.json` } } : {}),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/**/*.test.ts', 'apps/api/**/*.test.ts', 'apps/web/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          // Property tests run hundreds of cases; on a loaded 2-core machine the 5 s default is too tight.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['apps/api/test/global-setup.ts'],
          sequence: { sequencer: IntegrationSequencer },
          // Each file opens its own database; two at a time suits a 2-core machine.
          maxWorkers: 2,
          // Each file gets its own database, but files share their worker's loaded modules: the
          // whole API graph (Fastify, every route, pdfkit, exceljs) is imported once per worker
          // instead of once per file (the run's summary line gives the import total). Safe because no
          // integration file mocks modules or changes globals (no vi.mock, vi.stubEnv or
          // vi.stubGlobal), and the API keeps no per-process state outside the context each test
          // builds (issue #7, point 4).
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
