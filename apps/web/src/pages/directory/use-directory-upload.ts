import type { DirectoryImportKind, ImportRunDto } from '@maillon/contracts';
import { useEffect, useRef, useState } from 'react';
import { directoryApi } from './directory-api.ts';
import { isReading } from './import-kinds.ts';

export interface UploadRequest {
  kind: DirectoryImportKind;
  file: File;
  cptsId: string | undefined;
}

type Busy = 'uploading' | 'applying' | 'cancelling' | null;

/**
 * Creates the import run, streams the file to it and polls the run meanwhile, so that the
 * progress shown is the server's (any API process can answer the poll). The upload ends with a
 * preview; `apply` and `cancel` then confirm or abandon it.
 */
export function useDirectoryUpload(onChange: () => void) {
  const [run, setRun] = useState<ImportRunDto | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  const stopPolling = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
  };
  useEffect(
    () => () => {
      if (timer.current) clearInterval(timer.current);
    },
    [],
  );

  async function act(kind: Busy, action: () => Promise<ImportRunDto>) {
    setBusy(kind);
    setError(null);
    try {
      setRun(await action());
    } catch (cause) {
      setError(cause);
    } finally {
      stopPolling();
      setBusy(null);
      onChange();
    }
  }

  const start = ({ kind, file, cptsId }: UploadRequest) => {
    setRun(null);
    return act('uploading', async () => {
      const { id } = await directoryApi.create({
        kind,
        sourceName: file.name,
        bytesTotal: file.size || null,
        ...(cptsId ? { cptsId } : {}),
      });
      timer.current = setInterval(() => {
        directoryApi.get(id).then(
          (progress) => setRun((current) => (!current || isReading(current.status) ? progress : current)),
          () => {},
        );
      }, 700);
      try {
        return await directoryApi.send(id, file);
      } catch (cause) {
        // Show the run as the server left it (failed, with its reason and rejected lines).
        stopPolling();
        await directoryApi.get(id).then(setRun, () => {});
        throw cause;
      }
    });
  };
  const apply = () => (run ? act('applying', () => directoryApi.apply(run.id)) : undefined);
  const cancel = () => (run ? act('cancelling', () => directoryApi.cancel(run.id)) : undefined);
  /** Opens a run of the list (a preview left waiting, e.g. after reloading the page). */
  const show = (shown: ImportRunDto) => {
    setError(null);
    setRun(shown);
  };
  return { run, error, busy, start, apply, cancel, show };
}
