import { endpoints } from '@maillon/contracts';
import { call } from '../../api/client.ts';

/** The member portal of the signed-in professional (packages/contracts/src/api/portal.api.ts). */
export const portalApi = {
  get: () => call(endpoints.portal.get),
};
