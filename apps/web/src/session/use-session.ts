import type { Me } from '@maillon/contracts';
import { useContext } from 'react';
import { type Session, SessionContext } from './session-context.ts';

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>.');
  return session;
}

/** The logged-in user; only for components rendered behind <RequireAuth>. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe called without a session.');
  return me;
}
