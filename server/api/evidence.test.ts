import { beforeAll, describe, expect, it } from 'vitest';
import { evidenceReportSchema } from '../../src/lib/evidence/evidenceReportSchema.ts';
import { evidenceCurriculum } from '../../src/lib/evidence/seededPopulation.ts';
import { type LearningStatement, statements } from '../../src/lib/progress/statements.ts';
import { testStamp } from '../../src/lib/progress/testStamp.ts';
import { journeyDocument } from '../../src/lib/workforce/testCurriculum.ts';
import { browserClient } from '../testing/browserClient.ts';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { useTestServer } from '../testing/testServer.ts';

const enc = encodeURIComponent;
const stampOf = (name: string, start: string) =>
  testStamp({ name, homePage: 'https://cohesion.invalid', start, stepMs: 60_000, ids: 'random' });

/**
 * 12 learners and 5 open invitations: 6 global on Foundations who assessed mapping at 1 in March
 * and at 2 a month later; 6 emerging on the value path with one self-assessment; 5 sales people
 * invited in the global region who have not enrolled (and, added in `beforeAll`, 5 medical people
 * who enrolled through their invitations, with no journey document).
 */
function seed() {
  const log: LearningStatement[] = [];
  const states: Array<{ agent: object; document: object }> = [];
  for (let i = 0; i < 6; i++) {
    const first = stampOf(`global-${i}`, '2026-03-02T09:00:00Z');
    const again = stampOf(`global-${i}`, '2026-04-02T09:00:00Z');
    log.push(
      statements.answeredAssessmentItem(first, 'm1', 1, 1),
      statements.answeredAssessmentItem(first, 'm2', 1, 1),
      statements.completedModule(first, 'map-basics', 'Map basics'),
      statements.answeredAssessmentItem(again, 'm1', 2, 2),
      statements.answeredAssessmentItem(again, 'm2', 2, 2),
    );
    states.push({ agent: first.actor, document: journeyDocument('global', 'foundations') });
  }
  for (let i = 0; i < 6; i++) {
    const only = stampOf(`emerging-${i}`, '2026-03-10T09:00:00Z');
    log.push(statements.answeredAssessmentItem(only, 'v1', 1, 1));
    states.push({ agent: only.actor, document: journeyDocument('emerging', 'value-path') });
  }
  return { log, states };
}

describe.each(TEST_BACKENDS)('GET /api/evidence ($name)', (backend) => {
  const { server, admin } = useTestServer(
    backend,
    {},
    { siteFiles: { 'curriculum.json': JSON.stringify(evidenceCurriculum) } },
  );
  let lead: string;
  let learner: string;
  const api = (path: string, auth: string, init: RequestInit = {}) =>
    fetch(`${server.url}/api${path}`, { ...init, headers: { Authorization: auth, ...init.headers } });
  const report = async (query: string) =>
    evidenceReportSchema.parse(await (await api(`/evidence${query}`, lead)).json());

  beforeAll(async () => {
    lead = await server.addUser('lead', 'lead');
    learner = await server.addUser('learner', 'learner', {
      objectType: 'Agent',
      account: { homePage: 'https://cohesion.invalid', name: 'global-0' },
    });
    const { log, states } = seed();
    expect((await server.xapi('/statements', { method: 'POST', auth: admin, body: JSON.stringify(log) })).status).toBe(
      200,
    );
    for (const { agent, document } of states) {
      const url = `/activities/state?activityId=${enc('urn:cohesion:journey')}&agent=${enc(JSON.stringify(agent))}&stateId=${enc('urn:cohesion:state:journey')}`;
      expect((await server.xapi(url, { method: 'PUT', auth: admin, body: JSON.stringify(document) })).status).toBe(204);
    }
    const invitees = Array.from({ length: 5 }, (_, i) => ({
      invitee: `sales-${i}`,
      region: 'global',
      jobFunction: 'sales',
    }));
    const invited = await api('/invitations', lead, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ invitees }),
    });
    expect(invited.status).toBe(201);
    // Five medical people enrol through their invitations, then learn: their function comes from the invitation.
    const medical = Array.from({ length: 5 }, (_, i) => ({ invitee: `med-${i}`, jobFunction: 'medical' }));
    const made = await api('/invitations', lead, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ invitees: medical }),
    });
    const codes = ((await made.json()).invitations as Array<{ code: string }>).map((i) => i.code);
    const medLog: LearningStatement[] = [];
    for (const [i, code] of codes.entries()) {
      const stamp = stampOf(`med-${i}`, '2026-03-12T09:00:00Z');
      const redeemed = await fetch(`${server.url}/api/enrolments/redeem`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code, agent: stamp.actor }),
      });
      expect(redeemed.status).toBe(201);
      medLog.push(statements.answeredAssessmentItem(stamp, 'v1', 1, 1));
    }
    expect(
      (await server.xapi('/statements', { method: 'POST', auth: admin, body: JSON.stringify(medLog) })).status,
    ).toBe(200);
  });

  it('gives a lead the growth, adoption and reach of the learners and open invitations', async () => {
    const r = await report('?asOf=2026-06-30');
    expect(r.population.count).toBe(22);
    const mapping = r.growth.find((g) => g.id === 'mapping')!;
    expect(mapping.paired.count).toBe(6);
    expect(mapping.before.map((c) => c.count)).toEqual([0, 6, 0, 0, 0]);
    expect(mapping.after.map((c) => c.count)).toEqual([0, 0, 6, 0, 0]);
    expect([mapping.shareMovedUp, mapping.medianGained, mapping.medianDaysBand]).toEqual([1, 1, '31 to 90 days']);
    expect([r.adoption.invited.count, r.adoption.enrolled.count, r.adoption.active.count]).toEqual([22, 17, 0]);
    const sales = r.adoption.byFunction.find((f) => f.id === 'sales')!;
    expect([sales.invited.count, sales.enrolled.count]).toEqual([5, 0]);
    const medical = r.adoption.byFunction.find((f) => f.id === 'medical')!;
    expect([medical.invited.count, medical.enrolled.count]).toEqual([5, 5]);
    expect(r.reach.modules.find((m) => m.id === 'map-basics')!.functions.at(-1)!.count).toBe(6);
    expect(r.adoption.stalls.map((s) => [s.id, s.learners.count])).toEqual([
      [null, 11],
      ['map-basics', 6],
    ]);
    const global = await report('?region=global&asOf=2026-06-30');
    expect(global.population.count).toBe(11);
  });

  it('downloads a CSV per chart, named after the chart, the filters and the date', async () => {
    const csv = await api('/evidence.csv?chart=growth&region=global&asOf=2026-06-30', lead);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe(
      'attachment; filename="evidence-growth-global-all-2026-06-30.csv"',
    );
    const lines = (await csv.text()).split('\r\n');
    expect(lines[0]).toBe('chart,as_of,region,path,min_group,series,category,period,learners,share,status');
    expect(lines).toContain('growth,2026-06-30,global,all,5,Stakeholder mapping,paired,,6,,shown');
    const none = await api('/evidence.csv', lead);
    expect(none.status).toBe(400);
    expect((await none.json()).message).toMatch(/^Say which chart's CSV/);
  });

  it('refuses a learner, and names what is wrong with a bad query', async () => {
    const asLearner = await api('/evidence', learner);
    expect(asLearner.status).toBe(403);
    expect((await asLearner.json()).message).toMatch(/COE leads and admins/);
    const badDate = await api('/evidence?asOf=June', lead);
    expect(badDate.status).toBe(400);
    expect((await badDate.json()).message).toMatch(/^Invalid evidence query: .*asOf/);
    const unknown = await api('/evidence?region=atlantis', lead);
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).message).toMatch(/Unknown region "atlantis"; use one of: global, emerging/);
    const twice = await api('/evidence?path=foundations&path=value-path', lead);
    expect((await twice.json()).message).toBe('Parameter "path" is given more than once; give it once.');
  });

  it('shows invited, enrolled and active learners as shares of the population a lead entered', async () => {
    const before = await report('?asOf=2026-06-30');
    expect(before.reachOfPopulation).toMatchObject({ size: null, invited: null, enrolled: null, active: null });
    const put = (sizes: unknown[]) =>
      api('/evidence/population', lead, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ sizes }),
      });
    expect((await put([{ dimension: 'region', id: 'global', size: 44 }])).status).toBe(200);
    // All regions count only once every region has its size.
    expect((await report('?asOf=2026-06-30')).reachOfPopulation.size).toBeNull();
    const global = await report('?region=global&asOf=2026-06-30');
    expect(global.reachOfPopulation).toMatchObject({
      size: 44,
      invited: global.adoption.invited.count! / 44,
      enrolled: global.adoption.enrolled.count! / 44,
    });
    expect(
      (
        await put([
          { dimension: 'region', id: 'emerging', size: 22 },
          { dimension: 'region', id: 'multi-payer', size: 22 },
          { dimension: 'function', id: 'medical', size: 10 },
        ])
      ).status,
    ).toBe(200);
    const all = await report('?asOf=2026-06-30');
    expect(all.reachOfPopulation).toMatchObject({ size: 88, invited: 22 / 88, enrolled: 17 / 88, active: 0 });
    expect(all.reachOfPopulation.byFunction.find((f) => f.id === 'medical')).toEqual({
      id: 'medical',
      name: 'Medical',
      size: 10,
      invited: 0.5,
      enrolled: 0.5,
      active: 0,
    });
    expect(all.reachOfPopulation.byFunction.find((f) => f.id === 'sales')!.size).toBeNull();
    // A path has no population of its own: sizes are entered per region and function.
    expect((await report('?path=foundations&asOf=2026-06-30')).reachOfPopulation.size).toBeNull();
    const csv = await (await api('/evidence.csv?chart=adoption&asOf=2026-06-30', lead)).text();
    expect(csv).toContain('adoption,2026-06-30,all,all,5,all learners,population entered,,88,,shown');
    expect(csv).toContain('adoption,2026-06-30,all,all,5,all learners,invited of population,,,0.25,shown');
    expect(csv).toContain('adoption,2026-06-30,all,all,5,Medical,enrolled of population,,,0.5,shown');
  });

  it('counts the function each learner states for themselves in the reach across functions', async () => {
    const before = await report('?asOf=2026-06-30');
    const kam = (r: typeof before) => r.reach.functions.findIndex((f) => f.id === 'kam');
    const unstated = (r: typeof before) => r.reach.enrolled.at(-1)!.count;
    expect(before.reach.enrolled[kam(before)]!.count).toBe(0);
    // The six global learners (who reassessed mapping) each state theirs on their own device.
    for (let i = 0; i < 6; i++) {
      const device = await server.addUser(`global-device-${i}`, 'learner', {
        objectType: 'Agent',
        account: { homePage: 'https://cohesion.invalid', name: `global-${i}` },
      });
      const stated = await api('/profile/function', device, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ function: 'Key account management' }),
      });
      expect(stated.status).toBe(200);
    }
    const after = await report('?asOf=2026-06-30');
    expect(after.reach.enrolled[kam(after)]!.count).toBe(6);
    expect(unstated(after)).toBe(unstated(before)! - 6);
    expect(after.adoption.byFunction.find((f) => f.id === 'kam')!.enrolled.count).toBe(6);
    expect(after.reach.modules.find((m) => m.id === 'map-basics')!.functions[kam(after)]!.count).toBe(6);
  });
});

describe.each(TEST_BACKENDS)('the programme timeline ($name)', (backend) => {
  const { server } = useTestServer(
    backend,
    {},
    { siteFiles: { 'curriculum.json': JSON.stringify(evidenceCurriculum) } },
  );

  it('lets a signed-in lead mark and delete events, which the evidence report draws; a learner and a forged form are refused', async () => {
    const { username, password } = await server.addCredentials('lead-tl', 'lead');
    const lead = browserClient(server.url);
    await lead.signIn(username, password);
    const launch = { date: '2026-03-01', kind: 'launch', label: 'Launch in Europe' };
    const forged = await lead.call('/api/programme-events', { method: 'POST', json: launch, csrf: false });
    expect(forged.status).toBe(403);
    const bad = await lead.call('/api/programme-events', { method: 'POST', json: { ...launch, kind: 'party' } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toMatch(/^kind: /);
    const made = await lead.call('/api/programme-events', { method: 'POST', json: launch });
    expect(made.status).toBe(201);
    const { id } = (await made.json()) as { id: string };
    const r = evidenceReportSchema.parse(await (await lead.call('/api/evidence?asOf=2026-06-30')).json());
    expect(r.events).toEqual([{ id, ...launch }]);

    const learner = await server.addUser('learner-tl', 'learner', {
      objectType: 'Agent',
      account: { homePage: 'https://cohesion.invalid', name: 'tl' },
    });
    const asLearner = await fetch(`${server.url}/api/programme-events`, {
      method: 'POST',
      headers: { Authorization: learner, 'Content-Type': 'application/json' },
      body: JSON.stringify(launch),
    });
    expect(asLearner.status).toBe(403);

    expect((await lead.call(`/api/programme-events/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await lead.call(`/api/programme-events/${id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await (await lead.call('/api/programme-events')).json()).events).toEqual([]);
  });
});
