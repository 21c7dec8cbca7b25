import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/authoring/checkContent';
import { FIXTURES } from '../helpers/curriculumWorkspace';

const project = join(import.meta.dirname, '..', '..');
/** The second example curriculum: customer-success onboarding at a software company, no engagement model. */
const EXAMPLE = relative(project, join(FIXTURES, 'curricula', 'customer-success', 'content'));
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

let outDir: string;
let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'cohesion-example-'));
  build = spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', outDir], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', COHESION_CONTENT_DIR: EXAMPLE },
  });
}, 180_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const pages = () =>
  readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => ({ name, text: readFileSync(join(outDir, name), 'utf8') }));

/** A page's words as a reader meets them: text, attributes and island props, without script bundles. */
const readable = (html: string) =>
  html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ' ').replace(/&#39;|&#x27;/g, "'");

describe('a second curriculum, in its own words', () => {
  it('passes the content check and builds', () => {
    expect(checkContent(join(FIXTURES, 'curricula', 'customer-success')).issues).toEqual([]);
    expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
  });

  it('declares one locale, so it builds no other locale’s pages, no language switcher and no alternates', () => {
    expect(pages().filter((p) => /^[a-z]{2}\//.test(p.name))).toEqual([]);
    expect(
      pages()
        .filter((p) => /hreflang|language-switcher|data-locale-choice/.test(p.text))
        .map((p) => p.name),
    ).toEqual([]);
  });

  it('builds with its own name and brand, and no page for a model it does not have', () => {
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');

    expect(home).toContain('<title>Lumen Onboarding</title>');
    expect(home).toContain('Welcome to Customer Success at Lumen');
    expect(home).toContain('--brand:#6b2fa0');
    expect(home).toContain('Your squad');
    expect(pages().map((p) => p.name)).not.toContain('model/index.html');
  });

  it.each(DEFAULT_DOMAIN_WORDS)('shows "%s" on none of its pages', (word) => {
    const pattern = new RegExp(`\\b${word}`, word === word.toUpperCase() ? '' : 'i');
    const leaks = pages()
      .filter((p) => pattern.test(readable(p.text)))
      .map(
        (p) =>
          `${p.name}: …${readable(p.text).match(new RegExp(`.{0,60}${pattern.source}.{0,40}`, pattern.flags))?.[0]}…`,
      );

    expect(leaks).toEqual([]);
  });
});
