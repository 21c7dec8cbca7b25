import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { checkContent } from '../../src/authoring/checkContent';

// The real curriculum the site is built from, to know what the coverage pages must show.
const { curriculum } = checkContent(join(import.meta.dirname, '..', '..'));
const competency = curriculum.competencies.find((c) => c.id === 'stakeholder-mapping')!;
const practising = curriculum.scale.find((l) => l.level === 2)!;
const developing = curriculum.modules.filter((m) =>
  m.develops.some((d) => d.competency === competency.id && d.level === 2),
);
const byTitle = <T extends { title: string }>(list: T[]) => [...list].sort((a, b) => a.title.localeCompare(b.title));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Presses Tab until the focused element's accessible name matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '',
    );
    if (name.test(label)) return label;
  }
  throw new Error(`No focusable element named ${name} within 150 presses of Tab.`);
}

test('a heatmap cell, activated by keyboard, lists the modules that develop that level, and they do', async ({
  page,
}) => {
  // Three pages and up to 150 presses of Tab: 29–32 s on CI's busy two cores.
  test.setTimeout(60_000);
  await page.goto('/coverage/');
  const heatmap = page.getByRole('group', { name: /^Modules developing each of \d+ competencies/ });
  await expect(heatmap).toBeVisible();
  const cellName = `${competency.name}, level 2 ${practising.name}: ${developing.length} module${developing.length === 1 ? '' : 's'}`;
  await expect(heatmap.getByRole('link', { name: cellName })).toHaveText(new RegExp(`^${developing.length}`));

  expect(await tabTo(page, new RegExp(`^${escapeRegExp(cellName)}`))).toContain(cellName);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/coverage/competencies/${competency.id}/#level-2`);

  const level = page.getByRole('region', { name: `Level 2 ${practising.name}` });
  await expect(level).toBeVisible();
  const modules = level.getByRole('listitem').getByRole('link');
  await expect(modules).toHaveText(byTitle(developing).map((m) => m.title));

  await modules.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(byTitle(developing)[0]!.title);
  // LevelBadge reads "<competency> , level <level name>".
  const badge = new RegExp(`^${escapeRegExp(competency.name)}\\s*, level ${practising.name}$`);
  await expect(page.getByRole('list', { name: 'Develops' }).getByRole('link', { name: badge })).toBeVisible();
});

test('a gap cell says it is a gap and what to do', async ({ page }) => {
  const gap = curriculum.competencies.find(
    (c) => !curriculum.modules.some((m) => m.develops.some((d) => d.competency === c.id && d.level === 4)),
  );
  test.skip(!gap, 'the curriculum has no gap at level 4 to show');
  await page.goto('/coverage/');
  await page
    .getByRole('group', { name: /^Modules developing/ })
    .getByRole('link', { name: new RegExp(`^${escapeRegExp(gap!.name)}, level 4 .*: 0 modules, gap`) })
    .click();
  const level = page.getByRole('region', { name: /^Level 4 / });
  await expect(level.getByRole('note')).toContainText(`No module develops ${gap!.name} to level 4.`);
  await expect(level.getByRole('note')).toContainText(`--develops ${gap!.id}:4`);
});

test('the matrix downloads as CSV with one row per competency and level', async ({ page }) => {
  await page.goto('/coverage/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the matrix (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('coverage-matrix.csv');
  const rows = readFileSync((await download.path())!, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(rows[0]).toBe(
    'competency_id,competency,area,level,level_name,target_level,module_count,module_ids,path_ids,minutes,status',
  );
  expect(rows).toHaveLength(1 + curriculum.competencies.length * curriculum.scale.length);
  const row = rows.find((r) => r.startsWith(`${competency.id},`) && r.includes(`,2,${practising.name},`))!;
  expect(row).toContain(
    `,${developing.length},${byTitle(developing)
      .map((m) => m.id)
      .join('; ')},`,
  );
});

test('printing the report hides navigation and controls and fits the heatmap on the page', async ({ page }) => {
  await page.goto('/coverage/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Coverage views' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Download the matrix (CSV)' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this report' })).toBeHidden();
  const svg = (await page.getByRole('group', { name: /^Modules developing/ }).boundingBox())!;
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  expect(svg.x + svg.width).toBeLessThanOrEqual(width);
});
