import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceReportSchema } from '../../src/lib/evidence/evidenceReportSchema.ts';
import { type LearningStatement, statements } from '../../src/lib/progress/statements.ts';
import { learnerStamp, testCurriculum } from '../../src/lib/workforce/testCurriculum.ts';
import { workforceReportSchema } from '../../src/lib/workforce/workforceReportSchema.ts';
import { hashSecret } from '../auth/hashSecret.ts';
import { openPostgresRepository } from '../storage/postgresRepository.ts';
import { type ServerProcess, startServerProcess, stopServerProcess } from '../testing/serverProcess.ts';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { TEST_HASH_COST } from '../testing/testHashCost.ts';
import { basic } from '../testing/testServer.ts';
import { EVIDENCE_KIND } from './learnerAggregates.ts';

// PostgreSQL only (testBackends says how to set it up): SQLite is one process by design.
const postgres = TEST_BACKENDS.find((b) => b.name === 'postgres');
const admin = basic('admin', 'processes-secret');

const post = async (server: ServerProcess, log: LearningStatement[]) => {
  const response = await fetch(`${server.url}/xapi/statements`, {
    method: 'POST',
    headers: { Authorization: admin, 'X-Experience-API-Version': '2.0.0', 'Content-Type': 'application/json' },
    body: JSON.stringify(log),
  });
  expect(response.status, await response.text()).toBe(200);
};

const report = async (server: ServerProcess) => {
  const response = await fetch(`${server.url}/api/workforce`, { headers: { Authorization: admin } });
  expect(response.status).toBe(200);
  return workforceReportSchema.parse(await response.json());
};

describe.runIf(postgres)('the workforce report of two server processes on one PostgreSQL database', () => {
  let servers: [ServerProcess, ServerProcess];
  let site: string;
  let cleanup: () => Promise<void>;
  let databaseUrl: string;

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'cohesion-processes-site-'));
    writeFileSync(join(site, 'curriculum.json'), JSON.stringify(testCurriculum));
    const opened = await postgres!.open();
    await opened.repository.createUser({
      username: 'admin',
      secretHash: await hashSecret('processes-secret', TEST_HASH_COST),
      role: 'admin',
      agent: null,
      createdMs: Date.now(),
    });
    await opened.repository.close();
    cleanup = opened.cleanup;
    databaseUrl = opened.serverEnv.DATABASE_URL!;
    const env = { ...opened.serverEnv, COHESION_SITE_DIR: site, DB_POOL_SIZE: '5' };
    servers = [await startServerProcess(env), await startServerProcess(env)];
  }, 90_000);

  afterAll(async () => {
    await Promise.all((servers ?? []).map((s) => stopServerProcess(s, 'SIGKILL')));
    await cleanup?.();
    rmSync(site, { recursive: true, force: true });
  });

  it('gives the same figures from both after statements are written through both at once', async () => {
    const [a, b] = servers;
    const learners = Array.from({ length: 24 }, (_, i) => learnerStamp(`both-${i}`, '2026-03-02T09:00:00Z'));
    // Each learner answers through one process and completes the value case through the other, all at once.
    await Promise.all(
      learners.flatMap((s, i) => [
        post(i % 2 === 0 ? a : b, [statements.answeredAssessmentItem(s, 'm1', 2, 2)]),
        post(i % 2 === 0 ? b : a, i < 12 ? [statements.completedModule(s, 'value-case', 'Value case')] : []),
      ]),
    );
    const [fromA, fromB] = await Promise.all([report(a), report(b)]);
    expect(fromA.population.count).toBe(24);
    const cells = (id: string) => fromA.competencies.find((c) => c.id === id)!.cells.map((c) => c.learners.count);
    expect(cells('mapping')).toEqual([0, 0, 24, 0, 0]);
    expect(cells('value')).toEqual([12, 0, 0, 12, 0]);
    expect(fromB).toEqual(fromA);
  }, 60_000);

  it('gives the same evidence report from both, from histories kept in the database, after statements through both', async () => {
    const [a, b] = servers;
    const evidence = async (server: ServerProcess) => {
      const response = await fetch(`${server.url}/api/evidence?asOf=2026-06-30`, { headers: { Authorization: admin } });
      expect(response.status).toBe(200);
      return evidenceReportSchema.parse(await response.json());
    };
    const [before] = await Promise.all([evidence(a), evidence(b)]); // both hold histories before the statements arrive
    const learners = Array.from({ length: 20 }, (_, i) => [
      learnerStamp(`evidence-${i}`, '2026-03-02T09:00:00Z'),
      learnerStamp(`evidence-${i}-again`, '2026-04-06T09:00:00Z'),
    ]);
    // Each learner's first self-assessment through one process and the reassessment through the other, all at once.
    await Promise.all(
      learners.flatMap(([first, again], i) => [
        post(i % 2 === 0 ? a : b, [statements.answeredAssessmentItem(first!, 'm1', 1, 1)]),
        post(i % 2 === 0 ? b : a, [statements.answeredAssessmentItem({ ...again!, actor: first!.actor }, 'm1', 3, 3)]),
      ]),
    );
    const [fromA, fromB] = await Promise.all([evidence(a), evidence(b)]);
    expect(fromB).toEqual(fromA);
    expect(fromA.population.count).toBe(before!.population.count! + 20);
    // The histories are in the database, where every process reads them, not in one process's memory.
    const repository = await openPostgresRepository(databaseUrl);
    try {
      const stored = await repository.readAggregates(EVIDENCE_KIND);
      const mine = [...stored.keys()].filter((key) => key.includes('|evidence-'));
      expect(mine).toHaveLength(20);
      for (const key of mine) expect(JSON.parse(stored.get(key)!).assessments).toHaveLength(2);
    } finally {
      await repository.close();
    }
  }, 60_000);
});
