import { describe, expect, it } from 'vitest';
import { evidenceCurriculum } from '../../src/lib/evidence/seededPopulation.ts';
import { browserClient } from '../testing/browserClient.ts';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { useTestServer } from '../testing/testServer.ts';

describe.each(TEST_BACKENDS)('an invitation’s function ($name)', (backend) => {
  const { server } = useTestServer(
    backend,
    {},
    { siteFiles: { 'curriculum.json': JSON.stringify(evidenceCurriculum) } },
  );
  const leadBrowser = async () => {
    const { username, password } = await server.addCredentials('lead-fn', 'lead');
    const lead = browserClient(server.url);
    await lead.signIn(username, password);
    return lead;
  };

  it('is one of the curriculum’s functions: another is refused with a 400 naming the list, and nothing is created', async () => {
    const lead = await leadBrowser();
    const refused = await lead.call('/api/invitations', {
      method: 'POST',
      json: {
        invitees: [
          { invitee: 'Ana', jobFunction: 'sales' },
          { invitee: 'Bo', jobFunction: 'Procurement' },
        ],
      },
    });
    expect(refused.status).toBe(400);
    expect((await refused.json()).message).toBe(
      'invitees: row 2 (Bo): function "Procurement" is not one of the curriculum\'s; use one of kam, sales, medical, market-access, marketing, heor, service (or its name), or leave it blank. Nothing was created.',
    );
    const list = (await (await lead.call('/api/invitations')).json()).invitations as unknown[];
    expect(list).toEqual([]);

    const made = await lead.call('/api/invitations', {
      method: 'POST',
      json: {
        invitees: [
          { invitee: 'Ana', jobFunction: 'sales' },
          { invitee: 'Cy' },
          { invitee: 'Di', jobFunction: 'MARKET access' },
        ],
      },
    });
    expect(made.status).toBe(201);
    // A function given by its name, in any case, is recorded by its id.
    const recorded = (await (await lead.call('/api/invitations')).json()).invitations as Array<{
      invitee: string;
      jobFunction: string;
    }>;
    expect(recorded.map((i) => [i.invitee, i.jobFunction]).sort()).toEqual([
      ['Ana', 'sales'],
      ['Cy', ''],
      ['Di', 'market-access'],
    ]);
  });
});
