import { describe, expect, it } from 'vitest';
import type { Curriculum } from '../curriculum/curriculum';
import { testAssessmentItem, testCurriculum } from '../curriculum/testCurriculum';
import { toPlannerCurriculum } from '../journey/plannerCurriculum';
import { testSite } from '../site/testSite';
import { assessmentTranslationGaps } from './assessmentTranslationGaps';
import { curriculumInLocale } from './curriculumInLocale';
import { type Digest, sourceSections, sourceStamp } from './sourceStamp';
import type { TranslationEntry } from './translationEntry';
import { translationStates } from './translationStates';

const digest: Digest = (text) => {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h.toString(16).padStart(12, '0').slice(-12);
};

/** The test curriculum in English and French, with a second assessment item and French overlays. */
function bilingual(): Curriculum {
  const curriculum = testCurriculum();
  curriculum.site = { ...testSite(), locales: ['en', 'fr'], file: 'content/site.yaml' };
  const bank = curriculum.assessment[0]!;
  bank.items.push(
    testAssessmentItem('mapping-scenario', 'scenario', 'A new contact joins the account. What do you do?', [
      ['Nothing', 0],
      ['Ask around', 1],
      ['Map them', 2],
    ]),
  );
  const stamp = (kind: TranslationEntry['kind'], entry: Parameters<typeof sourceSections>[1]) =>
    sourceStamp(sourceSections(kind, entry), digest);
  const [intro] = curriculum.modules;
  const [mapping] = curriculum.competencies;
  const [essentials] = curriculum.paths;
  curriculum.translations = [
    {
      kind: 'assessment',
      locale: 'fr',
      id: bank.id,
      file: `content/translations/fr/assessment/${bank.id}.yaml`,
      data: {
        items: { 'mapping-habit': { prompt: 'Cartographiez-vous ?', options: ['Jamais', 'Parfois', 'Toujours'] } },
        source: stamp('assessment', bank),
      },
    },
    {
      kind: 'modules',
      locale: 'fr',
      id: intro!.id,
      file: `content/translations/fr/modules/${intro!.id}.mdx`,
      data: {
        title: 'Introduction',
        summary: 'Un résumé assez long pour le schéma.',
        source: stamp('modules', intro!),
      },
      body: 'Texte.\n',
      bodyStartLine: 5,
    },
    {
      kind: 'competencies',
      locale: 'fr',
      id: mapping!.id,
      file: `content/translations/fr/competencies/${mapping!.id}.yaml`,
      data: { name: 'Cartographie', description: 'Une compétence.', source: stamp('competencies', mapping!) },
    },
    {
      kind: 'paths',
      locale: 'fr',
      id: essentials!.id,
      file: `content/translations/fr/paths/${essentials!.id}.yaml`,
      data: { title: 'L’essentiel', summary: 'L’essentiel du modèle.', source: stamp('paths', essentials!) },
    },
  ];
  return curriculum;
}

const inFrench = (curriculum: Curriculum) =>
  curriculumInLocale(curriculum, translationStates(curriculum, digest), 'fr');

describe('curriculumInLocale', () => {
  it('gives a translated self-assessment item its prompt and options in the locale, each option keeping its level', () => {
    const [habit, scenario] = inFrench(bilingual()).assessment[0]!.items;
    expect(habit).toMatchObject({
      id: 'mapping-habit',
      prompt: 'Cartographiez-vous ?',
      options: [
        { text: 'Jamais', level: 0 },
        { text: 'Parfois', level: 1 },
        { text: 'Toujours', level: 3 },
      ],
    });
    // The translation leaves this item out: the learner reads the original.
    expect(scenario!.prompt).toBe('A new contact joins the account. What do you do?');
  });

  it('keeps a stale translation’s words (the page says it is stale)', () => {
    const curriculum = bilingual();
    curriculum.assessment[0]!.items[0]!.prompt = 'How often do you map an account?';
    expect(translationStates(curriculum, digest).find((s) => s.kind === 'assessment')?.status).toBe('stale');
    expect(inFrench(curriculum).assessment[0]!.items[0]!.prompt).toBe('Cartographiez-vous ?');
  });

  it('names modules, competencies and paths in the locale in what the planner ships, with the same structure', () => {
    const curriculum = bilingual();
    const english = toPlannerCurriculum(curriculum);
    const french = toPlannerCurriculum(inFrench(curriculum));
    expect(french.modules.find((m) => m.id === 'intro')?.title).toBe('Introduction');
    expect(french.competencies.find((c) => c.id === 'mapping')?.name).toBe('Cartographie');
    expect(french.paths.find((p) => p.id === 'essentials')?.title).toBe('L’essentiel');
    expect(french.modules.find((m) => m.id === 'deeper')?.title).toBe('deeper');
    const structure = (p: typeof english) => ({
      modules: p.modules.map(({ title: _, ...m }) => m),
      assessment: p.assessment,
      defaultTargets: p.defaultTargets,
    });
    expect(structure(french)).toEqual(structure(english));
  });

  it('leaves the curriculum as it is in a locale with no translations', () => {
    const curriculum = bilingual();
    const german = curriculumInLocale(curriculum, translationStates(curriculum, digest), 'de');
    expect(toPlannerCurriculum(german)).toEqual(toPlannerCurriculum(curriculum));
  });
});

describe('assessmentTranslationGaps', () => {
  it('lists the items asked in the original, and says nothing is stale while every translation is current', () => {
    const curriculum = bilingual();
    expect(assessmentTranslationGaps(curriculum, translationStates(curriculum, digest), 'fr')).toEqual({
      original: new Set(['mapping-scenario']),
      stale: false,
    });
  });

  it('says so once a translated item’s source changes', () => {
    const curriculum = bilingual();
    curriculum.assessment[0]!.items[0]!.options[0]!.text = 'Not yet';
    expect(assessmentTranslationGaps(curriculum, translationStates(curriculum, digest), 'fr').stale).toBe(true);
  });

  it('lists every item of a competency with no translation', () => {
    const curriculum = bilingual();
    curriculum.translations = curriculum.translations!.filter((t) => t.kind !== 'assessment');
    expect(assessmentTranslationGaps(curriculum, translationStates(curriculum, digest), 'fr').original).toEqual(
      new Set(['mapping-habit', 'mapping-scenario']),
    );
  });
});
