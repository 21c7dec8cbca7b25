/**
 * Sync server benchmark: statement ingest throughput (batches of 1 and of 50, 50 concurrent
 * clients) and GET latency (p50/p99, 50 concurrent clients), against a real `server/main.ts` child
 * process on SQLite and, when BENCH_DATABASE_URL or TEST_DATABASE_URL is set, on PostgreSQL.
 * Run alone with `npx tsx tests/bench/serverBench.ts [--quick]`.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { hashSecret } from '../../server/auth/hashSecret.ts';
import { openPostgresRepository } from '../../server/storage/postgresRepository.ts';
import type { Repository } from '../../server/storage/repository.ts';
import { openSqliteRepository } from '../../server/storage/sqliteRepository.ts';
import { startServerProcess, stopServerProcess } from '../../server/testing/serverProcess.ts';
import { isSameStatement } from '../../server/xapi/compareStatements.ts';
import { indexStatement } from '../../server/xapi/indexStatement.ts';
import type { StatementJson } from '../../server/xapi/xapiTypes.ts';

/** What one storage backend achieved. */
export interface ServerBenchFigures {
  storage: 'sqlite' | 'postgres';
  ingestSingleStatementsPerSecond: number;
  ingestBatch50StatementsPerSecond: number;
  getP50Ms: number;
  getP99Ms: number;
  statementsStored: number;
  /** Median time of a learner's own-agent page (`agent=self&limit=50`) with one learner's whole history stored. */
  ownAgentPageMs?: number;
  /** Median time of the same learner's page without the agent filter, on the same data. */
  ownUnfilteredPageMs?: number;
  ownHistoryStatements?: number;
}

const CLIENTS = 50;
const auth = `Basic ${Buffer.from('bench:bench-secret').toString('base64')}`;
const headers = { Authorization: auth, 'X-Experience-API-Version': '2.0.0', 'Content-Type': 'application/json' };
const learners = Array.from({ length: 20 }, (_, i) => ({
  objectType: 'Agent',
  account: { homePage: 'https://bench.example', name: `learner${i}` },
}));
const statement = (i: number) => ({
  id: randomUUID(),
  actor: learners[i % learners.length],
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
  object: {
    objectType: 'Activity',
    id: `urn:cohesion:module:m${i % 40}`,
    definition: { name: { 'en-US': `Module ${i % 40}` }, type: 'http://adlnet.gov/expapi/activities/module' },
  },
  timestamp: new Date().toISOString(),
});

/** Starts `server/main.ts` of the source tree at `tree` (this one by default) as a child process, resolving once it listens. */
export const startServer = (env: Record<string, string>, tree?: string, nodeArgs?: readonly string[]) =>
  startServerProcess(env, tree, nodeArgs);

async function pool(count: number, work: (client: number) => Promise<void>) {
  await Promise.all(Array.from({ length: count }, (_, client) => work(client)));
}

/**
 * Posts `total` statements in batches of `batch` from 50 concurrent clients (spread over the servers
 * when given several URLs); resolves with statements per second.
 */
export async function ingest(urls: string | string[], total: number, batch: number): Promise<number> {
  let next = 0;
  const start = performance.now();
  await pool(CLIENTS, async (client) => {
    const url = typeof urls === 'string' ? urls : urls[client % urls.length]!;
    while (next < total) {
      const size = Math.min(batch, total - next);
      next += size;
      const body = Array.from({ length: size }, (_, i) => statement(next + i));
      const response = await fetch(`${url}/xapi/statements`, { method: 'POST', headers, body: JSON.stringify(body) });
      if (response.status !== 200) throw new Error(`POST failed: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
    }
  });
  return total / ((performance.now() - start) / 1000);
}

/** Issues `requests` GETs (agent, activity and unfiltered pages in turn) from 50 concurrent clients; resolves with p50 and p99 in ms. */
export async function latency(urls: string | string[], requests: number): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  let issued = 0;
  const queries = [
    (i: number) =>
      `/xapi/statements?limit=20&agent=${encodeURIComponent(JSON.stringify(learners[i % learners.length]))}`,
    (i: number) => `/xapi/statements?limit=20&activity=${encodeURIComponent(`urn:cohesion:module:m${i % 40}`)}`,
    () => '/xapi/statements?limit=50',
  ];
  await pool(CLIENTS, async (client) => {
    const url = typeof urls === 'string' ? urls : urls[client % urls.length]!;
    while (issued < requests) {
      const i = issued++;
      const start = performance.now();
      const response = await fetch(`${url}${queries[i % queries.length]!(i)}`, { headers });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`GET failed: ${response.status}`);
      times.push(performance.now() - start);
    }
  });
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length * 0.5)]!, p99: times[Math.floor(times.length * 0.99)]! };
}

/** A fresh database of one backend, the environment that points a server at it, and its cleanup. */
export async function openBenchStorage(storage: 'sqlite' | 'postgres', databaseUrl?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'cohesion-bench-'));
  let env: Record<string, string>;
  let repository: Repository;
  let dropSchema = async () => {};
  if (storage === 'sqlite') {
    const file = join(dir, 'bench.sqlite');
    env = { COHESION_DB_FILE: file, DATABASE_URL: '' };
    repository = await openSqliteRepository(file);
  } else {
    const schema = `bench_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const scoped = new URL(databaseUrl!);
    scoped.searchParams.set('options', `-c search_path=${schema}`);
    env = { DATABASE_URL: scoped.toString() };
    repository = await openPostgresRepository(scoped.toString());
    dropSchema = async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    };
  }
  await repository.createUser({
    username: 'bench',
    secretHash: await hashSecret('bench-secret'),
    role: 'admin',
    agent: null,
    createdMs: Date.now(),
  });
  const cleanup = async () => {
    await dropSchema();
    rmSync(dir, { recursive: true, force: true });
  };
  return { env, repository, cleanup };
}

/** Stops a server started by startServer and waits for it to exit. */
export async function stopServer(child: ChildProcess) {
  await stopServerProcess({ child });
}

/**
 * Times one learner's sync pull (`agent=<self>&limit=50`) against the same learner's page without
 * the agent filter, with `history` statements of that learner stored: the filtered page must cost
 * in proportion to the page, not to the history (budget: within 3× of the unfiltered one).
 */
export async function measureOwnAgentPage(storage: 'sqlite' | 'postgres', history: number, databaseUrl?: string) {
  const { env, repository, cleanup } = await openBenchStorage(storage, databaseUrl);
  const learner = { objectType: 'Agent' as const, account: { homePage: 'https://bench.example', name: 'one-learner' } };
  await repository.createUser({
    username: 'learner',
    secretHash: await hashSecret('learner-secret'),
    role: 'learner',
    agent: learner,
    createdMs: Date.now(),
  });
  const authority = { objectType: 'Agent' as const, account: { homePage: 'https://bench.example', name: 'learner' } };
  for (let done = 0; done < history; done += 1000) {
    const items = Array.from({ length: Math.min(1000, history - done) }, (_, i) => {
      const s = { ...statement(done + i), actor: learner, authority, version: '2.0.0' } as StatementJson;
      return { statement: s, index: indexStatement(s) };
    });
    await repository.insertStatements(items, [], isSameStatement);
  }
  await repository.close();
  const { child, url } = await startServer(env);
  const learnerHeaders = {
    ...headers,
    Authorization: `Basic ${Buffer.from('learner:learner-secret').toString('base64')}`,
  };
  const median = async (path: string) => {
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const start = performance.now();
      const response = await fetch(`${url}${path}`, { headers: learnerHeaders });
      const body = (await response.json()) as { statements: unknown[] };
      if (response.status !== 200 || body.statements.length !== 50)
        throw new Error(`GET ${path} failed: ${response.status}`);
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[10]!;
  };
  try {
    const unfiltered = await median('/xapi/statements?limit=50');
    const filtered = await median(`/xapi/statements?limit=50&agent=${encodeURIComponent(JSON.stringify(learner))}`);
    return { ownAgentPageMs: filtered, ownUnfilteredPageMs: unfiltered, ownHistoryStatements: history };
  } finally {
    await stopServer(child);
    await cleanup();
  }
}

async function benchOne(
  storage: 'sqlite' | 'postgres',
  quick: boolean,
  databaseUrl?: string,
): Promise<ServerBenchFigures> {
  const { env, repository, cleanup } = await openBenchStorage(storage, databaseUrl);
  await repository.close();
  const { child, url } = await startServer(env);
  let figures: ServerBenchFigures;
  try {
    const singles = quick ? 500 : 3000;
    const batched = quick ? 5000 : 25_000;
    const ingestSingle = await ingest(url, singles, 1);
    const ingestBatch = await ingest(url, batched, 50);
    const { p50, p99 } = await latency(url, quick ? 1000 : 5000);
    figures = {
      storage,
      ingestSingleStatementsPerSecond: ingestSingle,
      ingestBatch50StatementsPerSecond: ingestBatch,
      getP50Ms: p50,
      getP99Ms: p99,
      statementsStored: singles + batched,
    };
  } finally {
    await stopServer(child);
    await cleanup();
  }
  return { ...figures, ...(await measureOwnAgentPage(storage, quick ? 20_000 : 100_000, databaseUrl)) };
}

/**
 * Ingest alone (batches of 1 and 50), SQLite then PostgreSQL in the same run, each on a fresh
 * database: `npx tsx tests/bench/serverBench.ts --ingest [--quick] [--processes 3]`. `processes` > 1 adds a
 * PostgreSQL leg with that many servers on the one database, the clients spread over them.
 */
export async function runIngestBench({ quick, processes = 1 }: { quick: boolean; processes?: number }) {
  const databaseUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  const storages = databaseUrl ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);
  const results: {
    storage: string;
    processes: number;
    single: number;
    batch50: number;
    getP50Ms: number;
    getP99Ms: number;
  }[] = [];
  // SQLite serves one process by design; PostgreSQL with one process and, when asked, with `processes`.
  const legs = storages.flatMap((storage) =>
    storage === 'postgres' && processes > 1
      ? [
          { storage, count: 1 },
          { storage, count: processes },
        ]
      : [{ storage, count: 1 }],
  );
  for (const { storage, count } of legs) {
    const { env, repository, cleanup } = await openBenchStorage(storage, databaseUrl);
    await repository.close();
    const servers = await Promise.all(Array.from({ length: count }, () => startServer(env)));
    try {
      const urls = servers.map((s) => s.url);
      await ingest(urls, 100, 1); // warm-up
      const single = await ingest(urls, quick ? 500 : 3000, 1);
      const batch50 = await ingest(urls, quick ? 5000 : 25_000, 50);
      const { p50, p99 } = await latency(urls, quick ? 1000 : 5000);
      results.push({ storage, processes: count, single, batch50, getP50Ms: p50, getP99Ms: p99 });
    } finally {
      for (const s of servers) await stopServer(s.child);
      await cleanup();
    }
  }
  return results;
}

/** Runs the server benchmark on SQLite and (when a database URL is set) PostgreSQL. */
export async function runServerBench({ quick }: { quick: boolean }): Promise<ServerBenchFigures[]> {
  const results = [await benchOne('sqlite', quick)];
  const databaseUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (databaseUrl) results.push(await benchOne('postgres', quick, databaseUrl));
  else console.log('server bench: PostgreSQL skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
  return results;
}

/** One line per backend, for the bench report. */
export function formatServerBench(figures: ServerBenchFigures[]): string {
  return figures
    .map((f) => {
      const own =
        f.ownAgentPageMs === undefined
          ? ''
          : `\n  own-agent page ${f.ownAgentPageMs.toFixed(1)} ms vs unfiltered ${f.ownUnfilteredPageMs!.toFixed(1)} ms (one learner, ${f.ownHistoryStatements} statements; budget 3×)`;
      return `sync server (${f.storage.padEnd(8)}) ingest ${f.ingestSingleStatementsPerSecond.toFixed(0).padStart(6)} st/s (batch 1)  ${f.ingestBatch50StatementsPerSecond.toFixed(0).padStart(6)} st/s (batch 50)   GET p50 ${f.getP50Ms.toFixed(1)} ms  p99 ${f.getP99Ms.toFixed(1)} ms  (50 clients, ${f.statementsStored} statements)${own}`;
    })
    .join('\n');
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--ingest')) {
    const processes = process.argv.includes('--processes')
      ? Number(process.argv[process.argv.indexOf('--processes') + 1])
      : 1;
    for (const r of await runIngestBench({ quick: process.argv.includes('--quick'), processes }))
      console.log(
        `ingest ${r.storage.padEnd(8)} ${r.processes} process(es): ${r.single.toFixed(0)} st/s (batch 1), ${r.batch50.toFixed(0)} st/s (batch 50); GET p50 ${r.getP50Ms.toFixed(1)} ms, p99 ${r.getP99Ms.toFixed(1)} ms`,
      );
  } else if (process.argv.includes('--own-agent-page')) {
    // Only the own-agent page measurement: `npx tsx tests/bench/serverBench.ts --own-agent-page [history]`.
    const history = Number(process.argv[process.argv.indexOf('--own-agent-page') + 1]) || 100_000;
    const databaseUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
    for (const storage of databaseUrl ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const)) {
      console.log(storage, await measureOwnAgentPage(storage, history, databaseUrl));
    }
  } else {
    const figures = await runServerBench({ quick: process.argv.includes('--quick') });
    console.log(formatServerBench(figures));
  }
}
