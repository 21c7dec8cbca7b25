import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { type LearningStatement, type Stamp, statements } from '../../src/lib/progress/statements.ts';
import { testStamp } from '../../src/lib/progress/testStamp.ts';
import { journeyDocument, testCurriculum } from '../../src/lib/workforce/testCurriculum.ts';
import { workforceReportSchema } from '../../src/lib/workforce/workforceReportSchema.ts';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { useTestServer } from '../testing/testServer.ts';

const WEEK = 7 * 86_400_000;

/** A learner whose clock moves `stepMs` per statement; the first statement is stamped at `start`. */
const stamp = (name: string, start: string, stepMs: number): Stamp =>
  testStamp({ name, homePage: 'https://cohesion.invalid', start: Date.parse(start) - stepMs, stepMs, ids: 'random' });

describe.each(TEST_BACKENDS)('the workforce report under load ($name)', (backend) => {
  const { server, admin } = useTestServer(
    backend,
    {},
    { each: true, siteFiles: { 'curriculum.json': JSON.stringify(testCurriculum) } },
  );
  const post = async (log: LearningStatement[]) => {
    for (let i = 0; i < log.length; i += 1000) {
      const response = await server.xapi('/statements', {
        method: 'POST',
        auth: admin,
        body: JSON.stringify(log.slice(i, i + 1000)),
      });
      expect(response.status, await response.text()).toBe(200);
    }
  };
  const report = async () => {
    const response = await fetch(`${server.url}/api/workforce`, { headers: { Authorization: admin } });
    expect(response.status).toBe(200);
    return workforceReportSchema.parse(await response.json());
  };
  /** Waits until the standings have taken in every stored statement (the background pass after a POST). */
  const settled = async () => {
    const { through } = await server.repository.agentsChangedSince(Number.MAX_SAFE_INTEGER);
    for (let i = 0; i < 200; i++) {
      const cursor = JSON.parse((await server.repository.readAggregates('workforce')).get('') ?? 'null') as {
        through: number;
      } | null;
      if (cursor?.through === through) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the standings never caught up');
  };

  it("keeps each learner's standing up to date as their statements are stored", async () => {
    const names = Array.from({ length: 6 }, (_, i) => `steady-${i}`);
    const learners = names.map((name) => stamp(name, '2026-03-02T09:00:00Z', 60_000));
    await post(learners.flatMap((s) => [statements.answeredAssessmentItem(s, 'v1', 1, 1)]));
    expect((await report()).competencies.find((c) => c.id === 'value')!.cells.map((c) => c.learners.count)).toEqual([
      0, 6, 0, 0, 0,
    ]);
    await post(learners.flatMap((s) => [statements.completedModule(s, 'value-case', 'Value case')]));
    await settled();
    expect((await report()).competencies.find((c) => c.id === 'value')!.cells.map((c) => c.learners.count)).toEqual([
      0, 0, 0, 6, 0,
    ]);
    // Stored, not only in memory: one aggregate per learner and the cursor.
    expect([...(await server.repository.readAggregates('workforce')).keys()].sort()).toEqual(
      ['', ...names.map((name) => `account:https://cohesion.invalid|${name}`)].sort(),
    );
  });

  it('re-plans the reports of 1,000 learners without holding the event loop more than a few milliseconds at a time', async () => {
    // Each learner answers the three assessment items in weeks of their own: histories differ, so the
    // suppression has many small classes to merge (the plan's costly case).
    const start = Date.parse('2026-01-05T09:00:00Z');
    const learners = Array.from({ length: 1000 }, (_, i) =>
      stamp(`learner-${i}`, new Date(start + (i % 13) * WEEK).toISOString(), (1 + (i % 7)) * WEEK),
    );
    await post(
      learners.flatMap((s, i) => [
        statements.answeredAssessmentItem(s, 'm1', i % 5, i % 5),
        statements.answeredAssessmentItem(s, 'v1', (i >> 2) % 5, (i >> 2) % 5),
        statements.answeredAssessmentItem(s, 'm2', (i >> 4) % 5, (i >> 4) % 5),
      ]),
    );
    await settled();
    expect((await report()).population.count).toBe(1000);

    // One learner's journey State document changes: the next report re-plans every report for everyone.
    const enc = encodeURIComponent;
    const url = `/activities/state?activityId=${enc('urn:cohesion:journey')}&agent=${enc(JSON.stringify(learners[0]!.actor))}&stateId=${enc('urn:cohesion:state:journey')}`;
    expect(
      (
        await server.xapi(url, {
          method: 'PUT',
          auth: admin,
          body: JSON.stringify(journeyDocument('emerging', 'value-path')),
        })
      ).status,
    ).toBe(204);
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    const started = performance.now();
    const r = await report();
    const plannedMs = performance.now() - started;
    delay.disable();

    expect(r.options.regions.find((region) => region.id === 'emerging')?.reportable).toBe(false); // one learner there: withheld
    const blockedMs = delay.max / 1e6;
    console.log(
      `[workforce plan ${backend.name}] 1,000 learners: re-planned report ${plannedMs.toFixed(0)} ms; longest event-loop block ${blockedMs.toFixed(1)} ms`,
    );
    expect(plannedMs).toBeLessThan(1000);
    // The plan yields after a bounded amount of work: each step a few ms of CPU (held to 10 ms in
    // planWorkforce.test.ts, in CPU time); before, each competency's whole suppression was one step.
    // This is wall time, which on a loaded machine includes waiting for a CPU: room for a busy CI.
    expect(blockedMs).toBeLessThan(500);
  }, 60_000);

  it('answers within 200 ms, and never holds other requests up, when one learner posts 2,000 statements over 2,000 weeks', async () => {
    const others = Array.from({ length: 10 }, (_, i) => stamp(`other-${i}`, '2026-03-02T09:00:00Z', 60_000));
    await post(others.map((s) => statements.answeredAssessmentItem(s, 'm1', 2, 2)));
    const adversary = stamp('adversary', '1990-01-01T09:00:00Z', WEEK);
    const log = Array.from({ length: 2000 }, (_, i) =>
      statements.answeredAssessmentItem(adversary, 'v1', i % 4, i % 4),
    );

    // Storing 2,000 statements is the LRS's cost, not the report's: measure from the moment they are stored.
    await post(log);
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    const aboutLatencies: number[] = [];
    let done = false;
    const probe = (async () => {
      while (!done) {
        const started = performance.now();
        expect((await fetch(`${server.url}/xapi/about`)).status).toBe(200);
        aboutLatencies.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const first = performance.now();
    const r = await report();
    const firstMs = performance.now() - first;
    await settled();
    const second = performance.now();
    await report();
    const secondMs = performance.now() - second;
    done = true;
    await probe;
    delay.disable();

    expect(r.population.count).toBe(11);
    const blockedMs = delay.max / 1e6;
    console.log(
      `[workforce cost ${backend.name}] first report ${firstMs.toFixed(0)} ms, next ${secondMs.toFixed(0)} ms; longest event-loop block ${blockedMs.toFixed(1)} ms; GET /xapi/about max ${Math.max(...aboutLatencies).toFixed(1)} ms over ${aboutLatencies.length}`,
    );
    expect(secondMs).toBeLessThan(200);
    expect(firstMs).toBeLessThan(2000); // it may wait for the pass that takes in the 2,000 statements
    // Before: one 5.8 s block. The longest block now is one page of statements, one learner's standing
    // or one competency's suppression (about 20 ms on a quiet machine); the bound leaves room for a busy CI.
    expect(blockedMs).toBeLessThan(500);
    expect(Math.max(...aboutLatencies)).toBeLessThan(500);
  }, 60_000);
});
