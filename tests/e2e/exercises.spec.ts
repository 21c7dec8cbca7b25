import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from '../helpers/axe';
import { readEventLog } from '../helpers/eventLog';
import { watchPolicy } from '../helpers/watchPolicy';

// The exercises fixture curriculum (tests/fixtures/curricula/exercises), built with the other sites and
// served by its own Cohesion server (playwright.config.ts), so the default curriculum's modules stay as they are.
const BASE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4329) + 4}`;
const MODULE = `${BASE}/modules/intro-mapping/`;
const NOTE = 'Give groups eight minutes for the mapping exercise';

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

test('an exercise’s solution opens from the keyboard and stays open after a reload; the attempt is kept', async ({
  page,
}) => {
  await page.goto(MODULE);
  const exercise = page.getByRole('region', { name: 'Exercise: Map one account' });
  await expect(exercise.getByText('A complete map names the decision maker')).toBeHidden();

  await exercise.getByText('Show a hint').click();
  await expect(exercise.getByText('Start with whoever signs the contract')).toBeVisible();

  await exercise.getByRole('textbox', { name: 'Your attempt' }).fill('The CFO, the head of pharmacy');
  await expect(exercise.getByText('Saved in this browser.')).toBeVisible();

  await exercise.getByText('Show the solution').focus();
  await page.keyboard.press('Enter');
  await expect(exercise.getByText('A complete map names the decision maker')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  const again = page.getByRole('region', { name: 'Exercise: Map one account' });
  await expect(again.getByText('A complete map names the decision maker')).toBeVisible();
  await expect(again.getByRole('textbox', { name: 'Your attempt' })).toHaveValue('The CFO, the head of pharmacy');
});

test('a rich-text check renders its Markdown, shows options in the learner’s own stable order, and explains in Markdown', async ({
  page,
}) => {
  await page.goto(MODULE);
  const check = page.locator('form[data-check="rich"]');
  const legend = check.locator('legend');
  await expect(legend.locator('em')).toHaveText('constant');
  await expect(legend.locator('code')).toHaveText('TypeScript');
  await expect(check.locator('label code').first()).toBeVisible();

  const order = async () =>
    check.locator('[data-option]').evaluateAll((els) => els.map((e) => e.getAttribute('data-option')));
  await expect.poll(order).not.toEqual(['0', '1', '2']);
  const first = await order();
  await page.reload();
  await expect.poll(order).toEqual(first);

  await check.locator('input[value="0"]').check();
  await check.getByRole('button', { name: 'Check answer' }).click();
  await expect(check.getByRole('status')).toContainText('Correct');
  await expect(check.locator('.explanation strong').first()).toHaveText('once');
  await expect(check.getByRole('link', { name: 'the handbook' })).toBeVisible();
});

test('a free-text check shows the model answer, and the learner marks their own answer', async ({ page }) => {
  await page.goto(MODULE);
  const check = page.locator('form[data-check="explain"]');
  await check.getByRole('button', { name: 'Compare with the model answer' }).click();
  await expect(check.getByRole('status').last()).toHaveText('Write your answer first.');

  await check.getByRole('textbox', { name: 'Your answer' }).fill('To find who decides and who can block.');
  await check.getByRole('button', { name: 'Compare with the model answer' }).click();
  await expect(check.getByText('Model answer', { exact: true })).toBeVisible();
  await expect(check.locator('[data-model-answer] strong')).toHaveText('who decides');

  await check.getByRole('button', { name: 'Yes, mine covers it' }).click();
  await expect(check.getByText('Marked as covered')).toBeVisible();
  await expectNoAxeViolations(page);
});

/** The step texts of an ordering check, top to bottom. */
const stepTexts = (check: ReturnType<Page['locator']>) => check.locator('.step-text').allTextContents();

/** The latest `answered` statement of a check in the learner's log (with its xAPI interaction), once recorded. */
async function answeredStatement(page: Page, checkId: string) {
  const log = (await readEventLog(page)) as unknown as {
    verb: { id: string };
    timestamp: string;
    object: { id: string; definition?: { interactionType?: string; correctResponsesPattern?: string[] } };
    result?: { success?: boolean; response?: string };
  }[];
  return log
    .filter((s) => s.object.id.endsWith(`:check:${checkId}`) && s.verb.id.endsWith('/answered'))
    .sort((a, b) => a.timestamp.localeCompare(b.timestamp))
    .at(-1);
}

test('an ordering check is answered from the keyboard with move buttons, graded, and recorded as an xAPI sequencing', async ({
  page,
}) => {
  await page.goto(MODULE);
  const check = page.locator('form[data-check="review-order"]');
  const right = [
    'Gather the facts',
    'Agree the goals with the account',
    'Plan the actions',
    'Review the plan after a quarter',
  ];
  // The page shows the steps out of order, and nothing on it says which order is right.
  expect(await stepTexts(check)).not.toEqual(right);
  expect(await page.content()).not.toContain('rests on');

  const move = async (direction: 'up' | 'down', step: string) => {
    await check.getByRole('button', { name: `Move ${direction} ${step}` }).focus();
    await page.keyboard.press('Enter');
  };
  // Put "Gather the facts" first, then check: a miss says how many steps are in place.
  while ((await stepTexts(check))[0] !== right[0]) await move('up', right[0]!);
  await expect(check.getByText(/^Gather the facts: now 1 of 4$/)).toBeAttached();
  await expect(check.getByRole('button', { name: `Move up ${right[0]}` })).toBeFocused();
  if (JSON.stringify(await stepTexts(check)) !== JSON.stringify(right)) {
    await check.getByRole('button', { name: 'Check answer' }).focus();
    await page.keyboard.press('Enter');
    await expect(check.locator('.result')).toContainText(/^Not quite: \d of 4 steps/);
    await expect(check.getByRole('button', { name: 'Try again' })).toBeFocused();
    await page.keyboard.press('Enter');
  }
  for (const [position, step] of right.entries())
    while ((await stepTexts(check)).indexOf(step) > position) await move('up', step);
  expect(await stepTexts(check)).toEqual(right);
  await check.getByRole('button', { name: 'Check answer' }).focus();
  await page.keyboard.press('Enter');
  await expect(check.locator('.result')).toHaveText('Correct.');
  await expect(check.locator('.explanation strong')).toHaveText('agreed');

  await expect
    .poll(() => answeredStatement(page, 'review-order'), { timeout: 15_000 })
    .toMatchObject({
      object: { definition: { interactionType: 'sequencing', correctResponsesPattern: [expect.any(String)] } },
      result: { success: true },
    });
  const statement = await answeredStatement(page, 'review-order');
  expect(statement!.result!.response).toBe(statement!.object.definition!.correctResponsesPattern![0]);
});

test('a matching check is answered from the keyboard with one list per item, and recorded as an xAPI matching', async ({
  page,
}) => {
  await page.goto(MODULE);
  const check = page.locator('form[data-check="concerns"]');
  await check.getByRole('button', { name: 'Check answer' }).click();
  await expect(check.locator('.result')).toHaveText('Choose a match for each item first.');

  const answer = async (item: string, match: string) => {
    const list = check.getByRole('combobox', { name: item });
    await list.focus();
    await page.keyboard.type(match.slice(0, 4));
    await expect(list.locator('option:checked')).toHaveText(match);
  };
  await answer('Payer', 'Budget impact');
  await answer('Pharmacist', 'Patient outcomes');
  await answer('Physician', 'Formulary fit');
  await check.getByRole('button', { name: 'Check answer' }).click();
  await expect(check.locator('.result')).toContainText('Not quite: 1 of 3 matches is right.');
  await expect(check.locator('[data-item="0"] [data-verdict]')).toHaveText('✓ Right:');
  await expect(check.locator('[data-item="1"] [data-verdict]')).toHaveText('✗ Not right:');

  await check.getByRole('button', { name: 'Try again' }).click();
  await answer('Pharmacist', 'Formulary fit');
  await answer('Physician', 'Patient outcomes');
  await check.getByRole('button', { name: 'Check answer' }).click();
  await expect(check.locator('.result')).toHaveText('Correct.');
  await expect
    .poll(() => answeredStatement(page, 'concerns'), { timeout: 15_000 })
    .toMatchObject({
      object: { definition: { interactionType: 'matching' } },
      result: { success: true },
    });
  await expectNoAxeViolations(page);
});

test('maths is typeset as MathML at build time, a long formula scrolls in its own box, and timed sections add up', async ({
  page,
}) => {
  await page.goto(MODULE);
  const inline = page.locator('p math').first();
  await expect(inline).toBeVisible();
  expect(await inline.evaluate((e) => e.namespaceURI)).toBe('http://www.w3.org/1998/Math/MathML');
  expect(await page.content()).not.toContain('katex');

  const timing = page.getByRole('navigation', { name: 'Sections and timing' });
  await expect(timing.getByRole('listitem')).toHaveText(['Map the people6 min', 'Measure the account4 min']);
  await expect(timing).toContainText('Total: 10 min');
  await timing.getByRole('link', { name: 'Measure the account' }).click();
  await expect(page.getByRole('heading', { name: 'Measure the account' })).toBeInViewport();

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    const box = page.locator('.maths-display');
    await box.scrollIntoViewIfNeeded();
    expect(await box.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: test.info().outputPath(`maths-${viewport.width}.png`) });
    await page.locator('form[data-check="review-order"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`ordering-${viewport.width}.png`) });
    await page.locator('form[data-check="concerns"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`matching-${viewport.width}.png`) });
  }
  await expectNoAxeViolations(page);
});

test('a facilitator note is not in the learner’s page or search, and is shown in the facilitator view', async ({
  page,
  request,
}) => {
  const learnerHtml = await (await request.get(MODULE)).text();
  expect(learnerHtml).not.toContain(NOTE);
  expect(await (await request.get(`${BASE}/search-fragments/intro-mapping.json`)).text()).not.toContain(NOTE);
  // No index term comes from the note: its one word of its own, "debrief", is in no shard.
  const manifest = (await (await request.get(`${BASE}/search-index.json`)).json()) as {
    index: { shards: { file: string }[] };
  };
  const terms = (
    await Promise.all(
      manifest.index.shards.map(async ({ file }) => {
        const shard = (await (await request.get(`${BASE}/search-shards/${file}.json`)).json()) as {
          terms: [string][];
        };
        return shard.terms.map(([term]) => term);
      }),
    )
  ).flat();
  expect(terms).toContain('map');
  expect(terms).not.toContain('debrief');

  await page.goto(`${MODULE}facilitator/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Intro to mapping: facilitator view');
  await expect(page.getByRole('complementary', { name: 'Facilitator note: Timing' })).toContainText(NOTE);
  await expectNoAxeViolations(page);
});

test('course callouts, the figure, the code block and the attribution fit a phone, keep their colours under the CSP, and pass axe', async ({
  page,
}) => {
  // Two page loads and two axe runs: on a busy 2-core machine that is more than the default 30 s.
  test.setTimeout(90_000);
  const violations = await watchPolicy(page);
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(MODULE);
    await expect(page.getByRole('complementary', { name: 'Key points' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Discussion: In pairs' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Source and licence' })).toContainText(
      'Adapted from “Teaching Tech Together” by Greg Wilson, licensed under CC BY 4.0.',
    );
    const figure = page.getByRole('figure').filter({ hasText: 'An account map' });
    await figure.scrollIntoViewIfNeeded();
    const box = (await figure.locator('img').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

    // Syntax colours reach the page (no style attribute the CSP refuses) and differ from the text's.
    const keyword = page.locator('pre .token.keyword').first();
    const [ink, keywordColour] = await Promise.all([
      page
        .locator('pre')
        .first()
        .evaluate((e) => getComputedStyle(e).color),
      keyword.evaluate((e) => getComputedStyle(e).color),
    ]);
    expect(keywordColour).not.toBe(ink);
    await page.screenshot({ path: test.info().outputPath(`module-${viewport.width}.png`), fullPage: true });
    await expectNoAxeViolations(page);
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expectNoAxeViolations(page);
  expect(violations).toEqual([]);
});
