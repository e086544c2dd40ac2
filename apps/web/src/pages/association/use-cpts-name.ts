import { cptsApi } from '../../api/endpoints.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';

/** The CPTS's name for page subtitles (null while loading or when unreadable). */
export function useCptsName(id: string): string | null {
  const detail = useApiQuery(`cpts-name|${id}`, () => cptsApi.get(id));
  return detail.data?.name ?? null;
}
