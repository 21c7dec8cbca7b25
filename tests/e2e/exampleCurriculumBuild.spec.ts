import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkContent } from '../../src/authoring/checkContent';
import { FIXTURES } from '../helpers/curriculumWorkspace';

// The built pages of the second example curriculum (customer-success onboarding at a software company,
// no engagement model), read as files: playwright.config.ts builds it once for the browser tests too.
const outDir = process.env.E2E_EXAMPLE_DIR!;
/** Words of the default curriculum's domain that a site built from other content must never show. */
const DEFAULT_DOMAIN_WORDS = [
  'strategic account',
  'engagement model',
  'health system',
  'healthcare',
  'archetype',
  'life-sciences',
  'life sciences',
  'payer',
  'market access',
  'Center of Excellence',
  'COE',
  'key account',
  'Cohesion',
];

const pages = () =>
  readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => ({ name, text: readFileSync(join(outDir, name), 'utf8') }));

/** A page's words as a reader meets them: text, attributes and island props, without script bundles. */
const readable = (html: string) =>
  html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ' ').replace(/&#39;|&#x27;/g, "'");

test('the example curriculum passes the content check', () => {
  expect(checkContent(join(FIXTURES, 'curricula', 'customer-success')).issues).toEqual([]);
});

test('the example curriculum declares one locale, so it builds no other locale’s pages, no language switcher and no alternates', () => {
  expect(pages().filter((p) => /^[a-z]{2}\//.test(p.name))).toEqual([]);
  expect(
    pages()
      .filter((p) => /hreflang|language-switcher|data-locale-choice/.test(p.text))
      .map((p) => p.name),
  ).toEqual([]);
});

test('the example curriculum builds with its own name and brand, and no page for a model it does not have', () => {
  const home = readFileSync(join(outDir, 'index.html'), 'utf8');
  expect(home).toContain('<title>Lumen Onboarding</title>');
  expect(home).toContain('Welcome to Customer Success at Lumen');
  expect(home).toContain('--brand:#6b2fa0');
  expect(home).toContain('Your squad');
  expect(pages().map((p) => p.name)).not.toContain('model/index.html');
});

test('no page of the example curriculum shows a word of the default curriculum’s domain', () => {
  const all = pages();
  const leaks = DEFAULT_DOMAIN_WORDS.flatMap((word) => {
    const pattern = new RegExp(`\\b${word}`, word === word.toUpperCase() ? '' : 'i');
    return all
      .filter((p) => pattern.test(readable(p.text)))
      .map(
        (p) =>
          `"${word}" in ${p.name}: …${readable(p.text).match(new RegExp(`.{0,60}${pattern.source}.{0,40}`, pattern.flags))?.[0]}…`,
      );
  });
  expect(leaks).toEqual([]);
});
