import { describe, expect, it } from 'vitest';
import { type LearningStatement, statements } from '../../src/lib/progress/statements.ts';
import { journeyDocument, learnerStamp, testCurriculum } from '../../src/lib/workforce/testCurriculum.ts';
import { workforceReportSchema } from '../../src/lib/workforce/workforceReportSchema.ts';
import type { Counted } from '../testing/countingServer.ts';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { basic } from '../testing/testServer.ts';
import { useTwoServersOnOneDatabase } from '../testing/twoServersOnOneDatabase.ts';

const admin = basic('admin', 'shared-secret');

/** `count` learners who each answer one assessment item of value at `level`, then complete the value case when `done`. */
const learners = (prefix: string, count: number, level: number, done = false): LearningStatement[] =>
  Array.from({ length: count }, (_, i) => learnerStamp(`${prefix}-${i}`, '2026-03-02T09:00:00Z')).flatMap((s) => [
    statements.answeredAssessmentItem(s, 'v1', level, level),
    ...(done ? [statements.completedModule(s, 'value-case', 'Value case')] : []),
  ]);

describe.each(TEST_BACKENDS)('the workforce report of two servers on one database ($name)', (backend) => {
  const two = useTwoServersOnOneDatabase(backend, testCurriculum, 'shared-secret');
  const post = (server: Counted, log: LearningStatement[]) => two.post(server, log);

  const report = async (server: Counted) => {
    const response = await fetch(`${server.url}/api/workforce`, { headers: { Authorization: admin } });
    expect(response.status).toBe(200);
    return workforceReportSchema.parse(await response.json());
  };
  const valueCells = async (server: Counted) =>
    (await report(server)).competencies.find((c) => c.id === 'value')!.cells.map((c) => c.learners.count);

  it("reads each learner's statements once for both servers: one derives the standings, the other reads them from the database", async () => {
    const [a, b] = two.servers;
    const read = () => a.statementsRead() + b.statementsRead();
    expect((await report(b)).population.count).toBe(0); // b has its standings in hand before the statements arrive
    await post(a, learners('early', 20, 1));
    expect(await valueCells(a)).toEqual([0, 20, 0, 0, 0]);
    expect(await valueCells(b)).toEqual([0, 20, 0, 0, 0]);
    expect(read()).toBe(20);

    // The other way round: statements through b, both give the same figures, each learner's two statements read once.
    await post(b, learners('early', 20, 1, true));
    expect(await valueCells(b)).toEqual([0, 0, 0, 20, 0]);
    expect(await valueCells(a)).toEqual([0, 0, 0, 20, 0]);
    expect(read()).toBe(20 + 40);
  });

  it('reads only the journey State documents that changed since the last report', async () => {
    const [a] = two.servers;
    const stamps = Array.from({ length: 10 }, (_, i) => learnerStamp(`journey-${i}`, '2026-03-02T09:00:00Z'));
    await post(
      a,
      stamps.map((s) => statements.answeredAssessmentItem(s, 'v1', 1, 1)),
    );
    const putJourney = async (actor: object, region: string) => {
      const enc = encodeURIComponent;
      const url = `${a.url}/xapi/activities/state?activityId=${enc('urn:cohesion:journey')}&agent=${enc(JSON.stringify(actor))}&stateId=${enc('urn:cohesion:state:journey')}`;
      const headers = { Authorization: admin, 'X-Experience-API-Version': '2.0.0', 'Content-Type': 'application/json' };
      const etag = (await fetch(url, { headers })).headers.get('etag');
      const response = await fetch(url, {
        method: 'PUT',
        headers: { ...headers, ...(etag === null ? { 'If-None-Match': '*' } : { 'If-Match': etag }) },
        body: JSON.stringify(journeyDocument(region, 'value-path')),
      });
      expect(response.status).toBe(204);
    };
    for (const s of stamps) await putJourney(s.actor, 'global');
    expect((await report(a)).options.regions.find((r) => r.id === 'global')?.reportable).toBe(true);
    expect(a.documentsRead()).toBe(10);
    await report(a);
    expect(a.documentsRead()).toBe(10); // nothing changed: no document read
    await putJourney(stamps[0]!.actor, 'emerging');
    const r = await report(a);
    expect(r.options.regions.find((region) => region.id === 'emerging')?.reportable).toBe(false); // one learner there
    expect(a.documentsRead()).toBe(11);
  });
});
