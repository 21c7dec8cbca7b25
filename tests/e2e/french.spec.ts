import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';
import { en, type MessageId } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { axeViolations } from '../helpers/axe';

// A walk through four pages with axe on each: longer than one page's default.
test.describe.configure({ timeout: 180_000 });

/**
 * The English interface's words that French says differently: every run of text of an English
 * message between its placeholders, of two words or more (a lone word may be a name both share).
 */
const englishOnly = [
  ...new Set(
    (Object.keys(en) as MessageId[])
      .filter((id) => JSON.stringify(en[id]) !== JSON.stringify(fr[id]))
      .flatMap((id) => {
        const message = en[id];
        return typeof message === 'string' ? [message] : Object.values(message);
      })
      .flatMap((text) => text.split(/\{\w+\}/))
      .map((part) => part.trim().replace(/^[\s,.:;·()“”]+|[\s,.:;·()“”]+$/g, ''))
      .filter((part) => /\p{L}+\s+\p{L}+/u.test(part)),
  ),
];

const yamlIn = <T>(dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as T);

/** The self-assessment's words in English and in French, as content/ gives them. */
const englishItems = yamlIn<{ items: Array<{ prompt: string; options: Array<{ text: string }> }> }>(
  'content/assessment',
).flatMap((bank) => bank.items.flatMap((item) => [item.prompt, ...item.options.map((o) => o.text)]));
const frenchPrompts = yamlIn<{ items: Record<string, { prompt: string }> }>(
  'content/translations/fr/assessment',
).flatMap((bank) => Object.values(bank.items).map((item) => item.prompt));

/** The translated modules' titles, English and French. */
const moduleTitles = readdirSync('content/translations/fr/modules').map((file) => {
  const title = (text: string) => (parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { title: string }).title;
  return {
    english: title(readFileSync(join('content/modules', file), 'utf8')),
    french: title(readFileSync(join('content/translations/fr/modules', file), 'utf8')),
  };
});

/** What a reader sees or hears on the page: its text, and its labels, placeholders and alternative texts. */
async function readerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')].flatMap((el) =>
      ['aria-label', 'placeholder', 'title', 'alt'].map((name) => el.getAttribute(name) ?? ''),
    );
    // The module body is content: in English until its translation lands, and not the interface's words.
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const prose of body.querySelectorAll(
      '.module-body p:not([class]), .module-body li, .module-body h2, .module-body h3',
    ))
      prose.remove();
    return [document.title, body.innerText, ...labels].join('\n');
  });
}

/** Fails with the English interface strings the page shows, if any. */
async function expectNoEnglishInterface(page: Page) {
  const text = await readerText(page);
  const shown = englishOnly.filter((english) =>
    new RegExp(`(?<![\\p{L}])${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text),
  );
  expect(shown, `English on ${page.url()}`).toEqual([]);
}

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

test('a learner walks the self-assessment, the journey, a module and the search in French', async ({ page }) => {
  await page.goto('/fr/assessment/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
  await page.getByRole('button', { name: 'Commencer l’auto-évaluation' }).click();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByText(/^Question 1 sur \d+/)).toBeVisible();
  await expectNoEnglishInterface(page);
  // Every item is translated: asked in French, with no note that some are shown in the original.
  const question = await page.getByRole('heading', { level: 2 }).textContent();
  expect(
    frenchPrompts.some((prompt) => question?.includes(prompt)),
    question ?? '',
  ).toBe(true);
  await expect(page.getByRole('complementary', { name: 'À propos de cette traduction' })).toHaveCount(0);
  expect(englishItems.filter((english) => question?.includes(english))).toEqual([]);
  await page.getByRole('button', { name: 'Passer les questions restantes' }).click();
  await page.getByRole('button', { name: 'Voir mes résultats' }).click();
  await expect(page.getByRole('heading', { name: 'Vos résultats' })).toBeVisible();
  await expectNoEnglishInterface(page);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Voir votre parcours' }).click();
  await expect(page).toHaveURL(/\/fr\/journey\/$/);
  await expect(page.getByText(/^0 modules terminés sur \d+/)).toBeVisible();
  await expectNoEnglishInterface(page);
  // The journey names translated modules by their French titles (from /fr/curriculum.json).
  const journeyText = await readerText(page);
  expect(moduleTitles.filter(({ english }) => journeyText.includes(english))).toEqual([]);
  expect(moduleTitles.filter(({ french }) => journeyText.includes(french)).length).toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: /^Commencer : / }).click();
  await expect(page).toHaveURL(/\/fr\/modules\/[\w-]+\/$/);
  // The journey box loads at the learner's first sign of reading.
  await page.mouse.move(10, 200);
  await page.mouse.wheel(0, 120);
  await expect(page.getByRole('complementary', { name: 'Votre parcours' })).toBeVisible();
  // A knowledge check answered: its feedback, graded in the browser, is in French.
  const choice = page.locator('form[data-kc]:is([data-type="single"], [data-type="multiple"])').first();
  const check = page.locator(`form[data-check="${await choice.getAttribute('data-check')}"]`);
  await check.getByRole('button', { name: 'Valider ma réponse' }).click();
  await expect(check.getByRole('status')).toHaveText('Choisissez d’abord une réponse.');
  await check.locator('input').first().check();
  await check.getByRole('button', { name: 'Valider ma réponse' }).click();
  await expect(check.getByRole('status')).toHaveText(/^(Bonne réponse|Pas tout à fait)/);
  await expectNoEnglishInterface(page);
  await expectNoAxeViolations(page);

  // The header's search suggests as you type, in French.
  const search = page.getByRole('combobox', { name: 'Rechercher un module' });
  await search.fill('account');
  await expect(page.getByRole('option', { name: /^Les \d+ résultats pour « account »$/ })).toBeVisible();
  await expectNoEnglishInterface(page);
  await search.press('Enter');
  await expect(page).toHaveURL(/\/fr\/search\/\?q=account/);
  await expect(page.getByText(/^\d+ modules? trouvés?$/)).toBeVisible();
  await expectNoEnglishInterface(page);
  await expectNoAxeViolations(page);
  await page.getByRole('main').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/fr\/modules\//);
});

test('the language switcher keeps the page, and the home page remembers the choice', async ({ page }) => {
  await page.goto('/modules/mapping-the-buying-centre/');
  await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute(
    'href',
    /\/fr\/modules\/mapping-the-buying-centre\/$/,
  );
  const languages = page.getByRole('navigation', { name: 'Language' });
  await languages.getByRole('link', { name: 'Français' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fr\/modules\/mapping-the-buying-centre\/$/);
  await expect(
    page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'Français' }),
  ).toHaveAttribute('aria-current', 'true');

  await page.goto('/');
  await expect(page).toHaveURL(/\/fr\/$/);

  await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await page.goto('/');
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
});

for (const [name, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
] as const) {
  test(`the French journey and module pages fit a ${name} screen`, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    for (const url of ['/fr/', '/fr/modules/mapping-the-buying-centre/', '/fr/search/?q=account']) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.screenshot({ path: testInfo.outputPath(`${name}-${url.replaceAll(/\W+/g, '-')}.png`) });
    }
    // A self-assessment question, its French prompt and options the longest of the walk.
    await page.goto('/fr/assessment/');
    await page.getByRole('button', { name: 'Commencer l’auto-évaluation' }).click();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByText(/^Question 1 sur \d+/)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: testInfo.outputPath(`${name}-assessment.png`), fullPage: true });
  });
}

test('a translated module speaks French down to its level names and the explanations of its checks', async ({
  page,
}) => {
  await page.goto('/fr/modules/customer-centric-mindset/');
  // The scale's level names come from content/translations/fr/scale/.
  await expect(page.getByRole('list', { name: 'Développe' })).toContainText(
    /Sensibilisé|En pratique|Confirmé|Référent/,
  );
  const check = page.getByRole('group', { name: /Quelle entrée en matière/ }).locator('xpath=ancestor::form');
  await check.getByRole('radio', { name: /^Votre unité tourne/ }).check();
  await check.getByRole('button', { name: 'Valider ma réponse' }).click();
  await expect(check.getByRole('status')).toHaveText('Bonne réponse. Lisez les explications pour comprendre pourquoi.');
  await expect(check.getByText('Exact. Elle part de la situation du cadre')).toBeVisible();
  await expect(check.getByText(/^✓ (Juste|Bonne réponse)\u00a0:$/)).toBeVisible();
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });
  test('a page that does not exist, or is not saved offline, says so in French under /fr/', async ({
    page,
    context,
  }) => {
    const missing = await page.goto('/fr/nulle-part/');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
    await expect(page.getByRole('link', { name: 'Revenir à l’accueil' })).toHaveAttribute('href', '/fr/');

    await page.goto('/fr/');
    await expect(page.getByText('Cohesion est prêt à fonctionner hors ligne.')).toBeVisible({ timeout: 15_000 });
    await context.setOffline(true);
    await page.goto('/fr/paths/value-and-insight/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cette page a besoin d’une connexion');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
    await expectNoEnglishInterface(page);
  });

  test('a journey read in French is saved for offline reading in French, answer keys included', async ({
    page,
    context,
  }) => {
    test.setTimeout(150_000);
    await page.goto('/fr/');
    await expect(page.getByText('Cohesion est prêt à fonctionner hors ligne.')).toBeVisible({ timeout: 15_000 });
    // The notice's own button speaks French too (a single word the walk's check of phrases cannot see).
    await expect(page.getByRole('button', { name: 'Fermer', exact: true })).toBeVisible();
    await page.goto('/fr/assessment/');
    await page.getByRole('button', { name: 'Commencer l’auto-évaluation' }).click();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('button', { name: 'Passer les questions restantes' }).click();
    await page.getByRole('button', { name: 'Voir mes résultats' }).click();
    await page.getByRole('link', { name: 'Voir votre parcours' }).click();
    const offline = page.getByRole('region', { name: 'Hors ligne' });
    await expect(offline.getByRole('status')).toHaveText(
      /^Les \d+ modules de votre parcours sont disponibles hors ligne\.$/,
      { timeout: 90_000 },
    );
    const modules = await page
      .locator('.journey-steps > li a[href^="/fr/modules/"]')
      .evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href')!, title: a.textContent!.trim() })));
    expect(modules.length).toBeGreaterThan(1);
    expect(modules.map((m) => m.href)).toContain('/fr/modules/customer-centric-mindset/');

    await context.setOffline(true);
    for (const { href, title } of modules) {
      await page.goto(href);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
    }
    // A translated module's check is graded offline with its French answer key and explanations.
    await page.goto('/fr/modules/customer-centric-mindset/');
    const check = page.getByRole('group', { name: /Quelle entrée en matière/ }).locator('xpath=ancestor::form');
    await check.getByRole('radio', { name: /^Votre unité tourne/ }).check();
    await check.getByRole('button', { name: 'Valider ma réponse' }).click();
    await expect(check.getByText('Exact. Elle part de la situation du cadre')).toBeVisible();
  });
});
