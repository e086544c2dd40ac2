import * as oidc from 'openid-client';
import type { OidcConfig } from '../../config.ts';

/** The relying party: provider metadata discovered once per process, then reused. */
export interface OidcClient {
  settings: OidcConfig;
  configuration(): Promise<oidc.Configuration>;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Plain HTTP is only accepted for a provider on the loopback interface (a local test
 * provider); everything else must be HTTPS (OAuth 2.0 Security BCP, RFC 9700 §2.6).
 */
export function allowsPlainHttp(issuer: string): boolean {
  const url = new URL(issuer);
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

async function discover(settings: OidcConfig): Promise<oidc.Configuration> {
  const options: oidc.DiscoveryRequestOptions = allowsPlainHttp(settings.issuer) ? { execute: [oidc.allowInsecureRequests] } : {};
  // Pro Santé Connect serves its metadata at a non-standard path (interop.md §8): fetching it
  // directly skips openid-client's issuer check, so it is done here instead.
  const location = new URL(settings.discoveryUrl ?? settings.issuer);
  const configuration = await oidc.discovery(
    location,
    settings.clientId,
    undefined,
    oidc.ClientSecretBasic(settings.clientSecret),
    options,
  );
  const issuer = configuration.serverMetadata().issuer;
  if (issuer !== settings.issuer) {
    throw new Error(`Le fournisseur OIDC annonce l'émetteur ${issuer}, ${settings.issuer} attendu.`);
  }
  return configuration;
}

/** Discovery happens on first use; a failure is retried on the next login instead of being cached. */
export function createOidcClient(settings: OidcConfig): OidcClient {
  let pending: Promise<oidc.Configuration> | null = null;
  return {
    settings,
    configuration() {
      pending ??= discover(settings).catch((error: unknown) => {
        pending = null;
        throw error;
      });
      return pending;
    },
  };
}
