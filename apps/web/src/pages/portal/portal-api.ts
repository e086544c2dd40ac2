import type { PortalDto } from '@maillon/contracts';
import { api } from '../../api/api-client.ts';

export const portalApi = {
  get: () => api.get<PortalDto>('/portal'),
};
