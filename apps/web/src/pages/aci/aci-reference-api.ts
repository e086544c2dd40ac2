import { type ClientInput, endpoints } from '@maillon/contracts';
import { call } from '../../api/client.ts';

export type ReferenceEdit = ClientInput<typeof endpoints.aci.editReference>['body'];

export const aciReferenceApi = {
  get: () => call(endpoints.aci.reference),
  edit: (body: ReferenceEdit) => call(endpoints.aci.editReference, { body }),
};
