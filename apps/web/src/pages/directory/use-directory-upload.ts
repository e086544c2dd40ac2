import type { ImportRunDto } from '@maillon/contracts';
import { useEffect, useRef, useState } from 'react';
import { api, apiUpload } from '../../api/api-client.ts';

export interface UploadRequest {
  kind: string;
  file: File;
  cptsId: string | undefined;
}

/**
 * Creates the import run, streams the file to it and polls the run meanwhile, so that the
 * progress shown is the server's (any API process can answer the poll).
 */
export function useDirectoryUpload(onDone: () => void) {
  const [run, setRun] = useState<ImportRunDto | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearInterval(timer.current);
    },
    [],
  );

  async function start({ kind, file, cptsId }: UploadRequest) {
    setBusy(true);
    setError(null);
    setRun(null);
    try {
      const { id } = await api.post<{ id: string }>('/directory/imports', {
        kind,
        sourceName: file.name,
        bytesTotal: file.size || null,
        ...(cptsId ? { cptsId } : {}),
      });
      timer.current = setInterval(() => {
        api.get<ImportRunDto>(`/directory/imports/${id}`).then(
          (progress) => setRun((current) => (current?.status === 'running' || !current ? progress : current)),
          () => {},
        );
      }, 700);
      const finished = await apiUpload<ImportRunDto>(`/directory/imports/${id}/content`, file);
      setRun(finished);
    } catch (cause) {
      setError(cause);
    } finally {
      if (timer.current) clearInterval(timer.current);
      timer.current = null;
      setBusy(false);
      onDone();
    }
  }
  return { run, error, busy, start };
}
