/**
 * Walks the test provider's pages as a browser would (manual redirects, a cookie jar, the
 * login form), from the authorization URL Maillon redirected to, until the provider sends the
 * browser back to Maillon's callback; returns that callback URL.
 */
export async function walkProvider(authorizationUrl: string, choice: { login: string; password: string } | 'deny'): Promise<URL> {
  const jar = new Map<string, string>();
  const origin = new URL(authorizationUrl).origin;
  let next: { url: URL; form?: URLSearchParams } = { url: new URL(authorizationUrl) };
  for (let step = 0; step < 12; step++) {
    const response = await fetch(next.url, {
      method: next.form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(next.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(next.form ? { body: next.form.toString() } : {}),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header)) jar.delete(name.trim());
      else jar.set(name.trim(), value);
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const target = new URL(location, next.url);
      if (target.origin !== origin) return target;
      next = { url: target };
      continue;
    }
    if (response.status === 200 && next.url.pathname.startsWith('/interaction/')) {
      await response.text();
      const form =
        choice === 'deny'
          ? new URLSearchParams({ action: 'deny' })
          : new URLSearchParams({ action: 'login', login: choice.login, password: choice.password });
      next = { url: new URL(`${next.url.pathname}/login`, origin), form };
      continue;
    }
    throw new Error(`Unexpected provider answer ${response.status} at ${next.url}: ${await response.text()}`);
  }
  throw new Error('The provider never redirected back to Maillon.');
}
