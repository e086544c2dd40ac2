import { z } from 'zod';
import { uuidSchema } from '../common.ts';

/** The CPTS whose association a route works on: `/api/cpts/:id/…`. */
export const cptsParams = z.object({ id: uuidSchema });

/** What the association routes may answer besides success (signed out, out of scope, refused, conflicting, invalid). */
export const associationErrors = [401, 403, 404, 409, 422] as const;
