import { z } from 'zod';

/*
 * In the browser, zod must not probe whether `eval` works (`Function('')`): the web app's
 * Content-Security-Policy forbids it (script-src 'self', no 'unsafe-eval') and Chromium reports
 * each probe as a violation. zod probes when an object schema is built, so this module is
 * imported first by common.ts, itself imported by every schema module. Without its compiled fast
 * path zod parses objects a little slower, which forms do not feel; the API keeps it.
 */
if (typeof document !== 'undefined') z.config({ jitless: true });
