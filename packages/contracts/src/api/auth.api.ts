import { z } from 'zod';
import {
  activeSessionListSchema,
  changePasswordRequestSchema,
  closedSessionsSchema,
  loginRequestSchema,
  meSchema,
  sessionIdParamsSchema,
} from '../auth.ts';
import { authOptionsSchema } from '../portal.ts';
import { route } from './route.ts';

const tags = ['auth'];

/** Password sign-in, the session of the signed-in user, and the sign-in modes offered. */
export const authApi = {
  login: route({
    method: 'POST',
    path: '/api/auth/login',
    tags,
    summary: 'Ouvre une session (cookie HttpOnly), en fermant au besoin les autres sessions',
    body: loginRequestSchema,
    response: meSchema,
    errors: [401, 429],
  }),
  logout: route({ method: 'POST', path: '/api/auth/logout', tags, summary: 'Ferme la session', status: 204 }),
  me: route({
    method: 'GET',
    path: '/api/auth/me',
    tags,
    summary: 'Utilisateur connecté et jeton CSRF',
    response: meSchema,
    errors: [401],
  }),
  options: route({ method: 'GET', path: '/api/auth/options', tags, summary: 'Modes de connexion proposés', response: authOptionsSchema }),
};

/**
 * Pro Santé Connect sign-in (OpenID Connect authorization code flow). Both routes are browser
 * navigations answered with redirects: to the provider, to `/portail` once signed in, or to
 * `/connexion?erreur=<code>` when the login is refused.
 */
export const oidcApi = {
  start: route({
    method: 'GET',
    path: '/api/auth/oidc/start',
    tags,
    summary: 'Redirige vers Pro Santé Connect (code + PKCE, state, nonce)',
    redirect: true,
    errors: [404],
  }),
  callback: route({
    method: 'GET',
    path: '/api/auth/oidc/callback',
    tags,
    summary: 'Retour de Pro Santé Connect : ouvre la session',
    redirect: true,
    errors: [404],
  }),
};

/** The signed-in user's own sessions (« Sessions actives ») and password. */
export const accountSessionsApi = {
  list: route({
    method: 'GET',
    path: '/api/auth/sessions',
    tags,
    personalData: true,
    summary: 'Sessions ouvertes de l’utilisateur connecté',
    response: activeSessionListSchema,
    errors: [401],
  }),
  revoke: route({
    method: 'DELETE',
    path: '/api/auth/sessions/:id',
    tags,
    personalData: true,
    summary: 'Ferme une de ses sessions (sa prochaine requête reçoit 401)',
    params: sessionIdParamsSchema,
    status: 204,
    errors: [401, 404],
  }),
  revokeOthers: route({
    method: 'POST',
    path: '/api/auth/sessions/revoke-others',
    tags,
    personalData: true,
    summary: 'Ferme toutes ses autres sessions',
    response: closedSessionsSchema,
    errors: [401],
  }),
  changePassword: route({
    method: 'POST',
    path: '/api/auth/password',
    tags,
    personalData: true,
    summary: 'Change son mot de passe (mot de passe actuel requis), en fermant par défaut les autres sessions',
    body: changePasswordRequestSchema,
    response: closedSessionsSchema,
    errors: [401, 409, 422, 429],
  }),
};

/** The service itself. */
export const systemApi = {
  health: route({
    method: 'GET',
    path: '/api/health',
    tags: ['system'],
    summary: 'État du service',
    response: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']), demo: z.boolean(), version: z.string() }),
  }),
};
