/**
 * Sync server benchmark: statement ingest throughput (batches of 1 and of 50, 50 concurrent
 * clients) and GET latency (p50/p99, 50 concurrent clients), against a real `server/main.ts` child
 * process on SQLite and, when BENCH_DATABASE_URL or TEST_DATABASE_URL is set, on PostgreSQL.
 * Run alone with `npx tsx tests/bench/serverBench.ts [--quick]`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
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

/** What one storage backend achieved. */
export interface ServerBenchFigures {
  storage: 'sqlite' | 'postgres';
  ingestSingleStatementsPerSecond: number;
  ingestBatch50StatementsPerSecond: number;
  getP50Ms: number;
  getP99Ms: number;
  statementsStored: number;
}

const CLIENTS = 50;
const root = resolve(fileURLToPath(import.meta.url), '../../..');
const auth = `Basic ${Buffer.from('bench:bench-secret').toString('base64')}`;
const headers = { Authorization: auth, 'X-Experience-API-Version': '2.0.0', 'Content-Type': 'application/json' };
const learners = Array.from({ length: 20 }, (_, i) => ({ objectType: 'Agent', account: { homePage: 'https://bench.example', name: `learner${i}` } }));
const statement = (i: number) => ({
  id: randomUUID(),
  actor: learners[i % learners.length],
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
  object: { objectType: 'Activity', id: `urn:cohesion:module:m${i % 40}`, definition: { name: { 'en-US': `Module ${i % 40}` }, type: 'http://adlnet.gov/expapi/activities/module' } },
  timestamp: new Date().toISOString(),
});

function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(root, 'server/main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', COHESION_SITE_DIR: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Cohesion listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match !== null) resolvePromise({ child, url: match[1]! });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
}

async function pool(count: number, work: (client: number) => Promise<void>) {
  await Promise.all(Array.from({ length: count }, (_, client) => work(client)));
}

async function ingest(url: string, total: number, batch: number): Promise<number> {
  let next = 0;
  const start = performance.now();
  await pool(CLIENTS, async () => {
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

async function latency(url: string, requests: number): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  let issued = 0;
  const queries = [
    (i: number) => `/xapi/statements?limit=20&agent=${encodeURIComponent(JSON.stringify(learners[i % learners.length]))}`,
    (i: number) => `/xapi/statements?limit=20&activity=${encodeURIComponent(`urn:cohesion:module:m${i % 40}`)}`,
    () => '/xapi/statements?limit=50',
  ];
  await pool(CLIENTS, async () => {
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

async function benchOne(storage: 'sqlite' | 'postgres', quick: boolean, databaseUrl?: string): Promise<ServerBenchFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'cohesion-bench-'));
  let env: Record<string, string>;
  let repository: Repository;
  let cleanup = async () => {};
  if (storage === 'sqlite') {
    const file = join(dir, 'bench.sqlite');
    env = { COHESION_DB_FILE: file, DATABASE_URL: '' };
    repository = openSqliteRepository(file);
  } else {
    const schema = `bench_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const scoped = new URL(databaseUrl!);
    scoped.searchParams.set('options', `-c search_path=${schema}`);
    env = { DATABASE_URL: scoped.toString() };
    repository = await openPostgresRepository(scoped.toString());
    cleanup = async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    };
  }
  await repository.createUser({ username: 'bench', secretHash: await hashSecret('bench-secret'), role: 'admin', agent: null, createdMs: Date.now() });
  await repository.close();
  const { child, url } = await startServer(env);
  try {
    const singles = quick ? 500 : 3000;
    const batched = quick ? 5000 : 25_000;
    const ingestSingle = await ingest(url, singles, 1);
    const ingestBatch = await ingest(url, batched, 50);
    const { p50, p99 } = await latency(url, quick ? 1000 : 5000);
    return { storage, ingestSingleStatementsPerSecond: ingestSingle, ingestBatch50StatementsPerSecond: ingestBatch, getP50Ms: p50, getP99Ms: p99, statementsStored: singles + batched };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
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
    .map((f) => `sync server (${f.storage.padEnd(8)}) ingest ${f.ingestSingleStatementsPerSecond.toFixed(0).padStart(6)} st/s (batch 1)  ${f.ingestBatch50StatementsPerSecond.toFixed(0).padStart(6)} st/s (batch 50)   GET p50 ${f.getP50Ms.toFixed(1)} ms  p99 ${f.getP99Ms.toFixed(1)} ms  (50 clients, ${f.statementsStored} statements)`)
    .join('\n');
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const figures = await runServerBench({ quick: process.argv.includes('--quick') });
  console.log(formatServerBench(figures));
}
