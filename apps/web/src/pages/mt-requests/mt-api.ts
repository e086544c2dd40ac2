import { type ClientInput, endpoints } from '@maillon/contracts';
import { call } from '../../api/client.ts';

const e = endpoints.mtRequests;
type Fields = ClientInput<typeof e.create>['body'];

/** Médecin-traitant requests (packages/contracts/src/api/mt-requests.api.ts). */
export const mtApi = {
  communes: (q: string) => call(e.publicCommunes, { query: { q } }),
  desk: (cptsId: string) => call(e.publicDesk, { params: { id: cptsId } }),
  submit: (body: ClientInput<typeof e.publicSubmit>['body']) => call(e.publicSubmit, { body }),
  status: (body: ClientInput<typeof e.publicStatus>['body']) => call(e.publicStatus, { body }),
  list: (cptsId: string, query: ClientInput<typeof e.list>['query']) => call(e.list, { params: { id: cptsId }, query }),
  create: (cptsId: string, body: Fields) => call(e.create, { params: { id: cptsId }, body }),
  get: (cptsId: string, requestId: string) => call(e.get, { params: { id: cptsId, requestId } }),
  update: (cptsId: string, requestId: string, body: Fields) => call(e.update, { params: { id: cptsId, requestId }, body }),
  addNote: (cptsId: string, requestId: string, body: string) => call(e.addNote, { params: { id: cptsId, requestId }, body: { body } }),
  act: (cptsId: string, requestId: string, body: ClientInput<typeof e.act>['body']) =>
    call(e.act, { params: { id: cptsId, requestId }, body }),
  merge: (cptsId: string, requestId: string, duplicateId: string) =>
    call(e.merge, { params: { id: cptsId, requestId }, body: { duplicateId } }),
  erase: (cptsId: string, requestId: string, confirmNumber: string) =>
    call(e.erase, { params: { id: cptsId, requestId }, body: { confirmNumber } }),
  cpamPreview: (cptsId: string, content: string, fileName: string) =>
    call(e.cpamPreview, { params: { id: cptsId }, body: { content, fileName } }),
  cpamApply: (cptsId: string, content: string, fileName: string) =>
    call(e.cpamApply, { params: { id: cptsId }, body: { content, fileName } }),
  settings: (cptsId: string) => call(e.settings, { params: { id: cptsId } }),
  saveSettings: (cptsId: string, body: ClientInput<typeof e.saveSettings>['body']) =>
    call(e.saveSettings, { params: { id: cptsId }, body }),
  outbox: (state?: 'pending' | 'sent' | 'failed') => call(e.outbox, { query: state ? { state } : {} }),
};
