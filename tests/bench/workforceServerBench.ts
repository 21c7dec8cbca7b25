/**
 * The workforce report of two server processes on one database, 1,000 learners × 20 statements, each
 * with a journey State document: `npx tsx tests/bench/workforceServerBench.ts` (SQLite, and PostgreSQL
 * when BENCH_DATABASE_URL or TEST_DATABASE_URL is set; SQLite's "other process" is a second process on
 * the same file, which SQLite's deployment does not do but which shows the same cost). Times: the first
 * report after the statements arrive (standings derived), the other process's report, a report after
 * one journey document changed, and the other process's report after one new statement.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JOURNEY_STATE } from '../../src/lib/progress/xapiIds';
import { journeyDocument } from '../../src/lib/workforce/testCurriculum';
import { generatePlannerCurriculum, random } from '../helpers/generatePlannerCurriculum';
import { openBenchStorage, startServer, stopServer } from './serverBench';
import { learnerLog } from './workforceBench';

const auth = `Basic ${Buffer.from('bench:bench-secret').toString('base64')}`;
const headers = { Authorization: auth, 'X-Experience-API-Version': '2.0.0', 'Content-Type': 'application/json' };

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function report(url: string) {
  const response = await fetch(`${url}/api/workforce`, { headers: { Authorization: auth } });
  if (response.status !== 200) throw new Error(`report: ${response.status} ${await response.text()}`);
  return (await response.json()) as { population: { count: number | null } };
}

/** One backend's figures, in ms. */
export async function benchWorkforceServer(storage: 'sqlite' | 'postgres', learners = 1000, databaseUrl?: string) {
  const curriculum = generatePlannerCurriculum({ seed: 7, modules: 100, competencies: 15 });
  const site = mkdtempSync(join(tmpdir(), 'cohesion-bench-site-'));
  writeFileSync(join(site, 'curriculum.json'), JSON.stringify(curriculum));
  const { env, repository, cleanup } = await openBenchStorage(storage, databaseUrl);
  await repository.close();
  const serverEnv = { ...env, COHESION_SITE_DIR: site };
  const [a, b] = [await startServer(serverEnv), await startServer(serverEnv)];
  try {
    const rnd = random(7);
    const logs = Array.from({ length: learners }, (_, i) => learnerLog(curriculum, `learner-${i}`, 20, rnd));
    await report(a.url);
    await report(b.url); // b follows the standings from here on, as a long-running process does
    const all = logs.flat();
    for (let i = 0; i < all.length; i += 1000) {
      const response = await fetch(`${a.url}/xapi/statements`, {
        method: 'POST',
        headers,
        body: JSON.stringify(all.slice(i, i + 1000)),
      });
      if (response.status !== 200) throw new Error(`post: ${response.status}`);
    }
    const stateUrl = (actor: object) =>
      `/xapi/activities/state?activityId=${encodeURIComponent(JOURNEY_STATE.activityId)}&agent=${encodeURIComponent(JSON.stringify(actor))}&stateId=${encodeURIComponent(JOURNEY_STATE.stateId)}`;
    const regions = curriculum.regions.map((r) => r.id);
    const paths = curriculum.paths.map((p) => p.id);
    for (let i = 0; i < logs.length; i += 20)
      await Promise.all(
        logs.slice(i, i + 20).map(async (log, j) => {
          const response = await fetch(`${a.url}${stateUrl(log[0]!.actor)}`, {
            method: 'PUT',
            headers: { ...headers, 'If-None-Match': '*' },
            body: JSON.stringify(journeyDocument(regions[(i + j) % regions.length]!, paths[(i + j) % paths.length]!)),
          });
          if (response.status !== 204) throw new Error(`put: ${response.status}`);
        }),
      );
    const firstMs = await timed(() => report(a.url));
    const steadyMs = await timed(() => report(a.url));
    const otherMs = await timed(() => report(b.url));
    const one = logs[0]![0]!.actor;
    const current = await fetch(`${a.url}${stateUrl(one)}`, { headers });
    const put = await fetch(`${a.url}${stateUrl(one)}`, {
      method: 'PUT',
      headers: { ...headers, 'If-Match': current.headers.get('etag')! },
      body: JSON.stringify(journeyDocument(regions[1] ?? regions[0]!, null)),
    });
    if (put.status !== 204) throw new Error(`put: ${put.status}`);
    const documentMs = await timed(() => report(a.url));
    const extra = { ...logs[2]!.at(-1)!, id: crypto.randomUUID() };
    await fetch(`${b.url}/xapi/statements`, { method: 'POST', headers, body: JSON.stringify([extra]) });
    const oneStatementOtherMs = await timed(() => report(a.url));
    return { storage, learners, firstMs, steadyMs, otherMs, documentMs, oneStatementOtherMs };
  } finally {
    await stopServer(a.child);
    await stopServer(b.child);
    await cleanup();
    rmSync(site, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const databaseUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  for (const storage of databaseUrl ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const)) {
    const f = await benchWorkforceServer(storage, 1000, databaseUrl);
    console.log(
      `workforce ${f.storage.padEnd(8)} ${f.learners} learners: first report ${f.firstMs.toFixed(0)} ms, again ${f.steadyMs.toFixed(0)} ms, other process ${f.otherMs.toFixed(0)} ms, after one journey document ${f.documentMs.toFixed(0)} ms, after one statement through the other process ${f.oneStatementOtherMs.toFixed(0)} ms`,
    );
  }
}
