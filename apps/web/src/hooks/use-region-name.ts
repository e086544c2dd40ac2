import type { Region } from '@maillon/contracts';
import { geoApi } from '../api/endpoints.ts';
import { useApiQuery } from './use-api-query.ts';

let cache: Promise<Region[]> | null = null;

/** Region list, fetched once per page load. */
export function cachedRegions(): Promise<Region[]> {
  cache ??= geoApi.regions().catch((error: unknown) => {
    cache = null;
    throw error;
  });
  return cache;
}

/** "Provence-Alpes-Côte d'Azur" for "93" (the code itself until the list is loaded). */
export function useRegionName(code: string | null): string | null {
  const regions = useApiQuery('regions', cachedRegions);
  if (!code) return null;
  return regions.data?.find((region) => region.code === code)?.name ?? `Région ${code}`;
}
