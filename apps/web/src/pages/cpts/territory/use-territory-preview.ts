import type { TerritoryPreviewDto } from '@maillon/contracts';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { cptsApi } from '../../../api/endpoints.ts';

export interface TerritoryPreview {
  assessment: TerritoryPreviewDto | null;
  loading: boolean;
  error: unknown;
}

/** Live assessment of the draft (debounced 300 ms); null while the draft equals the saved territory. */
export function useTerritoryPreview(cptsId: string, codes: string[], dirty: boolean): TerritoryPreview {
  const key = dirty ? codes.join(',') : null;
  const [debouncedKey] = useDebouncedValue(key, 300);
  const [state, setState] = useState<TerritoryPreview>({ assessment: null, loading: false, error: null });

  useEffect(() => {
    if (debouncedKey === null) {
      setState({ assessment: null, loading: false, error: null });
      return;
    }
    const controller = new AbortController();
    setState((current) => ({ ...current, loading: true, error: null }));
    const units = debouncedKey === '' ? [] : debouncedKey.split(',');
    cptsApi.previewTerritory(cptsId, units, controller.signal).then(
      (assessment) => {
        if (!controller.signal.aborted) setState({ assessment, loading: false, error: null });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((current) => ({ ...current, loading: false, error }));
      },
    );
    return () => controller.abort();
  }, [cptsId, debouncedKey]);

  const pending = key !== debouncedKey;
  return { ...state, loading: state.loading || (dirty && pending) };
}
