import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { basic, startTestServer, useTestServer } from '../testing/testServer.ts';

const agent = (name: string) => ({ objectType: 'Agent' as const, account: { homePage: 'https://coe.example', name } });

describe.each(TEST_BACKENDS)('adding a device by short code ($name)', (backend) => {
  const { server } = useTestServer(backend, {}, { each: true });
  const api = (path: string, init: { auth?: string; method?: string; json?: unknown } = {}) =>
    fetch(`${server.url}/api${path}`, {
      method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
      headers: {
        ...(init.auth === undefined ? {} : { Authorization: init.auth }),
        ...(init.json === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    });
  /** The enrolled phone asks for a pairing: its id and short code. */
  const ask = async (auth: string, json: object = {}) => {
    const response = await api('/pairings', { auth, json });
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as { id: string; code: string; state: string; expiresAt: string };
  };
  const claim = (code: string, device = 'Firefox on Android') => api('/pairings/claim', { json: { code, device } });
  const waitFor = async (token: string) => (await api('/pairings/wait', { json: { token } })).json();

  it('gives the new device its own credential for the same agent only once the enrolled device allows it', async () => {
    const phone = await server.addUser('phone', 'learner', agent('ana'));
    const pairing = await ask(phone);
    expect(pairing.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(pairing.state).toBe('waiting');

    const claimed = await claim(pairing.code.toLowerCase().replace('-', ' '));
    expect(claimed.status).toBe(202);
    const { token } = await claimed.json();
    expect(await waitFor(token)).toEqual({ state: 'claimed' });
    const seen = await (await api(`/pairings/${pairing.id}`, { auth: phone })).json();
    expect(seen).toMatchObject({ state: 'claimed', device: 'Firefox on Android' });

    const confirmed = await api(`/pairings/${pairing.id}/confirm`, { auth: phone, json: {} });
    expect(confirmed.status).toBe(200);
    const granted = await waitFor(token);
    expect(granted).toMatchObject({ state: 'confirmed', agent: agent('ana'), endpoint: '/xapi/' });
    expect(granted.username).not.toBe('phone');

    const laptop = basic(granted.username, token);
    const { devices } = await (await api('/devices', { auth: laptop })).json();
    expect(devices.map((d: { username: string; current: boolean }) => [d.username, d.current])).toEqual([
      ['phone', false],
      [granted.username, true],
    ]);
  });

  it('needs the confirmation: an unconfirmed or declined claim gives no credential', async () => {
    const phone = await server.addUser('phone', 'learner', agent('ana'));
    const pairing = await ask(phone);
    const { token, username } = await (await claim(pairing.code)).json();
    expect(username).toBeUndefined();
    expect((await api('/devices', { auth: basic('anyone', token) })).status).toBe(401);
    expect((await api(`/pairings/${pairing.id}/decline`, { auth: phone, json: {} })).status).toBe(200);
    expect(await waitFor(token)).toEqual({ state: 'declined' });
    expect((await api(`/pairings/${pairing.id}/confirm`, { auth: phone, json: {} })).status).toBe(409);
    expect((await server.repository.listUsers()).map((u) => u.username).sort()).toEqual(['admin', 'phone']);
  });

  it('is single-use: a claimed code cannot be claimed again, nor a pairing confirmed twice', async () => {
    const phone = await server.addUser('phone', 'learner', agent('ana'));
    const pairing = await ask(phone);
    expect((await claim(pairing.code)).status).toBe(202);
    const again = await claim(pairing.code, 'Someone else');
    expect(again.status).toBe(400);
    expect((await again.json()).message).toMatch(/^code: this code is unknown, already used or expired/);
    expect((await api(`/pairings/${pairing.id}/confirm`, { auth: phone, json: {} })).status).toBe(200);
    expect((await api(`/pairings/${pairing.id}/confirm`, { auth: phone, json: {} })).status).toBe(409);
  });

  it('expires: a code past its minutes cannot be claimed, and a claim not allowed in time cannot be confirmed', async () => {
    const phone = await server.addUser('phone', 'learner', agent('ana'));
    const unused = await ask(phone, { expiresInMinutes: 0.005 });
    const late = await ask(phone, { expiresInMinutes: 0.005 });
    const { token } = await (await claim(late.code)).json();
    await sleep(500);
    expect((await claim(unused.code)).status).toBe(400);
    expect((await api(`/pairings/${late.id}/confirm`, { auth: phone, json: {} })).status).toBe(409);
    expect(await waitFor(token)).toEqual({ state: 'expired' });
    expect((await api('/pairings', { auth: phone, json: { expiresInMinutes: 60 } })).status).toBe(400);
  });

  it('lets no other learner see, allow or decline a learner’s pairing', async () => {
    const phone = await server.addUser('phone', 'learner', agent('ana'));
    const stranger = await server.addUser('stranger', 'learner', agent('bo'));
    const pairing = await ask(phone);
    expect((await claim(pairing.code)).status).toBe(202);
    expect((await api(`/pairings/${pairing.id}`, { auth: stranger })).status).toBe(404);
    expect((await api(`/pairings/${pairing.id}/confirm`, { auth: stranger, json: {} })).status).toBe(404);
    expect((await api(`/pairings/${pairing.id}/decline`, { auth: stranger, json: {} })).status).toBe(404);
    expect((await (await api(`/pairings/${pairing.id}`, { auth: phone })).json()).state).toBe('claimed');
    const lead = await server.addUser('lead', 'lead');
    expect((await api('/pairings', { auth: lead, json: {} })).status).toBe(403);
  });

  it('refuses a removed device at once, even one whose credential was just checked', async () => {
    const phone = await server.addUser('phone', 'learner', agent('ana'));
    const pairing = await ask(phone);
    const { token } = await (await claim(pairing.code)).json();
    await api(`/pairings/${pairing.id}/confirm`, { auth: phone, json: {} });
    const { username } = await waitFor(token);
    const laptop = basic(username, token);
    expect((await server.xapi('/statements', { auth: laptop })).status).toBe(200);
    expect((await api(`/devices/${username}`, { auth: phone, method: 'DELETE' })).status).toBe(200);
    expect((await server.xapi('/statements', { auth: laptop })).status).toBe(401);
  });
});

describe.each(TEST_BACKENDS)('guessing pairing codes ($name)', (backend) => {
  it('shares the failed-check limit: past it even the right code is refused', async () => {
    const server = await startTestServer(backend, { AUTH_FAILURES_PER_MINUTE: '3' });
    try {
      const phone = await server.addUser('phone', 'learner', agent('ana'));
      const pairing = await (
        await fetch(`${server.url}/api/pairings`, {
          method: 'POST',
          headers: { Authorization: phone, 'Content-Type': 'application/json' },
          body: '{}',
        })
      ).json();
      const claim = (code: string) =>
        fetch(`${server.url}/api/pairings/claim`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ code, device: 'Guesser' }),
        });
      const statuses = [];
      for (const guess of ['AAAA-AAAA', 'BBBB-BBBB', 'CCCC-CCCC', pairing.code])
        statuses.push((await claim(guess)).status);
      expect(statuses).toEqual([400, 400, 400, 429]);
    } finally {
      await server.close();
    }
  });
});
