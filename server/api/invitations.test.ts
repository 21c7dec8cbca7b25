import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { testCurriculum } from '../../src/lib/workforce/testCurriculum.ts';
import { browserClient } from '../testing/browserClient.ts';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { useTestServer } from '../testing/testServer.ts';

const deviceAgent = (name: string) => ({
  objectType: 'Agent' as const,
  account: { homePage: 'https://coe.example', name },
});

describe.each(TEST_BACKENDS)('invitations ($name)', (backend) => {
  const lines: string[] = [];
  const { server } = useTestServer(
    backend,
    {},
    {
      each: true,
      logStream: { write: (line) => lines.push(line) },
      siteFiles: { 'curriculum.json': JSON.stringify(testCurriculum) },
    },
  );

  /** A lead signed in in a browser. */
  const leadBrowser = async () => {
    const { username, password } = await server.addCredentials('lead-ana', 'lead');
    const lead = browserClient(server.url);
    await lead.signIn(username, password);
    return lead;
  };
  const invite = async (lead: ReturnType<typeof browserClient>, body: object) => {
    const response = await lead.call('/api/invitations', { method: 'POST', json: body });
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()).invitations as Array<{ id: string; code: string; invitee: string; state: string }>;
  };
  const redeem = (code: string, name: string) =>
    fetch(`${server.url}/api/enrolments/redeem`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code, agent: deviceAgent(name) }),
    });
  const states = async (lead: ReturnType<typeof browserClient>) =>
    Object.fromEntries(
      (
        (await (await lead.call('/api/invitations')).json()).invitations as Array<{ invitee: string; state: string }>
      ).map((i) => [i.invitee, i.state]),
    );

  it('creates one invitation per invitee, each with its own code, usable once', async () => {
    const lead = await leadBrowser();
    const made = await invite(lead, {
      invitees: [
        { invitee: 'Ana Lima', region: 'multi-payer', jobFunction: 'KAM' },
        { invitee: 'bo@example.org', region: 'emerging' },
        { invitee: 'Cy' },
      ],
    });
    expect(made.map((i) => i.invitee)).toEqual(['Ana Lima', 'bo@example.org', 'Cy']);
    expect(new Set(made.map((i) => i.code)).size).toBe(3);
    expect(await states(lead)).toEqual({ 'Ana Lima': 'sent', 'bo@example.org': 'sent', Cy: 'sent' });

    const first = await redeem(made[0]!.code, 'device-ana');
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ agent: deviceAgent('device-ana'), endpoint: '/xapi/' });
    expect((await redeem(made[0]!.code, 'device-other')).status).toBe(400);
    expect((await states(lead))['Ana Lima']).toBe('used');
  });

  it('expires: an invitation past its time shows expired and its code no longer enrols', async () => {
    const lead = await leadBrowser();
    const [made] = await invite(lead, { invitees: [{ invitee: 'Dee' }], expiresInHours: 0.0001 });
    await sleep(500);
    expect((await states(lead)).Dee).toBe('expired');
    expect((await redeem(made!.code, 'device-dee')).status).toBe(400);
  });

  it('revokes a sent invitation at once, and refuses to revoke a used or unknown one', async () => {
    const lead = await leadBrowser();
    const [sent, used] = await invite(lead, { invitees: [{ invitee: 'Eve' }, { invitee: 'Fay' }] });
    expect((await redeem(used!.code, 'device-fay')).status).toBe(201);

    const revoke = (id: string) => lead.call(`/api/invitations/${id}/revoke`, { method: 'POST' });
    expect((await revoke(sent!.id)).status).toBe(200);
    expect((await states(lead)).Eve).toBe('revoked');
    expect((await redeem(sent!.code, 'device-eve')).status).toBe(400);
    expect((await revoke(sent!.id)).status).toBe(409);
    const usedAnswer = await revoke(used!.id);
    expect(usedAnswer.status).toBe(409);
    expect((await usedAnswer.json()).message).toMatch(/is used/);
    expect((await revoke('00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('is for leads and admins only, and names each wrong field of a bad request', async () => {
    const learner = await server.addUser('device-1', 'learner', deviceAgent('device-1'));
    const asLearner = await fetch(`${server.url}/api/invitations`, { headers: { Authorization: learner } });
    expect(asLearner.status).toBe(403);
    const lead = await leadBrowser();
    const empty = await lead.call('/api/invitations', { method: 'POST', json: { invitees: [] } });
    expect(empty.status).toBe(400);
    expect((await empty.json()).message).toMatch(/^invitees: /);
    const blank = await lead.call('/api/invitations', { method: 'POST', json: { invitees: [{ invitee: '  ' }] } });
    expect((await blank.json()).message).toMatch(/invitees\.0\.invitee/);
  });

  it('refuses a batch with a region the curriculum does not declare, naming the row and the allowed regions, and creates none of it', async () => {
    const lead = await leadBrowser();
    const refused = await lead.call('/api/invitations', {
      method: 'POST',
      json: {
        invitees: [
          { invitee: 'Hal', region: 'global' },
          { invitee: 'Ida', region: 'nowhere' },
          { invitee: 'Jo', region: 'Emergent' },
        ],
      },
    });
    expect(refused.status).toBe(400);
    const { message } = await refused.json();
    expect(message).toMatch(/row 2 \(Ida\): region "nowhere"/);
    expect(message).toMatch(/row 3 \(Jo\): region "Emergent"/);
    expect(message).toContain('global, emerging, multi-payer');
    expect(await states(lead)).toEqual({});
    // A blank region is left for the learner to choose; a region's name stands for its id.
    const made = await invite(lead, {
      invitees: [
        { invitee: 'Kay', region: '' },
        { invitee: 'Lu', region: 'Emerging market' },
      ],
    });
    expect(made.map((i) => (i as { region?: string }).region)).toEqual(['', 'emerging']);
  });

  it('never writes an invitation code or a session cookie into the request log', async () => {
    const lead = await leadBrowser();
    const [made] = await invite(lead, { invitees: [{ invitee: 'Gus' }] });
    expect((await redeem(made!.code, 'device-gus')).status).toBe(201);
    const log = lines.join('\n');
    expect(log).toContain('/api/enrolments/redeem');
    expect(log).not.toContain(made!.code);
    expect(log).not.toContain(lead.cookies.get('cohesion_session'));
  });
});
