import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { LoadingBlock } from '../components/loading-block.tsx';
import { useSession } from '../session/use-session.ts';

/** Sends visitors without a session to /connexion, remembering where they wanted to go. */
export function RequireAuth() {
  const { me, checking } = useSession();
  const location = useLocation();
  if (checking) {
    return (
      <main>
        <LoadingBlock label="Vérification de la session…" />
      </main>
    );
  }
  if (!me) return <Navigate to="/connexion" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return <Outlet />;
}
