import { describe, expect, it } from 'vitest';
import { DEFAULT_HASH_COST } from '../auth/hashSecret.ts';
import { hashSessionId, SESSION_COOKIE } from '../auth/sessions.ts';
import { browserClient } from '../testing/browserClient.ts';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { TEST_HASH_COST } from '../testing/testHashCost.ts';
import { basic, startTestServer, useTestServer } from '../testing/testServer.ts';

const STRONG = 'violet tractor lantern ocean';
const learnerAgent = { objectType: 'Agent' as const, account: { homePage: 'https://coe.example', name: 'l-1' } };

describe.each(TEST_BACKENDS)('browser sign-in and sessions ($name)', (backend) => {
  const { server, admin } = useTestServer(backend, { AUTH_FAILURES_PER_MINUTE: '4' }, { each: true });

  it('signs a lead in with an HttpOnly, SameSite=Lax, Path=/ cookie that a new tab (a new request) still carries', async () => {
    const { username, password } = await server.addCredentials('lead-ana', 'lead');
    const tab = browserClient(server.url);
    await tab.signIn(username, password);
    const cookie = tab.lastSetCookie.find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i);
    expect(cookie).toMatch(/Max-Age=43200/);

    const newTab = browserClient(server.url);
    newTab.cookies.set(SESSION_COOKIE, tab.cookies.get(SESSION_COOKIE)!);
    expect((await newTab.session()).user).toEqual({ username: 'lead-ana', role: 'lead' });
    expect(await (await newTab.call('/api/me')).json()).toMatchObject({ username: 'lead-ana', role: 'lead' });
  });

  it('stores the session id only hashed', async () => {
    const { username, password } = await server.addCredentials('lead-ana', 'lead');
    const tab = browserClient(server.url);
    await tab.signIn(username, password);
    const id = tab.cookies.get(SESSION_COOKIE)!;
    expect(await server.repository.findSessionUser(id, Date.now())).toBeUndefined();
    expect((await server.repository.findSessionUser(hashSessionId(id), Date.now()))?.username).toBe('lead-ana');
  });

  it('refuses a learner device credential and a wrong password, without saying which part was wrong', async () => {
    const learner = await server.addCredentials('device-1', 'learner', learnerAgent);
    const tab = browserClient(server.url);
    await tab.session();
    const asLearner = await tab.call('/api/session', { method: 'POST', json: learner });
    expect(asLearner.status).toBe(403);
    expect((await asLearner.json()).message).toMatch(/Sync page/);
    const wrong = await tab.call('/api/session', { method: 'POST', json: { username: 'nobody', password: 'x' } });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).message).toBe('This user name and password were not accepted.');
  });

  it('refuses a state-changing request authenticated by the cookie without its CSRF token, or with another session’s', async () => {
    const { username, password } = await server.addCredentials('lead-ana', 'lead');
    const lead = browserClient(server.url);
    await lead.signIn(username, password);
    const invite = { invitees: [{ invitee: 'ana@example.org' }] };
    const missing = await lead.call('/api/invitations', { method: 'POST', json: invite, csrf: false });
    expect(missing.status).toBe(403);
    expect((await missing.json()).message).toMatch(/form token of your session/);

    const other = browserClient(server.url);
    await other.signIn('admin', 'secret-admin');
    const foreign = await lead.call('/api/invitations', { method: 'POST', json: invite, csrf: other.csrfToken });
    expect(foreign.status).toBe(403);
    // The anonymous token of the sign-in page does not carry over to the session either.
    const anonymous = browserClient(server.url);
    await anonymous.session();
    const tossed = await lead.call('/api/invitations', { method: 'POST', json: invite, csrf: anonymous.csrfToken });
    expect(tossed.status).toBe(403);
    expect((await lead.call('/api/invitations', { method: 'POST', json: invite })).status).toBe(201);
    expect((await lead.call('/api/session', { method: 'DELETE', csrf: false })).status).toBe(403);
  });

  it('leaves Basic clients as they were: no cookie, no token needed', async () => {
    const response = await fetch(`${server.url}/api/invitations`, {
      method: 'POST',
      headers: { Authorization: admin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ invitees: [{ invitee: 'bo@example.org' }] }),
    });
    expect(response.status).toBe(201);
  });

  it('signs out: the cookie is cleared and the session no longer works anywhere', async () => {
    const { username, password } = await server.addCredentials('lead-ana', 'lead');
    const tab = browserClient(server.url);
    await tab.signIn(username, password);
    const id = tab.cookies.get(SESSION_COOKIE)!;
    expect((await tab.call('/api/session', { method: 'DELETE' })).status).toBe(200);
    expect(tab.cookies.has(SESSION_COOKIE)).toBe(false);
    const stale = browserClient(server.url);
    stale.cookies.set(SESSION_COOKIE, id);
    expect((await stale.session()).user).toBeNull();
    expect((await stale.call('/api/me')).status).toBe(401);
  });

  it('changes a password the person chooses, checked against the policy; other sessions end, this one stays', async () => {
    const { username, password } = await server.addCredentials('lead-ana', 'lead');
    const laptop = browserClient(server.url);
    const phone = browserClient(server.url);
    await laptop.signIn(username, password);
    await phone.signIn(username, password);
    const change = (current: string, next: string) =>
      laptop.call('/api/session/password', { method: 'POST', json: { current, next } });
    const wrongCurrent = await change('not it', STRONG);
    expect(wrongCurrent.status).toBe(400);
    expect((await wrongCurrent.json()).message).toMatch(/^current: /);
    const short = await change(password, 'short');
    expect((await short.json()).message).toMatch(/^next: .*at least 12/);
    const breached = await change(password, 'password12345678');
    expect((await breached.json()).message).toMatch(/^next: .*common, breached/);
    expect((await change(password, STRONG)).status).toBe(200);

    expect((await laptop.session()).user?.username).toBe('lead-ana');
    expect((await phone.session()).user).toBeNull();
    const again = browserClient(server.url);
    await expect(again.signIn(username, password)).rejects.toThrow(/401/);
    await again.signIn(username, STRONG);
  });

  it('counts failed sign-ins in the same per-address limit as failed Basic checks', async () => {
    const { username, password } = await server.addCredentials('lead-ana', 'lead');
    const wrongBasic = () => fetch(`${server.url}/api/me`, { headers: { Authorization: basic('admin', 'nope') } });
    expect((await wrongBasic()).status).toBe(401);
    expect((await wrongBasic()).status).toBe(401);
    const tab = browserClient(server.url);
    await tab.session();
    const wrong = await tab.call('/api/session', { method: 'POST', json: { username, password: 'nope' } });
    expect(wrong.status).toBe(401);
    expect((await wrongBasic()).status).toBe(401); // the fourth failure
    const refused = await tab.call('/api/session', { method: 'POST', json: { username, password } });
    expect(refused.status).toBe(429);
    expect((await refused.json()).message).toMatch(/Too many failed/);
    expect((await fetch(`${server.url}/api/me`, { headers: { Authorization: admin } })).status).toBe(429);
  });

  it('ends a user’s sessions at once when an admin disables or removes it', async () => {
    const ana = await server.addCredentials('lead-ana', 'lead');
    const bo = await server.addCredentials('lead-bo', 'lead');
    const anaTab = browserClient(server.url);
    const boTab = browserClient(server.url);
    await anaTab.signIn(ana.username, ana.password);
    await boTab.signIn(bo.username, bo.password);
    const adminTab = browserClient(server.url);
    await adminTab.signIn('admin', 'secret-admin');

    const disabled = await adminTab.call('/api/users/lead-ana/disabled', { method: 'POST', json: { disabled: true } });
    expect(disabled.status).toBe(200);
    expect((await anaTab.call('/api/me')).status).toBe(401);
    const anaBasic = await fetch(`${server.url}/api/me`, {
      headers: { Authorization: basic(ana.username, ana.password) },
    });
    expect(anaBasic.status).toBe(403);
    await expect(browserClient(server.url).signIn(ana.username, ana.password)).rejects.toThrow(/403/);
    expect((await adminTab.call('/api/users/lead-bo', { method: 'DELETE' })).status).toBe(200);
    expect((await boTab.call('/api/me')).status).toBe(401);
    const users = (await (await adminTab.call('/api/users')).json()).users;
    expect(users.map((u: { username: string; disabled: boolean }) => [u.username, u.disabled])).toEqual([
      ['admin', false],
      ['lead-ana', true],
    ]);
    expect((await anaTab.call('/api/users')).status).toBe(401);
  });

  it('lets an admin add a lead with a password that meets the policy, and only an admin', async () => {
    const adminTab = browserClient(server.url);
    await adminTab.signIn('admin', 'secret-admin');
    const weak = await adminTab.call('/api/users', {
      method: 'POST',
      json: { username: 'lead-cy', role: 'lead', password: 'qwerty123456' },
    });
    expect(weak.status).toBe(400);
    const added = await adminTab.call('/api/users', {
      method: 'POST',
      json: { username: 'lead-cy', role: 'lead', password: STRONG },
    });
    expect(added.status).toBe(201);
    // hashed at the server's PASSWORD_HASH_COST (the test servers' low one), not a fixed cost
    expect((await server.repository.findUser('lead-cy'))?.secretHash).toMatch(`scrypt$${TEST_HASH_COST}$8$1$`);
    const lead = browserClient(server.url);
    await lead.signIn('lead-cy', STRONG);
    expect((await lead.call('/api/users')).status).toBe(403);
  });

  it('marks the session cookie Secure when the site is served over HTTPS', async () => {
    const secure = await startTestServer(backend, { COHESION_PUBLIC_URL: 'https://cohesion.example' });
    try {
      const { username, password } = await secure.addCredentials('lead-ana', 'lead');
      const tab = browserClient(secure.url);
      await tab.signIn(username, password);
      expect(tab.lastSetCookie.find((c) => c.startsWith(`${SESSION_COOKIE}=`))).toMatch(/;\s*Secure/i);
    } finally {
      await secure.close();
    }
  });
});

describe.each(TEST_BACKENDS)('first run ($name)', (backend) => {
  it('offers setup with the printed token while there are no users, then closes it for good', async () => {
    const server = await startTestServer(backend, { AUTH_FAILURES_PER_MINUTE: '3' }, { setupToken: 'tok-123' });
    try {
      const browser = browserClient(server.url);
      expect((await browser.session()).setupNeeded).toBe(true);
      const setup = (token: string, password = STRONG) =>
        browser.call('/api/setup', { method: 'POST', json: { token, username: 'first-admin', password } });
      const wrong = await setup('guess');
      expect(wrong.status).toBe(403);
      expect((await wrong.json()).message).toMatch(/^token: /);
      const weak = await setup('tok-123', 'password');
      expect((await weak.json()).message).toMatch(/^password: .*at least 12/);

      const made = await setup('tok-123');
      expect(made.status).toBe(201);
      expect((await made.json()).user).toEqual({ username: 'first-admin', role: 'admin' });
      expect((await browser.session()).user).toEqual({ username: 'first-admin', role: 'admin' });
      expect((await browser.session()).setupNeeded).toBe(false);
      const second = browserClient(server.url);
      await second.session();
      const closed = await second.call('/api/setup', {
        method: 'POST',
        json: { token: 'tok-123', username: 'intruder', password: STRONG },
      });
      expect(closed.status).toBe(404);
      expect((await server.repository.listUsers()).map((u) => u.username)).toEqual(['first-admin']);
    } finally {
      await server.close();
    }
  });

  it('creates one admin when two setups race with the token', async () => {
    // At the production hashing cost: hashing the password is what keeps both requests past the "setup still
    // open" check before either stores its admin, so the race reaches the database.
    const server = await startTestServer(
      backend,
      { PASSWORD_HASH_COST: String(DEFAULT_HASH_COST) },
      { setupToken: 'tok-123' },
    );
    try {
      const attempt = async (username: string) => {
        const browser = browserClient(server.url);
        await browser.session();
        return (
          await browser.call('/api/setup', { method: 'POST', json: { token: 'tok-123', username, password: STRONG } })
        ).status;
      };
      const statuses = await Promise.all([attempt('admin-a'), attempt('admin-b')]);
      expect(statuses.sort()).toEqual([201, 409]);
      expect(await server.repository.listUsers()).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('has no setup route when the server was started with users (no token printed)', async () => {
    const server = await startTestServer(backend);
    try {
      const browser = browserClient(server.url);
      expect((await browser.session()).setupNeeded).toBe(false);
      const response = await browser.call('/api/setup', {
        method: 'POST',
        json: { token: 'anything', username: 'x-admin', password: STRONG },
      });
      expect(response.status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
