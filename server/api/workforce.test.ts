import { beforeAll, describe, expect, it } from 'vitest';
import { type LearningStatement, statements } from '../../src/lib/progress/statements.ts';
import { journeyDocument, learnerStamp, testCurriculum } from '../../src/lib/workforce/testCurriculum.ts';
import { type WorkforceReport, workforceReportSchema } from '../../src/lib/workforce/workforceReportSchema.ts';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { startTestServer, useTestServer } from '../testing/testServer.ts';

const enc = encodeURIComponent;

/**
 * 30 learners: 12 global on Foundations (mapping 2; six also completed the value case, value 3),
 * 10 emerging on the value path (mapping 1, value 3), 5 with no State document (value 1) and
 * 3 multi-payer with no path (mapping 4).
 */
function seed(): { log: LearningStatement[]; states: Array<{ agent: object; document: object }> } {
  const log: LearningStatement[] = [];
  const states: Array<{ agent: object; document: object }> = [];
  const add = (
    name: string,
    region: string | null,
    pathId: string | null,
    make: (s: ReturnType<typeof learnerStamp>) => LearningStatement[],
  ) => {
    const stamp = learnerStamp(name, '2026-03-02T09:00:00Z');
    log.push(...make(stamp));
    if (region !== null) states.push({ agent: stamp.actor, document: journeyDocument(region, pathId) });
  };
  for (let i = 0; i < 12; i++) {
    add(`global-${i}`, 'global', 'foundations', (s) => [
      statements.answeredAssessmentItem(s, 'm1', 2, 2),
      statements.answeredAssessmentItem(s, 'm2', 2, 2),
      ...(i < 6 ? [statements.completedModule(s, 'value-case', 'Value case')] : []),
    ]);
  }
  for (let i = 0; i < 10; i++) {
    add(`emerging-${i}`, 'emerging', 'value-path', (s) => [
      statements.answeredAssessmentItem(s, 'm1', 1, 1),
      statements.answeredAssessmentItem(s, 'm2', 1, 1),
      statements.answeredAssessmentItem(s, 'v1', 3, 3),
    ]);
  }
  for (let i = 0; i < 5; i++)
    add(`nostate-${i}`, null, null, (s) => [statements.answeredAssessmentItem(s, 'v1', 1, 1)]);
  for (let i = 0; i < 3; i++) {
    add(`payer-${i}`, 'multi-payer', null, (s) => [
      statements.answeredAssessmentItem(s, 'm1', 4, 4),
      statements.answeredAssessmentItem(s, 'm2', 4, 4),
    ]);
  }
  return { log, states };
}

describe.each(TEST_BACKENDS)('GET /api/workforce ($name)', (backend) => {
  const { server, admin } = useTestServer(
    backend,
    {},
    { siteFiles: { 'curriculum.json': JSON.stringify(testCurriculum) } },
  );
  let lead: string;
  let learner: string;
  const api = (path: string, auth?: string) =>
    fetch(`${server.url}/api${path}`, auth === undefined ? {} : { headers: { Authorization: auth } });
  const report = async (query = '') =>
    workforceReportSchema.parse(await (await api(`/workforce${query}`, lead)).json());
  const cells = (r: WorkforceReport, competency: string) =>
    r.competencies.find((c) => c.id === competency)!.cells.map((c) => c.learners.count);

  beforeAll(async () => {
    lead = await server.addUser('lead', 'lead');
    learner = await server.addUser('learner', 'learner', {
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
  });

  it('counts the 30 learners per competency and level, hiding groups under five and a complementary cell', async () => {
    const r = await report();
    expect(r.population).toEqual({ count: 30, suppressed: null });
    // mapping: 5 at 0, 10 at 1, 12 at 2, 0 at 3, 3 at 4 (hidden) → the 5 is hidden too.
    expect(cells(r, 'mapping')).toEqual([null, 10, 12, 0, null]);
    expect(r.competencies[0]!.cells[4]!.learners.suppressed).toBe('fewer-than-minimum');
    // value: 9 at 0, 5 at 1, 0 at 2, 16 at 3; shown, all minus Global's 6 and Emerging's 0 at level 0
    // would pin the 3 multi-payer learners there, so both are hidden.
    expect(cells(r, 'value')).toEqual([null, null, 0, 16, 0]);
    // 25 have a planned journey in their State document; 6 of them completed a module; none finished.
    // Shown, 25 would give away the 3 multi-payer learners (all planned) once Global's and Emerging's are subtracted.
    expect(r.funnel.map((s) => s.learners.count)).toEqual([30, null, 6, 0]);
    expect(r.weeks).toEqual(['2026-W10']);
  });

  it('filters by region and path, and hides a region of fewer than five learners saying why', async () => {
    const emerging = await report('?region=emerging&path=value-path');
    expect(emerging.population.count).toBe(10);
    expect(cells(emerging, 'mapping')).toEqual([0, 10, 0, 0, 0]);
    const payers = await report('?region=multi-payer');
    expect(payers.population).toEqual({ count: null, suppressed: 'population' });
    expect(payers.reason).toMatch(/Multi-payer market has fewer than 5 learners/);
    expect(payers.competencies.every((c) => c.cells.every((cell) => cell.learners.count === null))).toBe(true);
    // Unknown region (5) is hidden too: otherwise all minus the shown regions would give the 3 multi-payer learners.
    expect((await report('?region=unknown')).population.count).toBeNull();
  });

  it('serves the same figures as CSV, hidden cells empty with their status', async () => {
    const response = await api('/workforce.csv?region=global', lead);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="workforce-global.csv"');
    const lines = (await response.text()).split('\r\n');
    expect(lines).toContain('level,global,all,mapping,Stakeholder mapping,,2,Practising,12,shown,');
    expect(lines).toContain('level,global,all,value,Value selling,,3,Proficient,6,shown,');
    const hidden = (await (await api('/workforce.csv', lead)).text()).split('\r\n');
    expect(hidden).toContain('level,all,all,mapping,Stakeholder mapping,,4,Leading,,fewer-than-minimum,');
  });

  it('answers 401 without credentials and 403 to a learner', async () => {
    const anonymous = await api('/workforce');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic/);
    // The sign-in form handles a wrong password itself: no challenge, so no browser dialog.
    const wrong = await fetch(`${server.url}/api/workforce`, {
      headers: { Authorization: 'Basic bGVhZDp3cm9uZw==', 'X-Requested-With': 'XMLHttpRequest' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBeNull();
    const forbidden = await api('/workforce', learner);
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).message).toMatch(/COE leads and admins/);
    expect((await api('/workforce.csv', learner)).status).toBe(403);
    expect((await api('/workforce', admin)).status).toBe(200);
  });

  it('answers 400 to unknown parameters, malformed or unknown ids and repeated parameters', async () => {
    for (const query of [
      '?team=a',
      '?region=Not%20An%20Id',
      '?region=atlantis',
      '?path=nowhere',
      '?region=global&region=emerging',
    ]) {
      const response = await api(`/workforce${query}`, lead);
      expect(response.status, query).toBe(400);
    }
    expect((await (await api('/workforce?region=atlantis', lead)).json()).message).toMatch(
      /use one of: global, emerging, multi-payer, unknown/,
    );
  });
});

describe('GET /api/workforce without a built site', () => {
  it('answers 503 and says the site must be built', async () => {
    const server = await startTestServer(TEST_BACKENDS[0]!);
    try {
      const lead = await server.addUser('lead', 'lead');
      const response = await fetch(`${server.url}/api/workforce`, { headers: { Authorization: lead } });
      expect(response.status).toBe(503);
      expect((await response.json()).message).toMatch(/curriculum\.json is missing/);
    } finally {
      await server.close();
    }
  });
});
