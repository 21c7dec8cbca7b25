import { describe, expect, it } from 'vitest';
import { runMeasured } from './runMeasured';

const MiB = 2 ** 20;
/** Node code that holds `mib` MiB of touched memory for a moment. */
const hold = (mib: number) => `const b = Buffer.alloc(${mib} * 1024 * 1024, 1); setTimeout(() => b.length, 600);`;

describe('runMeasured', () => {
  it('sees the peak memory of a child process', async () => {
    const cost = await runMeasured(process.execPath, ['-e', hold(200)], {
      cwd: process.cwd(),
      env: process.env,
      sampleMs: 50,
    });

    expect(cost.peakRssBytes).toBeGreaterThan(200 * MiB);
    expect(cost.seconds).toBeGreaterThan(0.5);
  });

  it('adds up the memory of the whole process tree, grandchildren included', async () => {
    const script = `const { spawn } = require('node:child_process'); for (let i = 0; i < 2; i++) spawn(process.execPath, ['-e', ${JSON.stringify(hold(150))}], { stdio: 'inherit' }); setTimeout(() => {}, 900);`;

    const cost = await runMeasured(process.execPath, ['-e', script], {
      cwd: process.cwd(),
      env: process.env,
      sampleMs: 50,
    });

    expect(cost.peakRssBytes).toBeGreaterThan(300 * MiB);
  });

  it('counts the CPU time of the command, not the time it waited', async () => {
    const busy = await runMeasured(process.execPath, ['-e', 'while (process.cpuUsage().user < 700_000);'], {
      cwd: process.cwd(),
      env: process.env,
    });
    const idle = await runMeasured(process.execPath, ['-e', 'setTimeout(() => {}, 700)'], {
      cwd: process.cwd(),
      env: process.env,
    });

    expect(busy.cpuSeconds).toBeGreaterThan(0.5);
    expect(idle.cpuSeconds).toBeLessThan(0.4);
  }, 60_000); // it measures CPU time: on a busy machine the wall time can be many times that

  it("fails with the end of the command's stderr when it exits non-zero", async () => {
    const failing = runMeasured(
      process.execPath,
      ['-e', 'console.error("content error in modules/x.mdx"); process.exit(3)'],
      { cwd: process.cwd(), env: process.env },
    );

    await expect(failing).rejects.toThrow(/exit 3[\s\S]*content error in modules\/x\.mdx/);
  });
});
