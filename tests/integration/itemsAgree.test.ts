import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runItems } from '../../scripts/runItems';
import { TEST_BACKENDS } from '../../server/testing/testBackends';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { checkContent } from '../../src/authoring/checkContent';
import { readCoverageThresholds } from '../../src/authoring/readCoverageThresholds';
import { itemBankOf } from '../../src/lib/itemAnalysis/itemBankSchema';
import { itemReportSchema } from '../../src/lib/itemAnalysis/itemReportSchema';
import { type LearningStatement, statements } from '../../src/lib/progress/statements';
import { testStamp } from '../../src/lib/progress/testStamp';
import { curriculumWorkspace } from '../helpers/curriculumWorkspace';
import { runCli } from '../helpers/runCli';

/**
 * 30 learners answer every module's check once: deeper-mapping's 6 right (too hard, its wrong option
 * chosen more), intro-mapping's 25 (too easy at 0.8), value-basics' 20, of whom the 15 who complete
 * it; planning-in-depth's only 4 (below the minimum of 10).
 */
function exported(): LearningStatement[] {
  return Array.from({ length: 30 }, (_, i) => {
    const stamp = testStamp({ name: `agree-${i}`, prefix: `a9${String(i).padStart(6, '0')}` });
    const answer = (module: string, right: boolean) =>
      statements.answeredCheck(stamp, module, 'first', right, right ? [0] : [1]);
    return [
      answer('deeper-mapping', i < 6),
      answer('intro-mapping', i < 25),
      answer('value-basics', i < 20),
      ...(i < 4 ? [answer('planning-in-depth', true)] : []),
      ...(i < 15 ? [statements.completedModule(stamp, 'value-basics', 'Value basics')] : []),
    ];
  }).flat();
}

describe('npm run items and the content-health page', () => {
  const workspace = curriculumWorkspace();
  let server: TestServer;
  let admin: string;
  afterAll(async () => {
    await server?.close();
    workspace.dispose();
  });
  beforeAll(async () => {
    // One setting file for both: the CLI reads it, the build carries it to the server in the item bank.
    writeFileSync(
      join(workspace.root, 'content', 'coverage.yaml'),
      'itemAnalysis:\n  minResponses: 10\n  tooEasy: 0.8\n',
    );
    const { curriculum } = checkContent(workspace.root);
    const { thresholds } = readCoverageThresholds(workspace.root);
    server = await startTestServer(
      TEST_BACKENDS[0]!,
      {},
      {
        siteFiles: { 'coverage/item-bank.json': JSON.stringify(itemBankOf(curriculum, thresholds.itemAnalysis)) },
      },
    );
    admin = await server.addUser('admin', 'admin');
  });

  it('flag the same questions, with the same file, responses and reasons, from the same statements', async () => {
    const log = exported();
    writeFileSync(join(workspace.root, 'statements.json'), JSON.stringify(log));
    const cli = await runCli(runItems, ['statements.json'], { cwd: workspace.root });
    const lead = await server.addUser('lead', 'lead');
    const posted = await server.xapi('/statements', { method: 'POST', auth: admin, body: JSON.stringify(log) });
    expect(posted.status).toBe(200);
    const page = itemReportSchema.parse(
      await (await fetch(`${server.url}/api/items`, { headers: { Authorization: lead } })).json(),
    );

    const cliFlags = cli.stdout.split('\n').filter((line) => line.startsWith('content/'));
    const pageFlags = page.items.flatMap((item) =>
      item.flags.map((f) => `${item.file}  check "${item.check}" (${item.responses} responses): ${f.message}`),
    );
    expect(pageFlags).toEqual(cliFlags);
    expect(cliFlags).toEqual([
      'content/modules/deeper-mapping.mdx  check "first" (30 responses): too hard: 20% right at the first attempt',
      'content/modules/deeper-mapping.mdx  check "first" (30 responses): wrong option 2 ("The wrong one") is chosen more often than the right answer (80% of first attempts)',
      'content/modules/intro-mapping.mdx  check "first" (30 responses): too easy: 83% right at the first attempt',
    ]);
    expect(cli.stdout).toContain(`${page.flagged} of ${page.analysed} analysed questions flagged.`);
    expect(cli.stdout).toContain(
      `${page.questions - page.analysed} questions have fewer than ${page.settings.minResponses} responses: not analysed.`,
    );
    expect(cli.status).toBe(1);
  });
});
