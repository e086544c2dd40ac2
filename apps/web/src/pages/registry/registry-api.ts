import { type ClientInput, endpoints } from '@maillon/contracts';
import { call, urlOf } from '../../api/client.ts';

export type RegistryImportBody = ClientInput<typeof endpoints.registry.preview>['body'];

export const registryApi = {
  preview: (body: RegistryImportBody) => call(endpoints.registry.preview, { body }),
  apply: (body: RegistryImportBody) => call(endpoints.registry.apply, { body }),
  templateUrl: () => urlOf(endpoints.registry.template),
};

/** The file's bytes in base64 (the API reads UTF-8 or Latin-1 from the bytes themselves). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
