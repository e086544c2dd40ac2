import type { Me } from '@maillon/contracts';
import { createContext } from 'react';

export interface Session {
  /** Null when nobody is logged in. */
  me: Me | null;
  /** True while the initial session probe runs. */
  checking: boolean;
  /** Whether the instance runs on demonstration data (from /api/health or the session). */
  demo: boolean;
  login: (email: string, password: string, options?: { closeOtherSessions?: boolean }) => Promise<Me>;
  logout: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);
