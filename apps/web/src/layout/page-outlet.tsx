import { Suspense } from 'react';
import { Outlet } from 'react-router-dom';
import { LoadingBlock } from '../components/loading-block.tsx';

/**
 * The page of the current route, loaded on demand (each page is its own chunk, issue #11 item 5):
 * the layout stays on screen while a page's code arrives.
 */
export function PageOutlet() {
  return (
    <Suspense fallback={<LoadingBlock label="Chargement de la page…" />}>
      <Outlet />
    </Suspense>
  );
}
