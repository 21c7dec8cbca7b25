import { describe, expect, it } from 'vitest';
import { testCurriculum } from '../curriculum/testCurriculum';
import { localizeModule, localizePath } from './localizeEntry';

const source = { hash: '0123456789ab', sections: {} };

describe('localizeModule', () => {
  it("takes the translation's words and keeps the source's structure and answers", () => {
    const module = testCurriculum().modules[0]!;
    const localized = localizeModule(module, {
      kind: 'modules',
      locale: 'fr',
      id: module.id,
      file: `content/translations/fr/modules/${module.id}.mdx`,
      data: {
        title: 'Un titre',
        summary: 'Un résumé en français pour le test.',
        checks: {
          q1: { question: 'Laquelle est juste ?', options: [{ text: 'Juste' }, { text: 'Faux', explanation: 'Non.' }] },
        },
        source,
      },
      body: 'Texte.\n',
      bodyStartLine: 9,
    });
    expect(localized).toMatchObject({
      title: 'Un titre',
      body: 'Texte.\n',
      file: module.file,
      develops: module.develops,
    });
    expect(localized.objectives).toEqual(module.objectives);
    expect(localized.checks[0]).toMatchObject({
      question: 'Laquelle est juste ?',
      options: [
        { text: 'Juste', correct: true, explanation: 'Yes.' },
        { text: 'Faux', correct: false, explanation: 'Non.' },
      ],
    });
  });
});

describe('localizePath', () => {
  it('translates stage titles in order and keeps their modules', () => {
    const path = testCurriculum().paths[0]!;
    const titles = path.stages.map((_, i) => `Étape ${i + 1}`);
    const localized = localizePath(path, {
      kind: 'paths',
      locale: 'fr',
      id: path.id,
      file: 'x',
      data: { title: 'Parcours', summary: 'Un parcours traduit pour le test.', stages: titles, source },
    });
    expect(localized.stages.map((s) => s.title)).toEqual(titles);
    expect(localized.stages.map((s) => s.modules)).toEqual(path.stages.map((s) => s.modules));
  });
});
