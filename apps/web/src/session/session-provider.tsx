import type { Me } from '@maillon/contracts';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { setCsrfToken, setUnauthorizedHandler } from '../api/api-client.ts';
import { authApi, systemApi } from '../api/endpoints.ts';
import { type Session, SessionContext } from './session-context.ts';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [checking, setChecking] = useState(true);
  const [healthDemo, setHealthDemo] = useState(false);

  const applyMe = useCallback((next: Me | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    setMe(next);
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => applyMe(null));
    authApi
      .me()
      .then(applyMe, () => applyMe(null))
      .finally(() => setChecking(false));
    systemApi.health().then(
      (health) => setHealthDemo(health.demo === true),
      () => setHealthDemo(false),
    );
    return () => setUnauthorizedHandler(null);
  }, [applyMe]);

  const login = useCallback(
    async (email: string, password: string, options: { closeOtherSessions?: boolean } = {}) => {
      const next = await authApi.login(email, password, options);
      applyMe(next);
      return next;
    },
    [applyMe],
  );

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      applyMe(null);
    }
  }, [applyMe]);

  const value = useMemo<Session>(
    () => ({ me, checking, demo: me?.demo ?? healthDemo, login, logout }),
    [me, checking, healthDemo, login, logout],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}
