/**
 * SQLite statement ingest of several source trees in one run, rounds interleaved so they share the
 * machine's load: `npx tsx tests/bench/compareIngest.ts <tree> <tree>…` (e.g. this checkout and a
 * `git archive` of an older commit with node_modules linked). Per tree: statements per second and
 * the server process's CPU milliseconds per statement (user + system, from /proc), batches of 1 and
 * 50; the CPU figure is the steadier on a shared machine. ROUNDS, SINGLES, BATCHED set the sizes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingest, startServer, stopServer } from './serverBench.ts';

const trees = process.argv.slice(2).map((tree) => resolve(tree));
const rounds = Number(process.env.ROUNDS ?? 3);
const singles = Number(process.env.SINGLES ?? 500);
const batched = Number(process.env.BATCHED ?? 5000);

/** CPU time (user + system) a process has used, in ms (Linux clock ticks are 10 ms). */
const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

/** One round for one tree: a fresh database with the bench user, made by that tree's own storage code. */
async function measure(tree: string) {
  const dir = mkdtempSync(join(tmpdir(), 'cohesion-compare-'));
  const file = join(dir, 'bench.sqlite');
  const { openSqliteRepository } = await import(join(tree, 'server/storage/sqliteRepository.ts'));
  const { hashSecret } = await import(join(tree, 'server/auth/hashSecret.ts'));
  const repository = await openSqliteRepository(file);
  const secretHash = await hashSecret('bench-secret');
  await repository.createUser({ username: 'bench', secretHash, role: 'admin', agent: null, createdMs: Date.now() });
  await repository.close();
  const { child, url } = await startServer({ COHESION_DB_FILE: file, DATABASE_URL: '' }, tree);
  try {
    await ingest(url, 100, 1); // warm-up
    const start = cpuMs(child.pid!);
    const single = await ingest(url, singles, 1);
    const middle = cpuMs(child.pid!);
    const batch = await ingest(url, batched, 50);
    const end = cpuMs(child.pid!);
    return { single, batch, cpuSingle: (middle - start) / singles, cpuBatch: (end - middle) / batched };
  } finally {
    await stopServer(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

const runs = new Map(trees.map((tree) => [tree, [] as Awaited<ReturnType<typeof measure>>[]]));
for (let round = 0; round < rounds; round++)
  for (const tree of trees) {
    const run = await measure(tree);
    runs.get(tree)!.push(run);
    console.log(`round ${round} ${tree}: ${JSON.stringify(run)}`);
  }
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (const [tree, list] of runs) {
  const m = (key: keyof (typeof list)[number]) => median(list.map((r) => r[key]));
  console.log(
    `${tree}: ${m('single').toFixed(0)} st/s (batch 1), ${m('batch').toFixed(0)} st/s (batch 50); server CPU ${m('cpuSingle').toFixed(2)} / ${m('cpuBatch').toFixed(3)} ms per statement`,
  );
}
