import { readFile } from 'node:fs/promises';
import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test';
import type { PlannerCurriculum } from '../../src/lib/journey/plannerCurriculum';
import { type LearningStatement, type Stamp, statements } from '../../src/lib/progress/statements';
import { testStamp } from '../../src/lib/progress/testStamp';
import { journeyDocument } from '../../src/lib/workforce/testCurriculum';
import { axeViolations } from '../helpers/axe';
import { basic, E2E_ADMIN } from '../helpers/e2eServer';

const admin = { Authorization: basic(E2E_ADMIN), 'X-Experience-API-Version': '2.0.0' };

// The workforce view runs against its own server and fresh database (playwright.config.ts), so the
// exact figures below do not depend on the learners other suites synced.
test.use({ baseURL: `http://127.0.0.1:${process.env.E2E_WORKFORCE_PORT}` });
const WEEK_1 = '2026-10-05T09:00:00.000Z'; // ISO week 2026-W41
const WEEK_2 = '2026-10-13T09:00:00.000Z'; // 2026-W42

/** A stamp for a seeded learner (fixed names, so a retry adds to the same 30 learners). */
const stamp = (name: string, start: string): Stamp =>
  testStamp({ name, homePage: 'https://coe.example', start, stepMs: 60_000, ids: 'random' });

/**
 * Seeds 30 learners through the xAPI as the e2e admin, all assessed on the first competency (C):
 * on the first path, 10 multi-payer learners at level 2 (6 complete a module that does not develop C
 * in week 2; 4 of those report their journey complete), 5 multi-payer learners moving from level 1 in
 * week 1 to level 3 in week 2, and 3 emerging-market learners at level 4; on the second path, 7
 * single-payer learners at level 1; and 5 learners at level 1 with no State document.
 */
async function seed(request: APIRequestContext, curriculum: PlannerCurriculum) {
  const bank = curriculum.assessment[0]!;
  const otherModule = curriculum.modules.find((m) => m.develops.every((d) => d.competency !== bank.competency))!;
  const [first, second] = curriculum.paths;
  const log: LearningStatement[] = [];
  const states: Array<{ agent: object; document: object }> = [];
  const assess = (s: Stamp, level: number) =>
    bank.items.map((item) => {
      const option = item.options.findIndex((o) => o.level === level);
      expect(option, `item ${item.id} has an option at level ${level}`).toBeGreaterThanOrEqual(0);
      return statements.answeredAssessmentItem(s, item.id, option, level);
    });
  const learner = (
    name: string,
    region: string | null,
    pathId: string | null,
    week1: (s: Stamp) => LearningStatement[],
    week2: (s: Stamp) => LearningStatement[] = () => [],
  ) => {
    const early = stamp(name, WEEK_1);
    log.push(...week1(early), ...week2(stamp(name, WEEK_2)));
    if (region !== null) states.push({ agent: early.actor, document: journeyDocument(region, pathId) });
  };
  for (let i = 0; i < 10; i++) {
    learner(
      `wf-steady-${i}`,
      'multi-payer',
      first!.id,
      (s) => assess(s, 2),
      (s) => [
        ...(i < 6 ? [statements.completedModule(s, otherModule.id, otherModule.title)] : []),
        ...(i < 4 ? [statements.progressedJourney(s, 3, 3)] : []),
      ],
    );
  }
  for (let i = 0; i < 5; i++)
    learner(
      `wf-mover-${i}`,
      'multi-payer',
      first!.id,
      (s) => assess(s, 1),
      (s) => assess(s, 3),
    );
  for (let i = 0; i < 3; i++) learner(`wf-leader-${i}`, 'emerging', first!.id, (s) => assess(s, 4));
  for (let i = 0; i < 7; i++) learner(`wf-single-${i}`, 'single-payer', second!.id, (s) => assess(s, 1));
  for (let i = 0; i < 5; i++) learner(`wf-stateless-${i}`, null, null, (s) => assess(s, 1));

  expect(new Set(log.map((s) => JSON.stringify(s.actor))).size).toBe(30);
  const posted = await request.post('/xapi/statements', { headers: admin, data: log });
  expect(posted.status(), await posted.text()).toBe(200);
  for (const { agent, document } of states) {
    const params = new URLSearchParams({
      activityId: 'urn:cohesion:journey',
      agent: JSON.stringify(agent),
      stateId: 'urn:cohesion:state:journey',
    });
    // A retry finds the document stored by the first attempt: replace it with its ETag as the State resource requires.
    const existing = await request.get(`/xapi/activities/state?${params}`, { headers: admin });
    const precondition: Record<string, string> = existing.ok()
      ? { 'If-Match': existing.headers()['etag']! }
      : { 'If-None-Match': '*' };
    expect(
      (
        await request.put(`/xapi/activities/state?${params}`, {
          headers: { ...admin, ...precondition },
          data: document,
        })
      ).status(),
    ).toBe(204);
  }
  return { competency: curriculum.competencies.find((c) => c.id === bank.competency)!, first: first!, second: second! };
}

/** The cells (not the row header) of a competency's or week's row in a table. */
const rowCells = (table: Locator, page: Page, header: string) =>
  table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: header, exact: true }) })
    .getByRole('cell');

test('a COE lead sees workforce counts for 30 seeded learners, with groups under five hidden, and downloads them as CSV', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const curriculum = (await (await request.get('/curriculum.json')).json()) as PlannerCurriculum;
  const { competency, first, second } = await seed(request, curriculum);

  await page.goto('/coverage/');
  await page.getByRole('navigation', { name: 'Coverage views' }).getByRole('link', { name: 'Workforce' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workforce coverage' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('User name').fill(E2E_ADMIN.username);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The user name or password was not accepted.');
  // The e2e admin stands in for a lead: there is no HTTP user creation (leads are made with the CLI).
  await page.getByLabel('User name').fill(E2E_ADMIN.username);
  await page.getByLabel('Password').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Showing \d+ learners\.$/ })).toBeVisible();

  // Filter to the first path: only seeded learners are on it (other suites' learners have no path).
  await page.getByRole('combobox', { name: 'Learning path' }).selectOption(first.id);
  await expect(page.getByRole('status').filter({ hasText: 'Showing 18 learners.' })).toBeVisible();
  const levels = page.getByRole('table', { name: 'Learners at each level of each competency, now' });
  // Level 4 has 3 learners (hidden); level 3's 5 are hidden too, or 18 − 10 would give them away.
  await expect(rowCells(levels, page, competency.name)).toHaveText(['0', '0', '10', 'hidden', 'fewer than 5']);
  // At a coarser grain the same 18 learners show: all at or above the target (2), levels 3 and 4 merged.
  await page.getByText('Levels merged, months instead of weeks, all competencies together').click();
  const targets = page.getByRole('table', { name: /^Learners at or above each competency’s target/ });
  const target = rowCells(targets, page, `${competency.name} (target 2)`);
  await expect(target.first()).toHaveText('18'); // at the end of October 2026 (2026-W42)
  await expect(target.last()).toHaveText('18'); // now
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390); // nothing scrolls sideways
  await page.setViewportSize({ width: 1280, height: 800 });

  const funnel = page.getByRole('table', { name: /^Learners reaching each step/ });
  await expect(rowCells(funnel, page, 'Took the self-assessment').last()).toHaveText('18');
  await expect(rowCells(funnel, page, 'Planned a journey').last()).toHaveText('18');
  await expect(rowCells(funnel, page, 'Completed a module').last()).toHaveText('6');
  await expect(rowCells(funnel, page, 'Completed their journey').last()).toHaveText('fewer than 5');

  await page.getByRole('combobox', { name: 'Competency' }).selectOption(competency.id);
  const weekly = page.getByRole('table', { name: /^Learners at each level of .* at the end of each week/ });
  await expect(rowCells(weekly, page, '2026-W41')).toHaveText(['18', '0', 'hidden', '10', '0', 'fewer than 5']);
  await expect(rowCells(weekly, page, '2026-W42')).toHaveText(['18', '0', '0', '10', 'hidden', 'fewer than 5']);

  expect(await axeViolations(page)).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`workforce-${first.id}.csv`);
  const csv = (await readFile((await download.path())!, 'utf8')).split('\r\n');
  const name =
    competency.name.includes(',') || competency.name.includes('"')
      ? `"${competency.name.replaceAll('"', '""')}"`
      : competency.name;
  expect(csv).toContain(`level,all,${first.id},${competency.id},${name},,2,Practising,10,shown,`);
  expect(csv).toContain(`level,all,${first.id},${competency.id},${name},,4,Leading,,fewer-than-minimum,`);
  expect(csv).toContain(
    `funnel,all,${first.id},,,,,,6,shown,Completed a module: and completed or tested out of at least one module`,
  );

  // A region of 3 learners: every figure is hidden and the page says why.
  await page.getByRole('combobox', { name: 'Learning path' }).selectOption('');
  await page.getByRole('combobox', { name: 'Region' }).selectOption('emerging');
  await expect(
    page.getByRole('status').filter({ hasText: /^Emerging market has fewer than 5 learners/ }),
  ).toBeVisible();
  await expect(rowCells(levels, page, competency.name)).toHaveText(['hidden', 'hidden', 'hidden', 'hidden', 'hidden']);
  // Its learners have events; the weekly series is hidden, not empty.
  await expect(page.getByText(/^Hidden: this selection has fewer than 5 learners\./)).toBeVisible();
  await expect(page.getByText('No learning events yet in this selection.')).toHaveCount(0);

  // Region and path together.
  await page.getByRole('combobox', { name: 'Region' }).selectOption('single-payer');
  await page.getByRole('combobox', { name: 'Learning path' }).selectOption(second.id);
  await expect(page.getByRole('status').filter({ hasText: 'Showing 7 learners.' })).toBeVisible();
  await expect(rowCells(levels, page, competency.name)).toHaveText(['0', '7', '0', '0', '0']);

  // The French page words the same report in French: the funnel's steps, a region's name and why it is hidden.
  await page.goto('/fr/coverage/workforce/');
  await expect(page.getByRole('status').filter({ hasText: /^\d+ apprenants affichés\.$/ })).toBeVisible();
  const entonnoir = page.getByRole('table', { name: /^Apprenants ayant atteint chaque étape/ });
  await expect(rowCells(entonnoir, page, 'A fait l’auto-évaluation').first()).toHaveText(
    'a répondu à au moins une question de l’auto-évaluation',
  );
  await expect(rowCells(entonnoir, page, 'A terminé un module')).toHaveCount(2);
  await expect(page.getByText(/Took the self-assessment|Completed a module|Not yet/)).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Région' }).selectOption('emerging');
  await expect(
    page.getByRole('status').filter({ hasText: /^Marché émergent compte moins de 5 apprenants/ }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('/coverage/workforce/');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});
