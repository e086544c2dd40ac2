import { useCallback, useEffect, useRef, useState } from 'react';

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Fetch again (after a mutation elsewhere). */
  reload: () => void;
  /** Replace the data with a fresher copy returned by a mutation. */
  setData: (data: T) => void;
}

/**
 * Loads `fetcher()` whenever `key` changes; `key === null` means "nothing to load yet".
 * Late answers of superseded requests are ignored.
 */
export function useApiQuery<T>(key: string | null, fetcher: () => Promise<T>): QueryState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(key !== null);
  const [generation, setGeneration] = useState(0);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;
  const loadedKey = useRef<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is how reload() asks for a new fetch.
  useEffect(() => {
    if (key === null) {
      setLoading(false);
      return;
    }
    let current = true;
    // A new key shows nothing stale; a reload keeps the current data on screen.
    if (loadedKey.current !== key) setData(undefined);
    loadedKey.current = key;
    setLoading(true);
    setError(null);
    fetcherRef.current().then(
      (result) => {
        if (!current) return;
        setData(result);
        setLoading(false);
      },
      (cause: unknown) => {
        if (!current) return;
        setError(cause);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data, error, loading, reload, setData };
}
