import { readFile, writeFile } from 'node:fs/promises';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import type { PlannerCurriculum } from '../../src/lib/journey/plannerCurriculum';
import { type LearningStatement, type Stamp, statements } from '../../src/lib/progress/statements';
import { testStamp } from '../../src/lib/progress/testStamp';
import { axeViolations } from '../helpers/axe';
import { basic, E2E_ADMIN } from '../helpers/e2eServer';
import { DESKTOP, expectFitsAtBothSizes, PHONE } from '../helpers/screenSizes';
import { watchPolicy } from '../helpers/watchPolicy';

// Its own server on a fresh database (playwright.config.ts): other suites' learners would change which cells are hidden.
test.use({ baseURL: `http://127.0.0.1:${process.env.E2E_EVIDENCE_PORT}` });

const admin = { Authorization: basic(E2E_ADMIN), 'X-Experience-API-Version': '2.0.0' };
/** The report's date the lead chooses: the seeded months lie before it, whatever day the suite runs. */
const AS_OF = '2026-11-30';
const LEARNERS = 12;

/** A stamp for a seeded learner (fixed names, so a retry adds to the same learners). */
const stamp = (name: string, start: string): Stamp =>
  testStamp({ name, homePage: 'https://evidence.example', start, stepMs: 60_000, ids: 'random' });

/**
 * Seeds 12 learners through the xAPI as the e2e admin: each assesses themselves at level 1 on the
 * first assessment bank in August 2026, completes a module in September, and is reassessed at level 3
 * in October.
 */
async function seed(request: APIRequestContext, curriculum: PlannerCurriculum) {
  const bank = curriculum.assessment[0]!;
  const module = curriculum.modules[0]!;
  const assess = (s: Stamp, level: number) =>
    bank.items.map((item) => {
      const option = item.options.findIndex((o) => o.level === level);
      expect(option, `item ${item.id} has an option at level ${level}`).toBeGreaterThanOrEqual(0);
      return statements.answeredAssessmentItem(s, item.id, option, level);
    });
  const log: LearningStatement[] = Array.from({ length: LEARNERS }, (_, i) => {
    const name = `evidence-e2e-${i}`;
    return [
      ...assess(stamp(name, '2026-08-03T09:00:00.000Z'), 1),
      statements.completedModule(stamp(name, '2026-09-07T09:00:00.000Z'), module.id, module.title),
      ...assess(stamp(name, '2026-10-05T09:00:00.000Z'), 3),
    ];
  }).flat();
  const posted = await request.post('/xapi/statements', { headers: admin, data: log });
  expect(posted.status(), await posted.text()).toBe(200);
  return curriculum.competencies.find((c) => c.id === bank.competency)!;
}

/** Signs the e2e admin (standing in for a lead) in on the account page. */
async function signIn(page: Page) {
  await page.getByRole('link', { name: 'Sign in on the account page, then come back here.' }).click();
  await page.getByLabel('User name').fill(E2E_ADMIN.username);
  await page.getByLabel('Password').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

const CHARTS = [
  'Share at or above target, month by month',
  'Growth: levels before and after reassessment',
  'Cohorts: share with a module completed, by months since starting',
  'Reach: enrolled learners by function',
  'Adoption: invited, enrolled and active learners',
  'Where journeys stall',
];

test('a lead reads the programme evidence as tables and charts, marks a programme event, downloads a CSV and prints the report', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const curriculum = (await (await request.get('/curriculum.json')).json()) as PlannerCurriculum;
  const competency = await seed(request, curriculum);
  const violations = await watchPolicy(page);

  await page.goto('/coverage/');
  await page.getByRole('navigation', { name: 'Coverage views' }).getByRole('link', { name: 'Evidence' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Programme evidence' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(
    'Programme evidence is shown to COE leads and admins signed in to this server.',
  );
  expect(await axeViolations(page)).toEqual([]);
  await signIn(page);
  await page.goto('/coverage/evidence/');

  await page.getByLabel('As of').fill(AS_OF);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    `Programme evidence as of ${AS_OF}: All regions, All paths`,
  );
  await expect(page.getByText(/^Minimum group size: 5 learners\./)).toBeVisible();
  await page.getByLabel('Competency').selectOption(competency.id);

  // Tables first: the reassessed learners' levels before and after, never a hidden count as 0.
  const growth = page.getByRole('table', { name: `Growth: levels before and after reassessment: ${competency.name}` });
  const levelRow = (level: number) =>
    growth.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${level} `) }) });
  await expect(levelRow(1).getByRole('cell').first()).toHaveText(/^\d+$/);
  await expect(levelRow(3).getByRole('cell').nth(1)).toHaveText(/^\d+$/);
  expect(Number(await levelRow(1).getByRole('cell').first().textContent())).toBeGreaterThanOrEqual(LEARNERS);
  // Every count is a number or says why it is hidden: none is left blank.
  for (const name of [growth, page.getByRole('table', { name: 'Reach: enrolled learners by function' })])
    for (const cell of await name.getByRole('cell').allTextContents())
      expect(cell).toMatch(/^(\d+|fewer than 5|hidden)$/);
  // The chart's summary is worked out from the figures.
  await expect(page.getByRole('figure', { name: 'Growth: levels before and after reassessment' })).toContainText(
    new RegExp(
      `${competency.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\d+ learners assessed themselves again; \\d+% of them moved up, by a median of 2 levels\\.`,
    ),
  );

  // A figure per chart, named by its title and drawn by Plot (the SVG left to the table for screen readers).
  for (const name of CHARTS) {
    const figure = page.getByRole('figure', { name });
    await expect(figure).toBeVisible();
    await expect(figure.locator('svg[aria-hidden="true"]').first()).toBeVisible();
  }

  // A programme event: a field's error beside it, then the event on the time chart and its legend.
  const label = `Relaunch e2e ${test.info().retry}`;
  await page.getByLabel('Date', { exact: true }).fill('2026-09-15');
  await page.getByRole('button', { name: 'Add event' }).click();
  await expect(page.getByRole('alert')).toHaveText('Give the event a label.');
  await expect(page.getByRole('textbox', { name: 'Label', exact: true })).toHaveAccessibleDescription(
    'Give the event a label.',
  );
  await page.getByRole('combobox', { name: 'Kind', exact: true }).selectOption('relaunch');
  await page.getByRole('textbox', { name: 'Label', exact: true }).fill(label);
  await page.getByRole('button', { name: 'Add event' }).click();
  await expect(page.getByText(`Event “${label}” added.`)).toBeVisible();
  const timeChart = page.getByRole('figure', { name: CHARTS[0] });
  await expect(timeChart).toContainText(`2026-09-15 ${label}`);
  await expect(timeChart.locator('svg text', { hasText: label })).toHaveCount(1);
  // On the cohort chart (months since start) the event sits where it fell for each cohort: the
  // learners started in August, so mid-September is their month 1; drawn there and named.
  const cohortChart = page.getByRole('figure', { name: CHARTS[2] });
  await expect(cohortChart).toContainText(`2026-09-15 ${label} (cohort 2026-08 at month 1)`);
  await expect(cohortChart.locator('svg text', { hasText: label })).toHaveCount(1);
  // Every chart names the event; the ones counting learners as of the report's date say they have no time axis for it.
  for (const name of CHARTS) await expect(page.getByRole('figure', { name })).toContainText(`2026-09-15 ${label}`);
  await expect(page.getByRole('figure', { name: 'Where journeys stall' })).toContainText(
    'this chart counts learners as of the report date, so it has no time axis to mark them on',
  );

  // Where journeys stall: the seeded learners last learned in October, so by the end of November they
  // have stopped after the module they completed; a bar for it, its summary and its table row.
  const firstModule = curriculum.modules[0]!.title;
  const stallChart = page.getByRole('figure', { name: 'Where journeys stall' });
  await expect(stallChart).toContainText(
    new RegExp(`Most stop after ${firstModule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+\\)\\.`),
  );
  await expect(stallChart.locator('svg text', { hasText: `${firstModule}: ` })).toHaveCount(1);
  const stallTable = page.getByRole('table', { name: 'Where journeys stall' });
  const stalledRow = stallTable
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: firstModule, exact: true }) });
  expect(Number(await stalledRow.getByRole('cell').first().textContent())).toBeGreaterThanOrEqual(LEARNERS);

  // One chart's CSV: its name and its rows name the filters, the date and the minimum group size.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download CSV: Growth: levels before and after reassessment' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`evidence-growth-all-all-${AS_OF}.csv`);
  const lines = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('chart,as_of,region,path,min_group,series,category,period,learners,share,status');
  expect(lines[1]).toMatch(new RegExp(`^growth,${AS_OF},all,all,5,all learners,population,,\\d+,,shown$`));

  await expectFitsAtBothSizes(page, 'evidence');
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: test.info().outputPath(`evidence-${size}.png`), fullPage: true });
    for (const name of [CHARTS[0]!, CHARTS[2]!, 'Where journeys stall'])
      await page
        .getByRole('figure', { name })
        .screenshot({ path: test.info().outputPath(`${name.slice(0, 6)}-${size}.png`) });
  }

  // The printed report: no navigation, filters, forms or buttons; nothing wider than an A4 page's text width.
  await page.emulateMedia({ media: 'print' });
  for (const width of [680, 703]) {
    await page.setViewportSize({ width, height: 1000 });
    await page.screenshot({ path: test.info().outputPath(`evidence-print-${width}.png`), fullPage: true });
    await expect(page.getByRole('navigation', { name: 'Coverage views' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Add event' })).toBeHidden();
    await expect(page.getByLabel('As of')).toBeHidden();
    await expect(page.getByRole('heading', { level: 2 })).toContainText(AS_OF);
    await expect(page.getByText(/^Minimum group size: 5 learners\./)).toBeVisible();
    const wider = await page.evaluate(
      (limit) =>
        [...document.querySelectorAll('main *')]
          .filter((el) => el.getBoundingClientRect().right > limit + 1)
          .map((el) => `${el.tagName}.${el.getAttribute('class') ?? ''}`),
      width,
    );
    expect(wider).toEqual([]);
  }
  for (const [paper, pageHeight] of [
    ['A4', 1009],
    ['Letter', 943],
  ] as const) {
    // What would be cut between pages: a chart, table row or heading taller than a page's printable height.
    const tall = await page.evaluate(
      (limit) =>
        [...document.querySelectorAll('main figure, main tr, main h2, main h3, main p')]
          .filter((el) => el.getBoundingClientRect().height > limit)
          .map((el) => el.tagName),
      pageHeight,
    );
    expect(tall, paper).toEqual([]);
    const pdf = await page.pdf({
      format: paper,
      margin: { top: '1.5cm', bottom: '1.5cm', left: '1.5cm', right: '1.5cm' },
    });
    await writeFile(test.info().outputPath(`evidence-${paper}.pdf`), pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages, `${paper} pages`).toBeGreaterThan(0);
    expect(pages, `${paper} pages`).toBeLessThanOrEqual(12);
  }
  await page.emulateMedia({ media: 'screen' });

  // The event is deleted again, and leaves the chart.
  await page.getByRole('button', { name: `Delete “${label}”` }).click();
  await expect(page.getByText(`Event “${label}” deleted.`)).toBeVisible();
  await expect(timeChart).not.toContainText(label);
  expect(violations).toEqual([]);
});

test('a lead enters the population per region and function, and reads adoption as a share of it', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const curriculum = (await (await request.get('/curriculum.json')).json()) as PlannerCurriculum;
  await seed(request, curriculum);
  const violations = await watchPolicy(page);
  await page.goto('/coverage/evidence/');
  await signIn(page);
  await page.goto('/coverage/evidence/');
  await page.getByLabel('As of').fill(AS_OF);
  await expect(page.getByRole('heading', { level: 2 })).toContainText(AS_OF);

  // A size of its own each run, so a retry is a change too.
  const size = 40 + (Date.now() % 50);
  const population = page.getByRole('region', { name: 'Population' });
  const regions = population.getByRole('group', { name: 'People per region' });
  const first = curriculum.regions[0]!;
  await regions.getByRole('spinbutton', { name: first.name, exact: true }).fill('-5');
  await population.getByRole('button', { name: 'Save population sizes' }).click();
  const wrong = regions.getByRole('spinbutton', { name: first.name, exact: true });
  await expect(wrong).toHaveAccessibleDescription('Give a whole number of people (0 or more), or leave it blank.');
  await expect(wrong).toHaveAttribute('aria-invalid', 'true');
  for (const r of curriculum.regions)
    await regions.getByRole('spinbutton', { name: r.name, exact: true }).fill(String(size));
  const kam = curriculum.functions!.find((f) => f.id === 'key-account-management')!;
  await population
    .getByRole('group', { name: 'People per function' })
    .getByRole('spinbutton', { name: kam.name, exact: true })
    .fill('10');
  await population.getByRole('button', { name: 'Save population sizes' }).click();
  await expect(population.getByRole('status')).toHaveText(/^\d+ sizes? saved\.$/);
  await expect(wrong).not.toHaveAttribute('aria-invalid');

  // The adoption chart, its summary and table read against everyone entered over all regions.
  const total = size * curriculum.regions.length;
  const adoption = page.getByRole('figure', { name: 'Adoption: invited, enrolled and active learners' });
  await expect(adoption).toContainText(
    new RegExp(
      `Of the ${total} people entered, (\\d+%|hidden) were invited, (\\d+%|hidden) enrolled and (\\d+%|hidden) are active\\.`,
    ),
  );
  await expect(adoption.locator('svg text', { hasText: 'Population entered' })).toHaveCount(1);
  const table = page.getByRole('table', { name: 'Adoption: invited, enrolled and active learners' });
  await expect(table.getByRole('columnheader', { name: 'Share of the population' })).toBeVisible();
  await expect(table.getByRole('row', { name: /Population entered/ })).toContainText(String(total));
  const invited = table.getByRole('row', { name: /^Invited/ }).getByRole('cell');
  const [count, share] = [await invited.nth(0).textContent(), await invited.nth(1).textContent()];
  expect(share).toBe(`${Math.round((Number(count) / total) * 100)}%`);
  const byFunction = page.getByRole('table', { name: 'Adoption by function, as a share of the population entered' });
  await expect(byFunction.getByRole('row', { name: new RegExp(kam.name) })).toContainText('10');

  // Every change is kept with who made it and when.
  await population.getByText('Change history').click();
  await expect(population.getByText(`e2e-admin set ${first.name} to ${size} people.`).first()).toBeVisible();
  await expectFitsAtBothSizes(page, 'evidence-population');

  // The CSV of the adoption chart carries the population and the shares.
  const csv = await request.get(`/api/evidence.csv?chart=adoption&asOf=${AS_OF}`, { headers: admin });
  expect(await csv.text()).toContain(`adoption,${AS_OF},all,all,5,all learners,population entered,,${total},,shown`);

  // In print the form is gone and the figures stay.
  await page.emulateMedia({ media: 'print' });
  await expect(population).toBeHidden();
  await expect(table).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  expect(violations).toEqual([]);
});

test('a population size typed before the stored sizes arrive is kept, not replaced by them', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/coverage/evidence/');
  await signIn(page);
  // The stored sizes are slow to arrive (a phone on a poor connection), and every region has one.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/evidence/population', async (route) => {
    if (route.request().method() !== 'GET') return route.continue();
    await held;
    const response = await route.fetch();
    const sizes = (await response.json()) as { regions: Array<{ size: number | null }> };
    sizes.regions = sizes.regions.map((r, i) => ({ ...r, size: 1000 + i }));
    await route.fulfill({ response, json: sizes });
  });
  await page.goto('/coverage/evidence/');
  const regions = page.getByRole('region', { name: 'Population' }).getByRole('group', { name: 'People per region' });
  const fields = regions.getByRole('spinbutton');
  await fields.first().fill('-5');
  release();
  await expect(fields.nth(1)).toHaveValue('1001'); // the stored sizes have arrived
  await expect(fields.first()).toHaveValue('-5');
});
