import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** What a measured command cost: wall time, CPU time and the peak resident memory of its whole process tree. */
export interface RunCost {
  seconds: number;
  /** User + system CPU seconds of the command and every descendant it waited for: hardly moved by other work on a shared machine. */
  cpuSeconds: number;
  peakRssBytes: number;
}

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU seconds used by this process's children that have ended and been waited for (cutime + cstime). */
function childrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields after the command name start at field 3 (state): cutime is field 16, cstime field 17.
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}

/** Parent pid of every live process, read from /proc (Linux). */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name sits in parentheses and may contain spaces, so read the fields after it.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return parents;
}

/** Resident memory of `root` and all its descendants now, in bytes (VmRSS summed). */
export function treeRssBytes(root: number): number {
  const parents = parentsByPid();
  const tree = new Set([root]);
  // Parents are usually listed before children, but repeat until nothing is added to be sure.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents)
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
  }
  let kb = 0;
  for (const pid of tree) {
    try {
      kb += Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Gone already.
    }
  }
  return kb * 1024;
}

/**
 * Runs a command to completion, sampling the resident memory of its process tree every
 * `sampleMs` (the peak is the largest sum seen, so a very short spike may be missed), and fails
 * with the end of its stderr when it exits non-zero.
 */
export async function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; sampleMs?: number },
): Promise<RunCost> {
  const start = performance.now();
  const cpuBefore = childrenCpuSeconds();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'ignore', 'pipe'] });
  let peak = 0;
  const sample = () => {
    if (child.pid !== undefined) peak = Math.max(peak, treeRssBytes(child.pid));
  };
  const timer = setInterval(sample, options.sampleMs ?? 100);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  try {
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0
          ? resolve()
          : reject(
              new Error(
                `${command} ${args.join(' ')} failed (exit ${code}) in ${options.cwd}:\n${stderr.slice(-2000)}`,
              ),
            ),
      );
    });
  } finally {
    clearInterval(timer);
  }
  // Other children of this process (a browser) are still running, so only this command's time is added since.
  return {
    seconds: (performance.now() - start) / 1000,
    cpuSeconds: childrenCpuSeconds() - cpuBefore,
    peakRssBytes: peak,
  };
}
