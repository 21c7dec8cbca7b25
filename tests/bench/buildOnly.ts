import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeGeneratedCurriculum } from '../helpers/writeGeneratedCurriculum';
import type { BuildPair } from './benchReport';
import { buildPair } from './buildPair';
import { buildSite, SITE_SOURCES } from './buildSite';
import type { RunCost } from './runMeasured';
import { writeStarlightProject } from './writeStarlightProject';

/** One round of the build comparison: this checkout against Starlight, and the other revision's build if asked for. */
interface BuildRound {
  loadAtStart: number;
  pair: BuildPair;
  against?: RunCost;
}

const figures = (c: RunCost) =>
  `${c.seconds.toFixed(1)} s wall, ${c.cpuSeconds.toFixed(1)} s CPU, ${(c.peakRssBytes / 2 ** 30).toFixed(2)} GiB`;

/**
 * `npm run bench -- --build [--modules=1000] [--pairs=2] [--against=<git revision>]`: only the build budget.
 * Cold builds of the same generated modules, alternating: Cohesion (this checkout), stock Starlight, and with
 * `--against` Cohesion at that revision (its site files with this checkout's node_modules), `--pairs` rounds.
 * Prints each build's wall and CPU time and peak memory, and the ratios; writes bench-results/build-latest.json.
 */
export async function buildOnly(project: string, argv: string[]): Promise<void> {
  const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const modules = Number(option('modules') ?? 1000);
  const rounds = Number(option('pairs') ?? 2);
  const against = option('against');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: project, encoding: 'utf8' }).trim();
  const commit = git('rev-parse', '--short', 'HEAD');
  const work = mkdtempSync(join(tmpdir(), 'cohesion-build-bench-'));
  const startedAt = new Date().toISOString();
  try {
    const content = join(work, 'content');
    writeGeneratedCurriculum(content, { modules });
    const starlightRoot = join(work, 'starlight-project');
    writeStarlightProject(starlightRoot, content);
    let againstSource: string | undefined;
    if (against) {
      againstSource = join(work, 'against');
      mkdirSync(againstSource);
      const archive = join(work, 'against.tar');
      git('archive', '-o', archive, against, ...SITE_SOURCES);
      execFileSync('tar', ['-x', '-f', archive, '-C', againstSource]);
    }
    const out = { cohesion: join(work, 'cohesion'), starlight: join(work, 'starlight') };
    const results: BuildRound[] = [];
    for (let round = 1; round <= rounds; round++) {
      const loadAtStart = loadavg()[0]!;
      let before: RunCost | undefined;
      if (againstSource) {
        before = await buildSite(content, out.cohesion, againstSource);
        console.log(`round ${round}: Cohesion at ${against}: ${figures(before)}`);
      }
      const pair = await buildPair(modules, content, out, starlightRoot);
      console.log(`round ${round} (load ${loadAtStart.toFixed(1)}): Cohesion at ${commit}: ${figures(pair.cohesion)}`);
      console.log(`round ${round}: Starlight: ${figures(pair.starlight)}`);
      console.log(
        `round ${round}: Cohesion / Starlight: time ${pair.timeRatio.toFixed(2)}, CPU time ${pair.cpuRatio.toFixed(2)}, peak memory ${pair.memoryRatio.toFixed(2)}`,
      );
      results.push({ loadAtStart, pair, ...(before ? { against: before } : {}) });
    }
    const file = join(project, 'bench-results');
    mkdirSync(file, { recursive: true });
    writeFileSync(
      join(file, 'build-latest.json'),
      `${JSON.stringify({ startedAt, commit, against, modules, loadAtEnd: loadavg()[0], rounds: results }, null, 2)}\n`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
