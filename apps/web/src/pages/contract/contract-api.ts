import { type ClientInput, endpoints } from '@maillon/contracts';
import { call } from '../../api/client.ts';

const routes = endpoints.aci;

export type ContractInputDto = ClientInput<typeof routes.create>['body'];
export type AmendmentInputDto = ClientInput<typeof routes.amend>['body'];
export type TerminationInputDto = ClientInput<typeof routes.terminate>['body'];
export type MissionProgressDto = ClientInput<typeof routes.recordMission>['body'];
export type ContractMissionId = ClientInput<typeof routes.recordMission>['params']['mission'];

/** ACI contracts of a CPTS (routes of packages/contracts/src/api/aci.api.ts). */
export const contractApi = {
  ofCpts: (cptsId: string) => call(routes.listOfCpts, { params: { id: cptsId } }),
  create: (cptsId: string, body: ContractInputDto) => call(routes.create, { params: { id: cptsId }, body }),
  update: (id: string, body: ContractInputDto) => call(routes.update, { params: { id }, body }),
  recordMission: (id: string, mission: ContractMissionId, body: MissionProgressDto) =>
    call(routes.recordMission, { params: { id, mission }, body }),
  amend: (id: string, body: AmendmentInputDto) => call(routes.amend, { params: { id }, body }),
  terminate: (id: string, body: TerminationInputDto) => call(routes.terminate, { params: { id }, body }),
};
