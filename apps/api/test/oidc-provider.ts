import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type JWK } from 'oidc-provider';

/** An account of the test provider and the claims Pro Santé Connect would give for it. */
export interface TestOidcAccount {
  login: string;
  password: string;
  /** `sub` plus the claims released with the `scope_all` scope (SubjectNameID, names…). */
  claims: { sub: string } & Record<string, unknown>;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Accounts may be added while the provider runs. */
  accounts: Map<string, TestOidcAccount>;
  close(): Promise<void>;
}

/** Claims of the `scope_all` scope, named as Pro Santé Connect names them (docs/reference/pro-sante-connect.md). */
const PSC_CLAIMS = ['SubjectNameID', 'given_name', 'family_name', 'preferred_username', 'email', 'email_verified'];

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid: string, error?: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Fournisseur d'identité de test</title></head>
<body><main><h1>Fournisseur d'identité de test (Pro Santé Connect simulé)</h1>
${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<label>Identifiant <input name="login" autocomplete="username"></label>
<label>Mot de passe <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit" name="action" value="login">Valider</button>
<button type="submit" name="action" value="deny">Refuser</button>
</form></main></body></html>`;
}

async function formBody(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * The login step ("interaction") of the test provider: a form with an account and a password,
 * and a "Refuser" button that ends the login with `access_denied`, as a user declining at Pro
 * Santé Connect would. Consent is granted with the login (a first-party client).
 */
async function interaction(provider: Provider, accounts: Map<string, TestOidcAccount>, req: IncomingMessage, res: ServerResponse) {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(loginPage(details.uid));
    return;
  }
  const form = await formBody(req);
  if (form.get('action') === 'deny') {
    await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'Connexion refusée par l’utilisateur.' });
    return;
  }
  const account = accounts.get(form.get('login') ?? '');
  if (!account || account.password !== form.get('password')) {
    res.statusCode = 401;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(loginPage(details.uid, 'Identifiant ou mot de passe incorrect.'));
    return;
  }
  const grant = new provider.Grant({ accountId: account.claims.sub, clientId: String(details.params.client_id) });
  grant.addOIDCScope(String(details.params.scope));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { login: { accountId: account.claims.sub }, consent: { grantId } });
}

/**
 * A real OpenID Connect provider (`oidc-provider`) on 127.0.0.1 and a random port, shaped like
 * Pro Santé Connect: confidential client (client_secret_basic), PKCE required, `scope_all`
 * releasing `SubjectNameID` and the names through userinfo, RS256-signed ID tokens.
 */
export async function startTestOidcProvider(options: {
  redirectUris: string[];
  accounts: TestOidcAccount[];
  clientSecret?: string;
}): Promise<TestOidcProvider> {
  const accounts = new Map(options.accounts.map((a) => [a.login, a]));
  const clientId = 'maillon-test';
  const clientSecret = options.clientSecret ?? randomBytes(24).toString('base64url');
  let provider: Provider | null = null;
  const server = createServer((req, res) => {
    const current = provider as Provider;
    if (req.url?.startsWith('/interaction/')) {
      interaction(current, accounts, req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    current.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], scope_all: PSC_CLAIMS },
    scopes: ['openid', 'scope_all'],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, AuthorizationCode: 60, IdToken: 600 },
    jwks: { keys: [{ ...(signingKey as JWK), kid: 'test-key', use: 'sig', alg: 'RS256' }] },
    async findAccount(_ctx, sub) {
      const account = [...accounts.values()].find((a) => a.claims.sub === sub);
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ ...account.claims }) };
    },
  });
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
