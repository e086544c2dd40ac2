import { type ClientInput, endpoints } from '@maillon/contracts';
import { call, upload } from '../../api/client.ts';

const imports = endpoints.directoryImports;

/** Directory imports (routes of packages/contracts/src/api/directory-imports.api.ts). */
export const directoryApi = {
  recent: () => call(imports.list),
  create: (input: ClientInput<typeof imports.create>['body']) => call(imports.create, { body: input }),
  get: (id: string) => call(imports.get, { params: { id } }),
  /** Streams the file as the raw body; answers with the preview once the server has read it all. */
  send: (id: string, file: Blob) => upload(imports.sendContent, { params: { id } }, file),
  apply: (id: string) => call(imports.apply, { params: { id } }),
  cancel: (id: string) => call(imports.cancel, { params: { id } }),
};
