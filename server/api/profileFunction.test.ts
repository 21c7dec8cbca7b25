import { describe, expect, it } from 'vitest';
import { evidenceCurriculum } from '../../src/lib/evidence/seededPopulation.ts';
import { learnerFunctionSchema } from '../../src/lib/evidence/statedFunctionSchema.ts';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { basic, useTestServer } from '../testing/testServer.ts';

/** The evidence curriculum with French names for its functions, as `content/functions.yaml` carries them. */
const curriculum = {
  ...evidenceCurriculum,
  functions: evidenceCurriculum.functions.map((f) =>
    f.id === 'market-access' ? { ...f, translations: { fr: 'Accès au marché' } } : f,
  ),
};
const agent = (name: string) => ({
  objectType: 'Agent' as const,
  account: { homePage: 'https://cohesion.invalid', name },
});

describe.each(TEST_BACKENDS)('a learner’s own job function ($name)', (backend) => {
  const { server } = useTestServer(backend, {}, { siteFiles: { 'curriculum.json': JSON.stringify(curriculum) } });
  const call = (auth: string, method = 'GET', json?: unknown) =>
    fetch(`${server.url}/api/profile/function`, {
      method,
      headers: { Authorization: auth, ...(json === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
  const functionOf = async (auth: string) => learnerFunctionSchema.parse(await (await call(auth)).json());

  it('comes from the invitation until the learner states one, by id or by name in any of the site’s languages', async () => {
    const lead = await server.addUser('lead-fn', 'lead');
    const made = await fetch(`${server.url}/api/invitations`, {
      method: 'POST',
      headers: { Authorization: lead, 'Content-Type': 'application/json' },
      body: JSON.stringify({ invitees: [{ invitee: 'Ana', jobFunction: 'medical' }] }),
    });
    const { code } = ((await made.json()).invitations as Array<{ code: string }>)[0]!;
    const redeemed = await fetch(`${server.url}/api/enrolments/redeem`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code, agent: agent('ana') }),
    });
    expect(redeemed.status).toBe(201);
    const { username, password } = (await redeemed.json()) as { username: string; password: string };
    const ana = basic(username, password);
    expect(await functionOf(ana)).toEqual({ function: 'medical', from: 'invitation' });

    const stated = await call(ana, 'PUT', { function: 'accès AU MARCHÉ' });
    expect(stated.status).toBe(200);
    expect(learnerFunctionSchema.parse(await stated.json())).toEqual({ function: 'market-access', from: 'stated' });
    expect(await functionOf(ana)).toEqual({ function: 'market-access', from: 'stated' });
    // Withdrawn, the invitation's function counts again.
    expect((await call(ana, 'PUT', { function: '' })).status).toBe(200);
    expect(await functionOf(ana)).toEqual({ function: 'medical', from: 'invitation' });
  });

  it('is only ever the caller’s own: no request names another learner, and another’s stays as it was', async () => {
    const bo = await server.addUser('bo', 'learner', agent('bo'));
    const cy = await server.addUser('cy', 'learner', agent('cy'));
    expect((await call(cy, 'PUT', { function: 'sales' })).status).toBe(200);

    for (const other of [{ agent: agent('cy') }, { username: 'cy' }, { agentKey: 'cy' }]) {
      const refused = await call(bo, 'PUT', { function: 'marketing', ...other });
      expect(refused.status).toBe(400);
      expect((await refused.json()).message).toMatch(/Unrecognized key/);
    }
    expect((await call(bo, 'PUT', { function: 'marketing' })).status).toBe(200);
    expect(await functionOf(bo)).toEqual({ function: 'marketing', from: 'stated' });
    expect(await functionOf(cy)).toEqual({ function: 'sales', from: 'stated' });

    // Leads and admins have no function of their own to state, nor anyone else's.
    const lead = await server.addUser('lead-own', 'lead');
    const asLead = await call(lead, 'PUT', { function: 'sales' });
    expect(asLead.status).toBe(403);
    expect((await asLead.json()).message).toBe(
      'A job function is stated by a learner, from their own device on the Sync page.',
    );
    expect((await fetch(`${server.url}/api/profile/function`)).status).toBe(401);
  });

  it('refuses a function the curriculum does not list, with a 400 naming the list, and keeps the one stated', async () => {
    const di = await server.addUser('di', 'learner', agent('di'));
    expect((await call(di, 'PUT', { function: 'heor' })).status).toBe(200);
    const unknown = await call(di, 'PUT', { function: 'Procurement' });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).message).toBe(
      'function: "Procurement" is not one of the curriculum\'s functions; use one of kam, sales, medical, market-access, marketing, heor, service (or its name), or leave it blank.',
    );
    const notText = await call(di, 'PUT', { function: 7 });
    expect(notText.status).toBe(400);
    expect((await notText.json()).message).toBe('function: Give your function as text (blank to withdraw it).');
    expect(await functionOf(di)).toEqual({ function: 'heor', from: 'stated' });
  });
});
