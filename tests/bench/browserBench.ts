/**
 * Runs inside Chromium (bundled by bench.ts): the learner-side costs that depend on the browser's
 * IndexedDB and JavaScript engine. Results are left on window.benchResults.
 */
import { AppDB } from '../../src/db/AppDB';
import { recordStatements } from '../../src/db/events';
import { deriveProgress } from '../../src/lib/progress/deriveProgress';
import { type LearningStatement, type Stamp, statements } from '../../src/lib/progress/statements';

const percentile = (times: number[], p: number) =>
  [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor(times.length * p))]!;
const stamp: Stamp = {
  actor: { objectType: 'Agent', account: { homePage: location.origin, name: 'bench' } },
  id: () => crypto.randomUUID(),
  now: () => new Date().toISOString(),
};

function syntheticLog(n: number): LearningStatement[] {
  const log: LearningStatement[] = [];
  for (let i = 0; i < n; i++) {
    const module = `module-${i % 400}`;
    const k = i % 5;
    log.push(
      k === 0
        ? statements.experiencedModule(stamp, module, module)
        : k === 4
          ? statements.completedModule(stamp, module, module)
          : statements.answeredCheck(stamp, module, `q${k}`, i % 3 !== 0, [k]),
    );
  }
  return log;
}

async function run(runs: number) {
  const log = syntheticLog(10_000);
  const derive: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    deriveProgress(log);
    derive.push(performance.now() - t);
  }
  const db = new AppDB('cohesion-bench');
  await db.delete();
  await db.open();
  const record: number[] = [];
  for (let i = 0; i < 200; i++) {
    const one = statements.answeredCheck(stamp, 'module-1', 'q1', true, [0]);
    const t = performance.now();
    await recordStatements([one], db);
    record.push(performance.now() - t);
  }
  await db.events.bulkAdd(log);
  const load: number[] = [];
  for (let i = 0; i < Math.max(3, runs / 4); i++) {
    const t = performance.now();
    deriveProgress(await db.events.toArray());
    load.push(performance.now() - t);
  }
  await db.delete();
  return {
    deriveMedian: percentile(derive, 0.5),
    deriveP95: percentile(derive, 0.95),
    recordMedian: percentile(record, 0.5),
    recordP95: percentile(record, 0.95),
    loadAndDeriveMedian: percentile(load, 0.5),
  };
}

(window as unknown as { benchRun: typeof run }).benchRun = run;
