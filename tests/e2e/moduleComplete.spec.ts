import { expect, type Locator, type Page, test } from '@playwright/test';
import { chooseOption, keyOf } from '../helpers/answerKey';
import { axeViolations } from '../helpers/axe';
import { countEvents } from '../helpers/eventLog';
import { aimAt, skipWholeAssessment, startReading } from '../helpers/learner';
import { expectFitsAtBothSizes, PHONE } from '../helpers/screenSizes';

/** The journey's modules in plan order, as listed on the journey page. */
async function journeyPlan(page: Page) {
  await page.goto('/journey/');
  const links = page.locator('.journey-steps > li > a:first-child');
  await expect(links.first()).toBeVisible();
  return links.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, title: a.textContent! })));
}

/** Answers one check wrongly (the first option that is not correct). */
async function miss(page: Page, form: Locator) {
  const tryAgain = form.getByRole('button', { name: 'Try again' });
  if (await tryAgain.isVisible()) await tryAgain.click();
  const { correct } = await keyOf(page, form);
  await chooseOption(form, [...Array(await form.locator('input').count()).keys()].find((i) => !correct.includes(i))!);
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.getByRole('status')).toHaveText(/Not quite/);
}

/** Passes every check on the page, trying again where a check was missed. */
async function passAll(page: Page) {
  for (const form of await page.locator('form[data-kc]').all()) {
    const tryAgain = form.getByRole('button', { name: 'Try again' });
    if (await tryAgain.isVisible()) await tryAgain.click();
    for (const i of (await keyOf(page, form)).correct) await chooseOption(form, i);
    await form.getByRole('button', { name: 'Check answer' }).click();
    await expect(form.getByRole('status')).toHaveText(/^Correct/);
  }
}

test.use({ viewport: PHONE });

test('a step back is suggested only when the same check fails twice, and finishing the module is a moment naming the journey’s next step', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await skipWholeAssessment(page);
  const plan = await journeyPlan(page);
  await page.goto(plan[0]!.href);
  await startReading(page);
  const status = page.getByRole('complementary', { name: 'Your journey' });
  await expect(status).toContainText('0 of');
  const forms = await page.locator('form[data-kc]').all();
  expect(forms.length).toBeGreaterThan(1);

  // One slip on each of two different checks: no remedy yet.
  const answeredBefore = await countEvents(page, 'answered');
  await miss(page, forms[0]!);
  await miss(page, forms[1]!);
  // Both misses are recorded before the journey is asked about them.
  await expect.poll(() => countEvents(page, 'answered')).toBe(answeredBefore + 2);
  await expect(status).not.toContainText('twice');
  // The same check missed again: now a step back is suggested.
  await miss(page, forms[0]!);
  await expect(status).toContainText('You missed one of these checks twice');

  await passAll(page);
  const moment = page.getByRole('region', { name: /Module complete/ });
  await expect(moment).toBeInViewport();
  await expect(moment).toBeFocused();
  await expect(moment).toContainText(`Next in your journey: ${plan[1]!.title}`);
  await expect(moment.getByRole('link', { name: plan[1]!.title })).toHaveAttribute('href', plan[1]!.href);
  await expect(status).not.toContainText('twice');
  await expectFitsAtBothSizes(page, 'module-complete');

  await page.goto('/journey/');
  await expect(page.getByRole('heading', { name: 'Stage 1', exact: false }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'A step back may help' })).toHaveCount(0);
});

test('finishing the last module of the journey sums up the levels reached and what comes next', async ({ page }) => {
  test.setTimeout(90_000);
  await skipWholeAssessment(page);
  await page.goto('/journey/');
  await aimAt(page, 'Stakeholder and buying-centre mapping', 1);
  const plan = await journeyPlan(page);
  for (const [n, step] of plan.entries()) {
    await page.goto(step.href);
    await startReading(page);
    await passAll(page);
    const moment = page.getByRole('region', { name: /Module complete/ });
    await expect(moment).toBeInViewport();
    if (n < plan.length - 1) await expect(moment).toContainText(`Next in your journey: ${plan[n + 1]!.title}`);
  }
  const moment = page.getByRole('region', { name: /Module complete/ });
  await expect(moment.getByRole('heading', { name: 'You have finished your journey' })).toBeVisible();
  await expect(moment.getByRole('list', { name: 'Levels reached' })).toContainText(
    'Stakeholder and buying-centre mapping',
  );
  await expect(moment.getByRole('link', { name: /reassess yourself/ })).toBeVisible();
  await expectFitsAtBothSizes(page, 'journey-complete');

  // The journey page sums it up too, in place of a warning box.
  await page.goto('/journey/');
  const summary = page.getByRole('region', { name: 'You have finished your journey' });
  await expect(summary.getByRole('list', { name: 'The levels you have reached:' })).toContainText(
    /Stakeholder and buying-centre mapping: \w+ \(level 1; you aimed at 1\)/,
  );
  await expect(summary).not.toHaveClass(/notice/);
  await expect(summary.getByRole('link', { name: 'Reassess myself' })).toBeVisible();
  expect(await axeViolations(page, 'main')).toEqual([]);
});
