import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files that copy the shared demo database (test/demo-database.ts): the first one seeds it. */
const DEMO_FILE = /\/demo-(seed|fhir|slots|specialist-requests)\.int\.test\.ts$/;
/** The longest files, started first so that the run does not end on one of them. */
const LONG_FIRST = [/\/fuzz\.int\.test\.ts$/, /\/backup\.int\.test\.ts$/];
/** How many files the other worker runs while the first demo file seeds the demo (about 20 s). */
const DEMO_SEEDING_SLOTS = 8;

/**
 * Vitest's order (failed first, then longest first when timings are cached, else largest file),
 * adjusted for the integration project's two workers sharing one demo database: one demo file
 * starts at once and seeds it, the other demo files wait until it is likely ready instead of
 * leaving a worker blocked on the lock, and the longest files start early (issue #7, point 4).
 */
export default class IntegrationSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const demo = sorted.filter((f) => DEMO_FILE.test(f.moduleId));
    const long = sorted.filter((f) => !DEMO_FILE.test(f.moduleId) && LONG_FIRST.some((p) => p.test(f.moduleId)));
    const rest = sorted.filter((f) => !demo.includes(f) && !long.includes(f));
    const [seeder, ...waiting] = demo;
    const head = [...(seeder ? [seeder] : []), ...long];
    return [...head, ...rest.slice(0, DEMO_SEEDING_SLOTS), ...waiting, ...rest.slice(DEMO_SEEDING_SLOTS)];
  }
}
