import { Navigate } from 'react-router-dom';
import { homePath } from '../../session/roles.ts';
import { useMe } from '../../session/use-session.ts';

export function HomeRedirect() {
  const me = useMe();
  return <Navigate to={homePath(me)} replace />;
}
