import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it, vi } from 'vitest';
import { evidenceReportSchema } from '../../src/lib/evidence/evidenceReportSchema.ts';
import { evidenceCurriculum } from '../../src/lib/evidence/seededPopulation.ts';
import { statements } from '../../src/lib/progress/statements.ts';
import { testStamp } from '../../src/lib/progress/testStamp.ts';
import { buildApp } from '../app.ts';
import { hashSecret } from '../auth/hashSecret.ts';
import { readConfig } from '../config.ts';
import type { Repository } from '../storage/repository.ts';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { basic } from '../testing/testServer.ts';
import { PLANNED } from './evidenceRoutes.ts';

const admin = basic('admin', 'plan-ahead-secret');

/** Serves the app on `repository` with `site`, on a free port; `lines` collects its log lines. */
async function serve(repository: Repository, site: string, lines?: string[]) {
  const config = readConfig({ COHESION_SITE_DIR: site, LOG_LEVEL: lines ? 'info' : 'silent' });
  const app = await buildApp(
    repository,
    config,
    lines ? { logStream: { write: (line) => void lines.push(line) } } : { logger: false },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return { app, url: `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}` };
}

/** Today's report (the page's first), as the lead's browser asks for it. */
async function report(url: string) {
  const response = await fetch(`${url}/api/evidence`, { headers: { Authorization: admin } });
  expect(response.status).toBe(200);
  return evidenceReportSchema.parse(await response.json());
}

describe.each(TEST_BACKENDS)('the evidence report of a freshly started server ($name)', (backend) => {
  it("is planned as the server starts, so a lead's first report finds the plan made", async () => {
    const site = mkdtempSync(join(tmpdir(), 'cohesion-plan-ahead-'));
    writeFileSync(join(site, 'curriculum.json'), JSON.stringify(evidenceCurriculum));
    const { repository, cleanup } = await backend.open();
    const servers: FastifyInstance[] = [];
    try {
      await repository.createUser({
        username: 'admin',
        secretHash: await hashSecret('plan-ahead-secret'),
        role: 'admin',
        agent: null,
        createdMs: Date.now(),
      });
      // A process that ran before: it stored 12 learners' statements and their summaries.
      const before = await serve(repository, site);
      servers.push(before.app);
      const log = Array.from({ length: 12 }, (_, i) => {
        const stamp = testStamp({
          name: `learner-${i}`,
          homePage: 'https://cohesion.invalid',
          start: '2026-03-02T09:00:00Z',
          stepMs: 60_000,
          ids: 'random',
        });
        return statements.answeredAssessmentItem(stamp, 'm1', 1, 1);
      });
      const posted = await fetch(`${before.url}/xapi/statements`, {
        method: 'POST',
        headers: { Authorization: admin, 'X-Experience-API-Version': '2.0.0', 'Content-Type': 'application/json' },
        body: JSON.stringify(log),
      });
      expect(posted.status).toBe(200);
      const expected = await report(before.url);
      expect(expected.population.count).toBe(12);
      await servers.pop()!.close();

      // A new process on the same database: it plans today's report without being asked.
      const lines: string[] = [];
      const after = await serve(repository, site, lines);
      servers.push(after.app);
      const plans = () => lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === PLANNED);
      await vi.waitFor(() => expect(plans()).toHaveLength(1), { timeout: 10_000, interval: 20 });
      expect(plans()[0]).toMatchObject({ learners: 12, asOf: new Date().toISOString().slice(0, 10) });

      // The lead's first report is that plan: no other is made.
      expect(await report(after.url)).toEqual(expected);
      expect(plans()).toHaveLength(1);
    } finally {
      for (const app of servers) await app.close();
      await repository.close();
      await cleanup();
      rmSync(site, { recursive: true, force: true });
    }
  });
});
