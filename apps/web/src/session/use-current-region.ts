import { useLocation } from 'react-router-dom';
import { FRANCE, grantedRegion } from './roles.ts';
import { useMe } from './use-session.ts';

const STORAGE_KEY = 'maillon.region';
const REGION_ROUTE = /^\/(?:observatoire|pipeline|plans|propositions)\/([^/]+)/;

export function rememberRegion(region: string): void {
  if (region === FRANCE) return;
  try {
    sessionStorage.setItem(STORAGE_KEY, region);
  } catch {
    // Storage unavailable (private mode): navigation simply falls back to the granted region.
  }
}

function rememberedRegion(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Region the navigation links point to: the one in the URL, the last one visited, or the granted one. */
export function useCurrentRegion(): string | null {
  const me = useMe();
  const { pathname } = useLocation();
  const fromUrl = REGION_ROUTE.exec(pathname)?.[1];
  if (fromUrl && fromUrl !== FRANCE) return decodeURIComponent(fromUrl);
  return rememberedRegion() ?? grantedRegion(me);
}
