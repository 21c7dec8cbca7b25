import { describe, expect, it } from 'vitest';
import { evidenceReportSchema } from '../../src/lib/evidence/evidenceReportSchema.ts';
import { evidenceCurriculum } from '../../src/lib/evidence/seededPopulation.ts';
import { type LearningStatement, statements } from '../../src/lib/progress/statements.ts';
import { testStamp } from '../../src/lib/progress/testStamp.ts';
import type { Counted } from '../testing/countingServer.ts';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { basic } from '../testing/testServer.ts';
import { useTwoServersOnOneDatabase } from '../testing/twoServersOnOneDatabase.ts';
import { EVIDENCE_KIND } from './learnerAggregates.ts';

const admin = basic('admin', 'evidence-secret');
const stampOf = (name: string, start: string) =>
  testStamp({ name, homePage: 'https://cohesion.invalid', start, stepMs: 60_000, ids: 'random' });

/** `count` learners who assess mapping at 1 in March and at 2 a month later (three statements each). */
const learners = (prefix: string, count: number): LearningStatement[] =>
  Array.from({ length: count }, (_, i) => i).flatMap((i) => {
    const first = stampOf(`${prefix}-${i}`, '2026-03-02T09:00:00Z');
    const again = stampOf(`${prefix}-${i}`, '2026-04-02T09:00:00Z');
    return [
      statements.answeredAssessmentItem(first, 'm1', 1, 1),
      statements.answeredAssessmentItem(first, 'm2', 1, 1),
      statements.answeredAssessmentItem(again, 'm1', 2, 2),
    ];
  });

describe.each(TEST_BACKENDS)('the evidence report of two servers on one database ($name)', (backend) => {
  const two = useTwoServersOnOneDatabase(backend, evidenceCurriculum, 'evidence-secret');
  const post = (server: Counted, log: LearningStatement[]) => two.post(server, log);

  const report = async (server: Counted) => {
    const response = await fetch(`${server.url}/api/evidence?asOf=2026-06-30`, { headers: { Authorization: admin } });
    expect(response.status).toBe(200);
    return evidenceReportSchema.parse(await response.json());
  };

  it("keeps each learner's history in the database, derived from their statements once for both servers", async () => {
    const [a, b] = two.servers;
    const read = () => a.statementsRead() + b.statementsRead();
    await report(b); // b has its histories in hand before the statements arrive, as a long-running process has
    await post(a, learners('early', 20));
    const fromA = await report(a);
    expect(fromA.population.count).toBe(20);
    expect(await report(b)).toEqual(fromA);
    // 60 statements, each read once for both servers and both reports (workforce and evidence).
    expect(read()).toBe(60);
    const stored = await a.repository.readAggregates(EVIDENCE_KIND);
    expect(stored.size).toBe(21); // a history per learner, and the cursor
    expect(JSON.parse(stored.get('account:https://cohesion.invalid|early-0')!).assessments).toHaveLength(2);
  });

  it('answers a report after new statements by reading the changed learners’ summaries, not everyone’s statements', async () => {
    const [a, b] = two.servers;
    await post(a, learners('many', 30));
    await report(a);
    await report(b);
    const [statementsBefore, aggregatesBefore] = [a.statementsRead() + b.statementsRead(), a.aggregatesRead()];

    // One learner reassesses through b: a's next report reads that learner's summaries (one per kind) at most.
    const again = stampOf('many-0', '2026-05-04T09:00:00Z');
    await post(b, [statements.answeredAssessmentItem(again, 'm1', 3, 3)]);
    const fromA = await report(a);
    expect(a.aggregatesRead() - aggregatesBefore).toBeLessThanOrEqual(2);
    expect(await report(b)).toEqual(fromA);
    expect(a.statementsRead() + b.statementsRead() - statementsBefore).toBe(4); // many-0's statements, read once for both
  });
});
