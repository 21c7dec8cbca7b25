/** A browser's view of the server: its cookies (as a cookie jar keeps them) and its CSRF token. */
export interface BrowserClient {
  /** The cookie values by name, as the server last set them. */
  cookies: Map<string, string>;
  /** The CSRF token the server last handed this browser. */
  csrfToken: string;
  /** The `Set-Cookie` lines of the last response. */
  lastSetCookie: string[];
  /** fetch with the jar's cookies, JSON bodies, and the CSRF token unless `csrf: false`. */
  call(path: string, init?: { method?: string; json?: unknown; csrf?: boolean | string }): Promise<Response>;
  /** GET /api/session: refreshes the CSRF token and returns the body. */
  session(): Promise<{ user: { username: string; role: string } | null; csrfToken: string; setupNeeded: boolean }>;
  /** Signs in; throws unless the server answers 200. */
  signIn(username: string, password: string): Promise<void>;
}

/** A fresh browser (empty cookie jar) against the server at `url`. */
export function browserClient(url: string): BrowserClient {
  const client: BrowserClient = {
    cookies: new Map(),
    csrfToken: '',
    lastSetCookie: [],
    async call(path, init = {}) {
      const headers = new Headers();
      const jar = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      if (jar !== '') headers.set('Cookie', jar);
      if (init.json !== undefined) headers.set('Content-Type', 'application/json');
      const csrf = init.csrf ?? true;
      if (csrf !== false) headers.set('X-CSRF-Token', csrf === true ? client.csrfToken : csrf);
      const response = await fetch(`${url}${path}`, {
        method: init.method ?? 'GET',
        headers,
        body: init.json === undefined ? undefined : JSON.stringify(init.json),
      });
      client.lastSetCookie = response.headers.getSetCookie();
      for (const line of client.lastSetCookie) {
        const [pair, ...attributes] = line.split(';');
        const [name, value] = [pair!.slice(0, pair!.indexOf('=')), pair!.slice(pair!.indexOf('=') + 1)];
        const expired = attributes.some((a) => /^\s*max-age=0$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
        if (expired || value === '') client.cookies.delete(name);
        else client.cookies.set(name, value);
      }
      return response;
    },
    async session() {
      const body = (await (await client.call('/api/session')).json()) as Awaited<ReturnType<BrowserClient['session']>>;
      client.csrfToken = body.csrfToken;
      return body;
    },
    async signIn(username, password) {
      await client.session();
      const response = await client.call('/api/session', { method: 'POST', json: { username, password } });
      if (response.status !== 200) throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
      client.csrfToken = ((await response.json()) as { csrfToken: string }).csrfToken;
    },
  };
  return client;
}
