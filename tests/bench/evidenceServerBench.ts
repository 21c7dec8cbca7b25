/**
 * The evidence report of a real server process over 1,000 learners × 500 statements (issue 23's
 * budget: under 500 ms, not holding other requests up): `npx tsx tests/bench/evidenceServerBench.ts`
 * (SQLite, and PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set). The learners' logs
 * are generated here and folded into the per-learner summaries the server keeps in the `aggregates`
 * table (as its shared pass does when the statements arrive), so the server starts where a
 * long-running one stands. Times: the first report of a fresh process (reads the 1,000 summaries and
 * plans every report), the same report again, a report for another date (every answer worked out
 * again), and the report after one new statement (re-plans, working out that learner's answers only,
 * timed after the workforce view's plan-ahead has finished, which is given on its own); meanwhile `/healthz` is asked every 5 ms, and its slowest answer is the "not blocking" figure. The
 * server process's CPU time per report is given too: on a shared machine it is the figure load does not inflate.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { agentKey } from '../../server/xapi/agentKey';
import { UNSTATED_FUNCTION } from '../../src/lib/evidence/learnerHistory';
import { learnerHistoryFromStatements } from '../../src/lib/evidence/learnerHistoryFromStatements';
import { NO_PATH, standingFromStatements, UNKNOWN_REGION } from '../../src/lib/workforce/learnerStanding';
import { generatePlannerCurriculum, random } from '../helpers/generatePlannerCurriculum';
import { evidenceLearnerLog, FUNCTIONS } from './evidenceBench';
import { openBenchStorage, startServer, stopServer } from './serverBench';

const auth = `Basic ${Buffer.from('bench:bench-secret').toString('base64')}`;
const headers = { Authorization: auth, 'X-Experience-API-Version': '2.0.0', 'Content-Type': 'application/json' };

/** CPU ms the process has used so far (user + system, from /proc: Linux only), which load does not inflate as it does wall time. */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
}

/** Times `work` while `/healthz` is asked every 5 ms: the work's wall and server CPU ms, and the slowest health answer's. */
async function timedWithHealth(url: string, pid: number, work: () => Promise<unknown>) {
  let done = false;
  let slowest = 0;
  let asked = 0;
  const probe = (async () => {
    while (!done) {
      const started = performance.now();
      if ((await fetch(`${url}/healthz`)).status !== 200) throw new Error('healthz');
      slowest = Math.max(slowest, performance.now() - started);
      asked += 1;
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  const [started, cpu] = [performance.now(), cpuMsOf(pid)];
  await work();
  const ms = performance.now() - started;
  const cpuMs = cpuMsOf(pid) - cpu;
  done = true;
  await probe;
  return { ms, cpuMs, healthMaxMs: slowest, healthAsked: asked };
}

async function report(url: string, asOf = '2026-06-30') {
  const response = await fetch(`${url}/api/evidence?asOf=${asOf}`, { headers: { Authorization: auth } });
  if (response.status !== 200) throw new Error(`report: ${response.status} ${await response.text()}`);
  return (await response.json()) as { population: { count: number | null } };
}

/** One backend's figures, in ms. */
export async function benchEvidenceServer(storage: 'sqlite' | 'postgres', learners = 1000, databaseUrl?: string) {
  const planner = generatePlannerCurriculum({ seed: 11, modules: 100, competencies: 15 });
  const curriculum = { ...planner, functions: FUNCTIONS.map((id) => ({ id, name: id })) };
  const site = mkdtempSync(join(tmpdir(), 'cohesion-bench-site-'));
  writeFileSync(join(site, 'curriculum.json'), JSON.stringify(curriculum));
  const { env, repository, cleanup } = await openBenchStorage(storage, databaseUrl);
  const rnd = random(11);
  const where = { region: UNKNOWN_REGION, path: NO_PATH, function: UNSTATED_FUNCTION };
  const evidence: Array<[string, string]> = [];
  const workforce: Array<[string, string]> = [];
  let one: ReturnType<typeof evidenceLearnerLog> = [];
  for (let i = 0; i < learners; i++) {
    const log = evidenceLearnerLog(curriculum, `learner-${i}`, 500, rnd);
    if (i === 0) one = log;
    const key = agentKey(log[0]!.actor)!;
    const { region: _r, path: _p, function: _f, ...history } = learnerHistoryFromStatements(log, curriculum, where);
    evidence.push([key, JSON.stringify(history)]);
    workforce.push([key, JSON.stringify(standingFromStatements(log, curriculum))]);
  }
  // As the shared pass leaves them: every learner's summaries, and each kind's cursor (no statement stored here).
  const cursor = JSON.stringify({ through: 0, curriculum: curriculum.version, kinds: ['evidence', 'workforce'] });
  for (const [kind, entries] of [
    ['evidence', evidence],
    ['workforce', workforce],
  ] as const)
    for (let i = 0; i < entries.length; i += 100)
      await repository.writeAggregates(kind, [
        ...entries.slice(i, i + 100),
        ...(i + 100 >= entries.length ? [['', cursor] as const] : []),
      ]);
  await repository.close();
  // BENCH_CPU_PROF=<dir>: the server process writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_CPU_PROF;
  const server = await startServer(
    { ...env, COHESION_SITE_DIR: site },
    undefined,
    profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [],
  );
  try {
    let count: number | null = null;
    const first = await timedWithHealth(server.url, server.child.pid!, async () => {
      count = (await report(server.url)).population.count;
    });
    if (count !== learners) throw new Error(`population ${count}`);
    const again = await timedWithHealth(server.url, server.child.pid!, () => report(server.url));
    // Another report date: every learner's answers are worked out again, and every family suppressed (the process warm).
    const otherDate = await timedWithHealth(server.url, server.child.pid!, () => report(server.url, '2026-05-31'));
    // One more statement by the first learner: the shared pass re-derives them, and the next report re-plans.
    const extra = { ...one.at(-1)!, id: crypto.randomUUID() };
    const post = await fetch(`${server.url}/xapi/statements`, {
      method: 'POST',
      headers,
      body: JSON.stringify([extra]),
    });
    if (post.status !== 200) throw new Error(`post: ${post.status}`);
    // The workforce view plans ahead once statements settle; its report waits for that plan, so the
    // evidence report's CPU below is its own (the workforce plan's is given on its own line).
    const workforce = await timedWithHealth(server.url, server.child.pid!, async () => {
      await new Promise((r) => setTimeout(r, 150));
      const response = await fetch(`${server.url}/api/workforce`, { headers: { Authorization: auth } });
      if (response.status !== 200) throw new Error(`workforce: ${response.status}`);
    });
    const changed = await timedWithHealth(server.url, server.child.pid!, () => report(server.url));
    return { storage, learners, first, again, otherDate, changed, workforce };
  } finally {
    await stopServer(server.child);
    await cleanup();
    rmSync(site, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const databaseUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  const rounds = Number(process.argv[2] ?? 1);
  for (let round = 0; round < rounds; round++)
    for (const storage of databaseUrl ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const)) {
      const f = await benchEvidenceServer(storage, 1000, databaseUrl);
      const show = (t: { ms: number; cpuMs: number; healthMaxMs: number; healthAsked: number }) =>
        `${t.ms.toFixed(0)} ms, server CPU ${t.cpuMs.toFixed(0)} ms (healthz slowest ${t.healthMaxMs.toFixed(0)} ms of ${t.healthAsked})`;
      console.log(
        `evidence ${f.storage.padEnd(8)} ${f.learners} learners × 500 statements: first report ${show(f.first)}, again ${show(f.again)}, another date ${show(f.otherDate)}, after one statement ${show(f.changed)}; meanwhile the workforce plan-ahead ${show(f.workforce)}`,
      );
    }
}
