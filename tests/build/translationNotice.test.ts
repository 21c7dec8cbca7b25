import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCurriculum } from '../../src/authoring/readCurriculum';
import { stampTranslation } from '../../src/authoring/stampTranslation';
import { FIXTURES } from '../helpers/curriculumWorkspace';
import { projectCopy } from '../helpers/projectCopy';

const overlay = (title: string, body: string) =>
  `---\ntitle: ${title}\nsummary: Un module du curriculum minimal, traduit pour le test.\nsource:\n  hash: "000000000000"\n---\n${body}\n`;

/**
 * A page that exists only in this test's copy of the project, standing in for the locale routes:
 * every module as a French reader gets it, with its notice.
 */
const TEST_PAGE = `---
import TranslationNotice from '../../components/TranslationNotice.astro';
import { getCatalog } from '../../data/curriculum';
import { competencyInLocale, moduleInLocale } from '../../data/translations';
export async function getStaticPaths() {
  const { curriculum } = await getCatalog();
  return curriculum.modules.map((m) => ({ params: { id: m.id } }));
}
const { module, status, sourceHref } = await moduleInLocale(Astro.params.id, 'fr');
const competencies = await Promise.all(module.develops.map((d) => competencyInLocale(d.competency, 'fr')));
---
<html lang="fr"><body><h1>{module.title}</h1><TranslationNotice status={status} sourceHref={sourceHref} locale="fr" />
<ul>{competencies.map((c) => <li data-status={c.status}>{c.entry.name}</li>)}</ul></body></html>
`;

describe('a site with a current, a stale and a missing French translation', () => {
  let project: ReturnType<typeof projectCopy>;
  let build: ReturnType<typeof spawnSync>;
  const page = (path: string) => readFileSync(join(project.root, 'dist', path, 'index.html'), 'utf8');

  beforeAll(() => {
    project = projectCopy();
    const { root } = project;
    const content = join(root, 'content');
    cpSync(join(FIXTURES, 'bad-content', 'translation-bad-hash', 'content', 'site.yaml'), join(content, 'site.yaml'));
    mkdirSync(join(content, 'translations', 'fr', 'modules'), { recursive: true });
    writeFileSync(
      join(content, 'translations', 'fr', 'modules', 'intro-mapping.mdx'),
      overlay('Introduction à la cartographie', 'Du texte sur la cartographie, à jour.'),
    );
    writeFileSync(
      join(content, 'translations', 'fr', 'modules', 'value-basics.mdx'),
      overlay('Les bases de la valeur', 'Du texte sur la valeur, traduit avant le dernier changement.'),
    );
    mkdirSync(join(content, 'translations', 'fr', 'competencies'));
    writeFileSync(
      join(content, 'translations', 'fr', 'competencies', 'mapping.yaml'),
      'name: Cartographie\ndescription: Une compétence du curriculum minimal.\nsource: { hash: "000000000000" }\n',
    );
    const { curriculum } = readCurriculum(root);
    for (const translation of curriculum.translations ?? []) stampTranslation(root, curriculum, translation);
    // The source of one translation changes after it was stamped.
    const source = join(content, 'modules', 'value-basics.mdx');
    writeFileSync(source, `${readFileSync(source, 'utf8')}\n## A new section\n\nWritten after the translation.\n`);
    mkdirSync(join(root, 'src', 'pages', 'fr-test'));
    writeFileSync(join(root, 'src', 'pages', 'fr-test', '[id].astro'), TEST_PAGE);
    build = spawnSync('npm', ['run', '--silent', 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', COHESION_CONTENT_DIR: '' },
    });
  }, 240_000);
  afterAll(() => project.dispose());

  it('builds', () => {
    expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
  });

  it('shows the translation without a notice when it is current', () => {
    const html = page('fr-test/intro-mapping');
    expect(html).toContain('<h1>Introduction à la cartographie</h1>');
    expect(html).not.toContain('predates changes');
    expect(html).not.toContain('not yet translated');
  });

  it('tells the learner a stale translation predates changes to the original, with a link to it', () => {
    const html = page('fr-test/value-basics');
    expect(html).toContain('<h1>Les bases de la valeur</h1>');
    expect(html).toMatch(
      /This translation predates changes to the original\.\s*<a href="\/modules\/value-basics\/"[^>]*>Read the original<\/a>/,
    );
  });

  it("names the module's competencies in French where they are translated, and in the original where not", () => {
    const html = page('fr-test/intro-mapping');
    expect(html).toMatch(/<li data-status="current"[^>]*>Cartographie<\/li>/);
    expect(html).toMatch(/<li data-status="missing"[^>]*>Competency value<\/li>/);
  });

  it('shows the original of an untranslated module, saying so', () => {
    const html = page('fr-test/deeper-mapping');
    expect(html).toContain('<h1>Deeper mapping</h1>');
    expect(html).toContain('This module is not yet translated into French; it is shown in the original.');
  });

  it('lists each module as current, stale or missing on the coverage page, with the changed heading', () => {
    const html = page('coverage/translations');
    expect(html).toMatch(/<h2 id="locale-fr"[^>]*>French<\/h2>/);
    expect(html).toContain('1 current, 1 stale, 2 missing, out of 4 modules.');
    expect(html).toMatch(/Stale<\/strong>[\s\S]*?Changed since: A new section/);
  });

  it("previews a translation with the notice and the translated body in the translation's language", () => {
    // The preview is the module's page for a learner reading French.
    const html = page('fr/modules/value-basics');
    expect(html).toContain('Cette traduction est antérieure à des modifications de l’original.');
    expect(html).toMatch(
      /<html lang="fr[\s\S]*<article[^>]*>[\s\S]*Du texte sur la valeur, traduit avant le dernier changement\./,
    );
  });
});
