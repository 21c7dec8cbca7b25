/**
 * Where statement ingest spends CPU, SQLite against PostgreSQL, legs alternated in one run:
 * `npx tsx tests/bench/profileIngest.ts [--rounds 3] [--profile [batch|get]] [--batched 5000] [--singles 500] [--gets 1000] [--save dir] [--tree dir]`
 * (PostgreSQL from BENCH_DATABASE_URL or TEST_DATABASE_URL). Per leg: statements per second, the
 * server process's CPU ms per statement and, on PostgreSQL, its backends' (user + system from
 * /proc, the figure the machine's load hardly moves). `--profile` records a CPU profile of the
 * server over the batch-50 leg alone, or the GET leg (through its inspector), and prints where the
 * time went, by function and by package; on PostgreSQL it also counts the backends' wait events, sampled.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import pg from 'pg';
import { ingest, latency, openBenchStorage, startServer, stopServer } from './serverBench.ts';

const argument = (name: string, fallback: number) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
const rounds = argument('--rounds', 3);
const batched = argument('--batched', 5000);
const singles = argument('--singles', 500);
const gets = argument('--gets', 1000);
// `--profile` alone profiles the batch-50 leg; `--profile get` the GET leg.
const profiled = process.argv.includes('--profile')
  ? (process.argv[process.argv.indexOf('--profile') + 1] ?? 'batch')
  : undefined;
const profiling = profiled !== undefined;
// `--tree <dir>`: the server of another source tree (e.g. a `git archive` of an older commit with node_modules linked).
const tree = process.argv.includes('--tree') ? process.argv[process.argv.indexOf('--tree') + 1] : undefined;
const databaseUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
if (databaseUrl === undefined) throw new Error('set BENCH_DATABASE_URL or TEST_DATABASE_URL');

/** CPU time (user + system) a process has used, in ms (Linux clock ticks are 10 ms); 0 once it is gone. */
const cpuMs = (pid: number) => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
};

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A minimal Chrome DevTools protocol session over the inspector's WebSocket. */
async function inspect(wsUrl: string) {
  const socket = new WebSocket(wsUrl);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  let next = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  };
  const send = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
  return { send, close: () => socket.close() };
}

/** Where a profile's samples fall: by function (self), by package or server file (self), and inclusive by function. */
function summarise(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const packages = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const where = (url: string) => {
    const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (modules !== null) return modules[1]!;
    const own = /\/(server|src|tests)\/(.*)$/.exec(url);
    if (own !== null) return `${own[1]}/${own[2]}`;
    return url === '' ? '(native)' : url.replace(/^node:/, 'node:');
  };
  const key = (n: CpuProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${where(n.callFrame.url)}`;
  let total = 0;
  for (const [i, sample] of profile.samples.entries()) {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(sample)!;
    if (node.callFrame.functionName === '(idle)') continue;
    total += ms;
    self.set(key(node), (self.get(key(node)) ?? 0) + ms);
    packages.set(where(node.callFrame.url), (packages.get(where(node.callFrame.url)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const k = key(byId.get(id)!);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
    }
  }
  const top = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([k, ms]) => `    ${ms.toFixed(0).padStart(6)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  return `  busy ${total.toFixed(0)} ms\n  self, by package or file:\n${top(packages, 18)}\n  self, by function:\n${top(self, 30)}\n  inclusive, by function:\n${top(inclusive, 45)}`;
}

/** Samples what the database's backends (other than the sampler's) are doing, every 10 ms, until stopped. */
function sampleWaits(client: pg.Client) {
  const counts = new Map<string, number>();
  const pids = new Set<number>();
  let running = true;
  const done = (async () => {
    while (running) {
      const { rows } = await client.query<{ pid: number; state: string; wait: string | null }>(
        `SELECT pid, state, wait_event_type || ':' || wait_event AS wait FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
      );
      for (const r of rows) {
        pids.add(r.pid);
        const k = `${r.state} ${r.wait ?? 'on CPU'}`;
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return {
    pids,
    stop: async () => {
      running = false;
      await done;
      return counts;
    },
  };
}

/** One leg: a fresh database of `storage`, a server, warm-up, then batches of 1 and of 50 measured. */
async function leg(storage: 'sqlite' | 'postgres') {
  const { env, repository, cleanup } = await openBenchStorage(storage, databaseUrl);
  await repository.close();
  const server = await startServer(profiling ? { ...env, NODE_OPTIONS: '--inspect=127.0.0.1:0' } : env, tree);
  const monitor = new pg.Client({ connectionString: databaseUrl });
  await monitor.connect();
  const backendsCpu = (pids: Set<number>) => [...pids].reduce((sum, pid) => sum + cpuMs(pid), 0);
  try {
    const pid = server.child.pid!;
    await ingest(server.url, 100, 1);
    await ingest(server.url, 500, 50); // warm-up: JIT, prepared statements, pooled connections
    const { rows } = await monitor.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    // The bench's own database is shared by nothing else; SQLite's leg has no backends of its own.
    const backends = new Set(storage === 'postgres' ? rows.map((r) => r.pid) : []);
    const cpu0 = cpuMs(pid);
    const pg0 = backendsCpu(backends);
    const single = await ingest(server.url, singles, 1);
    const cpu1 = cpuMs(pid);
    const pg1 = backendsCpu(backends);
    const startProfile = async () => {
      const session = await inspect(/ws:\/\/[^\s]+/.exec(server.output())![0]);
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 200 });
      await session.send('Profiler.start');
      return async () => {
        const { profile } = (await session.send('Profiler.stop')) as { profile: CpuProfile };
        session.close();
        return profile;
      };
    };
    let stopProfile = profiled === 'batch' ? await startProfile() : undefined;
    let sampler = storage === 'postgres' && profiled === 'batch' ? sampleWaits(monitor) : undefined;
    const batch = await ingest(server.url, batched, 50);
    const cpu2 = cpuMs(pid);
    const pg2 = backendsCpu(backends);
    let waits = await sampler?.stop();
    let profile = await stopProfile?.();
    stopProfile = profiled === 'get' ? await startProfile() : undefined;
    sampler = storage === 'postgres' && profiled === 'get' ? sampleWaits(monitor) : undefined;
    const get = await latency(server.url, gets);
    const cpu3 = cpuMs(pid);
    const pg3 = backendsCpu(backends);
    if (profiled === 'get') {
      waits = await sampler?.stop();
      profile = await stopProfile?.();
    }
    return {
      storage,
      single,
      batch,
      serverCpuSingle: (cpu1 - cpu0) / singles,
      serverCpuBatch: (cpu2 - cpu1) / batched,
      backendCpuSingle: (pg1 - pg0) / singles,
      backendCpuBatch: (pg2 - pg1) / batched,
      getP50: get.p50,
      serverCpuGet: (cpu3 - cpu2) / gets,
      backendCpuGet: (pg3 - pg2) / gets,
      waits,
      profile,
    };
  } finally {
    await monitor.end();
    await stopServer(server.child);
    await cleanup();
  }
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
console.log(`start ${new Date().toISOString()} load ${load()}`);
const results: Awaited<ReturnType<typeof leg>>[] = [];
for (let round = 0; round < rounds; round++)
  for (const storage of round % 2 === 0 ? (['sqlite', 'postgres'] as const) : (['postgres', 'sqlite'] as const)) {
    const r = await leg(storage);
    results.push(r);
    console.log(
      `round ${round} ${storage.padEnd(8)} ${r.single.toFixed(0).padStart(5)} st/s (batch 1) ${r.batch.toFixed(0).padStart(6)} st/s (batch 50) | CPU ms/statement server ${r.serverCpuSingle.toFixed(3)} / ${r.serverCpuBatch.toFixed(3)}, backends ${r.backendCpuSingle.toFixed(3)} / ${r.backendCpuBatch.toFixed(3)} | GET p50 ${r.getP50.toFixed(0)} ms, CPU ms/GET server ${r.serverCpuGet.toFixed(2)}, backends ${r.backendCpuGet.toFixed(2)} | load ${load()}`,
    );
    if (r.waits !== undefined) {
      const total = [...r.waits.values()].reduce((a, b) => a + b, 0);
      console.log(
        `  backend states (sampled): ${[...r.waits]
          .sort((a, b) => b[1] - a[1])
          .map(([k, n]) => `${k} ${((100 * n) / total).toFixed(0)}%`)
          .join(', ')}`,
      );
    }
    if (r.profile !== undefined) console.log(summarise(r.profile));
    // `--save <dir>`: the profile too, for DevTools or a closer look.
    if (r.profile !== undefined && process.argv.includes('--save'))
      writeFileSync(
        `${process.argv[process.argv.indexOf('--save') + 1]}/${storage}-${profiled}-${round}.cpuprofile`,
        JSON.stringify(r.profile),
      );
  }
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (const storage of ['sqlite', 'postgres'] as const) {
  const mine = results.filter((r) => r.storage === storage);
  type Figure = Exclude<keyof (typeof mine)[number], 'storage' | 'waits' | 'profile'>;
  const m = (k: Figure) => median(mine.map((r) => r[k]));
  console.log(
    `median ${storage.padEnd(8)} ${m('single').toFixed(0)} / ${m('batch').toFixed(0)} st/s; CPU ms/statement server ${m('serverCpuSingle').toFixed(3)} / ${m('serverCpuBatch').toFixed(3)}, backends ${m('backendCpuSingle').toFixed(3)} / ${m('backendCpuBatch').toFixed(3)}; GET p50 ${m('getP50').toFixed(0)} ms, CPU ms/GET server ${m('serverCpuGet').toFixed(2)}, backends ${m('backendCpuGet').toFixed(2)}`,
  );
}
const ratio = (k: 'single' | 'batch' | 'getP50') =>
  results
    .filter((r) => r.storage === 'postgres')
    .map((p, i) => (p[k] / results.filter((r) => r.storage === 'sqlite')[i]![k]).toFixed(2))
    .join(', ');
console.log(
  `PostgreSQL ÷ SQLite per round: batch 1 ${ratio('single')}; batch 50 ${ratio('batch')}; GET p50 ${ratio('getP50')}`,
);
console.log(`end ${new Date().toISOString()} load ${load()}`);
