import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cruise, type CruiseViolations, lintToolsCruise } from '../helpers/installLintTools';

const root = resolve(import.meta.dirname, '../..');
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs'));
let cruise: Cruise;
beforeAll(async () => {
  cruise = await lintToolsCruise();
}, 600_000);

/** Cruises `files` (path → source) laid out like the project, with the project's own rules. */
async function violationsOf(files: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cohesion-layers-'));
  dirs.push(dir);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { allowImportingTsExtensions: true, noEmit: true } }),
  );
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  const cwd = process.cwd();
  process.chdir(dir); // dependency-cruiser resolves against the working directory
  try {
    const tops = [...new Set(Object.keys(files).map((path) => path.split('/')[0]!))];
    const { output } = await cruise(tops, { validate: true, ruleSet: config, ...config.options });
    return (output as CruiseViolations).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
  } finally {
    process.chdir(cwd);
  }
}
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the layer rules that npm run lint enforces', () => {
  // The whole project is 800-odd modules: on a loaded machine that takes longer than one unit test's budget.
  it('pass on the project itself', { timeout: 60_000 }, async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const { output } = await cruise(['src', 'server', 'scripts'], {
        validate: true,
        ruleSet: config,
        ...config.options,
      });
      expect((output as CruiseViolations).summary.violations).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });

  it('refuse an Astro, React or Dexie import in src/lib', async () => {
    const found = await violationsOf({
      'src/lib/plan.ts':
        "import { getCollection } from 'astro:content';\nimport Dexie from 'dexie';\nimport { useState } from 'react';\nexport const all = [getCollection, Dexie, useState];\n",
    });
    expect(found).toEqual(
      expect.arrayContaining([
        'lib-is-pure: src/lib/plan.ts → astro:content',
        expect.stringMatching(/^lib-is-pure: src\/lib\/plan\.ts → .*node_modules\/dexie\//),
        expect.stringMatching(/^lib-is-pure: src\/lib\/plan\.ts → .*node_modules\/react\//),
      ]),
    );
  });

  it('refuse src/lib reaching into the site or server layers', async () => {
    const found = await violationsOf({
      'src/db/db.ts': 'export const db = {};\n',
      'src/lib/plan.ts': "import { db } from '../db/db.ts';\nexport const x = db;\n",
    });
    expect(found).toContain('lib-imports-only-lib: src/lib/plan.ts → src/db/db.ts');
  });

  it('refuse server code importing the browser layers', async () => {
    const found = await violationsOf({
      'src/client/journeyActor.ts': 'export const actor = {};\n',
      'server/app.ts': "import { actor } from '../src/client/journeyActor.ts';\nexport const x = actor;\n",
    });
    expect(found).toContain('server-not-browser: server/app.ts → src/client/journeyActor.ts');
  });

  it('refuse an island importing the database except through src/client', async () => {
    const found = await violationsOf({
      'src/db/db.ts': 'export const db = {};\n',
      'src/client/learnerStore.ts': "export { db } from '../db/db.ts';\n",
      'src/islands/Panel.tsx': "import { db } from '../db/db.ts';\nexport const x = db;\n",
      'src/islands/Good.tsx': "import { db } from '../client/learnerStore.ts';\nexport const y = db;\n",
    });
    expect(found).toEqual(['islands-through-client: src/islands/Panel.tsx → src/db/db.ts']);
  });
});
