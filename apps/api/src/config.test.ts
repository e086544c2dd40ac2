import { describe, expect, it } from 'vitest';
import { loadConfig, loadMailConfig, loadOidcConfig, loadTrustedProxies } from './config.ts';

const PSC = {
  MAILLON_OIDC_ISSUER: 'https://auth.esw.esante.gouv.fr/auth/realms/esante-wallet',
  MAILLON_OIDC_CLIENT_ID: 'maillon',
  MAILLON_OIDC_CLIENT_SECRET: 's3cret',
  MAILLON_OIDC_REDIRECT_URI: 'https://maillon.exemple.fr/api/auth/oidc/callback',
};

describe('Pro Santé Connect configuration', () => {
  it('is absent when no variable is set', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
  });

  it('reads the four required variables and defaults the scopes to PSC’s', () => {
    expect(loadOidcConfig(PSC)).toEqual({
      issuer: PSC.MAILLON_OIDC_ISSUER,
      discoveryUrl: undefined,
      clientId: 'maillon',
      clientSecret: 's3cret',
      redirectUri: PSC.MAILLON_OIDC_REDIRECT_URI,
      scopes: 'openid scope_all',
      acrValues: undefined,
    });
    expect(loadOidcConfig({ ...PSC, MAILLON_OIDC_SCOPES: 'openid profile', MAILLON_OIDC_ACR_VALUES: 'eidas1' })).toMatchObject({
      scopes: 'openid profile',
      acrValues: 'eidas1',
    });
  });

  it('refuses a partial or malformed setup, naming the variable and never the secret', () => {
    const { MAILLON_OIDC_CLIENT_ID: _, ...partial } = PSC;
    expect(() => loadOidcConfig(partial)).toThrow('MAILLON_OIDC_CLIENT_ID');
    expect(() => loadOidcConfig({ ...PSC, MAILLON_OIDC_ISSUER: 'pas une url' })).toThrow('MAILLON_OIDC_ISSUER');
    expect(() => loadOidcConfig(partial)).not.toThrow('s3cret');
  });
});

describe('trusted proxies', () => {
  it('trusts no proxy by default, so that X-Forwarded-For is ignored', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadTrustedProxies(' , ')).toEqual([]);
  });

  it('reads comma-separated addresses, CIDR ranges and proxy-addr keywords', () => {
    expect(loadConfig({ MAILLON_TRUSTED_PROXIES: '10.0.0.1, 192.168.0.0/16,fd00::/8 ,::1,loopback' }).trustedProxies).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
      'fd00::/8',
      '::1',
      'loopback',
    ]);
  });

  it('refuses at start an entry that is neither an address nor a range, naming it', () => {
    expect(() => loadTrustedProxies('10.0.0.1,proxy.exemple.fr')).toThrow('proxy.exemple.fr');
    expect(() => loadTrustedProxies('10.0.0.0/33')).toThrow('10.0.0.0/33');
    expect(() => loadTrustedProxies('fd00::/129')).toThrow('fd00::/129');
    expect(() => loadTrustedProxies('10.0.0.0/8/1')).toThrow('10.0.0.0/8/1');
    expect(() => loadTrustedProxies('10.0.0.0/')).toThrow('10.0.0.0/');
  });
});

describe('cookie security', () => {
  it('is automatic unless MAILLON_COOKIE_SECURE forces it on or off', () => {
    expect(loadConfig({}).cookieSecure).toBeUndefined();
    expect(loadConfig({ MAILLON_COOKIE_SECURE: 'true' }).cookieSecure).toBe(true);
    expect(loadConfig({ MAILLON_COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
    expect(loadConfig({ MAILLON_COOKIE_SECURE: 'oui' }).cookieSecure).toBeUndefined();
  });
});

describe('e-mail configuration', () => {
  it('keeps messages in the outbox when no SMTP URL is set, with a default sender', () => {
    expect(loadConfig({}).mail).toEqual({ smtpUrl: undefined, from: 'Maillon <ne-pas-repondre@maillon.invalid>' });
  });

  it('takes an smtp:// or smtps:// URL and a sender', () => {
    expect(loadMailConfig({ MAILLON_SMTP_URL: 'smtps://u:p@mail.exemple.fr:465', MAILLON_MAIL_FROM: 'CPTS <cpts@exemple.fr>' })).toEqual({
      smtpUrl: 'smtps://u:p@mail.exemple.fr:465',
      from: 'CPTS <cpts@exemple.fr>',
    });
  });

  it('refuses at start an SMTP URL that is not one, naming the variable', () => {
    expect(() => loadMailConfig({ MAILLON_SMTP_URL: 'http://mail.exemple.fr' })).toThrow(/MAILLON_SMTP_URL/);
    expect(() => loadMailConfig({ MAILLON_SMTP_URL: 'pas une url' })).toThrow(/MAILLON_SMTP_URL/);
  });
});

describe('request log sampling', () => {
  it('logs one successful request in a hundred at info level unless told otherwise', () => {
    expect(loadConfig({}).requestLogSample).toBe(0.01);
    expect(loadConfig({ MAILLON_LOG_REQUEST_SAMPLE: '0' }).requestLogSample).toBe(0);
    expect(loadConfig({ MAILLON_LOG_REQUEST_SAMPLE: '1' }).requestLogSample).toBe(1);
  });

  it('refuses a share outside 0–1, naming the variable', () => {
    expect(() => loadConfig({ MAILLON_LOG_REQUEST_SAMPLE: '5' })).toThrow(/MAILLON_LOG_REQUEST_SAMPLE/);
    expect(() => loadConfig({ MAILLON_LOG_REQUEST_SAMPLE: 'beaucoup' })).toThrow(/MAILLON_LOG_REQUEST_SAMPLE/);
  });
});
