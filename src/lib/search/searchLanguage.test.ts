import { describe, expect, it } from 'vitest';
import type { Curriculum } from '../curriculum/curriculum';
import { buildSearchIndex } from './buildSearchIndex';
import { createSearcher } from './createSearcher';
import { highlightTerms } from './highlightTerms';

/** A curriculum of two modules written in French, with only what the index reads. */
function frenchCurriculum(): Curriculum {
  const module = (id: string, title: string, body: string) => ({
    id,
    title,
    summary: 'Un module court, écrit pour tester la recherche en français.',
    develops: [],
    duration: 10,
    prerequisites: [],
    objectives: ['Comprendre le sujet'],
    tags: [],
    checks: [],
    body,
  });
  return {
    modules: [
      module('qualite', 'La qualité du service', 'Les équipes mesurent la qualité perçue par leurs clients.'),
      module('negociation', 'Négocier un contrat', 'Préparer la négociation avec les acheteurs.'),
    ],
    competencies: [],
    paths: [],
    scale: [],
  } as unknown as Curriculum;
}

/** The ids of the modules a query finds, best first. */
const found = (language: 'en' | 'fr', q: string) =>
  createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(frenchCurriculum(), undefined, language))))
    .search({ q }, {})
    .map((hit) => hit.record.id);

describe('search in French', () => {
  it('finds a word by another form of it, through the French stemmer', () => {
    expect(found('fr', 'négociations')).toEqual(['negociation']);
    expect(found('fr', 'qualités')).toEqual(['qualite']);
  });

  it('finds an accented word typed without its accents', () => {
    expect(found('fr', 'equipe')).toEqual(['qualite']);
  });

  it('ignores French stop words, which would otherwise match every module', () => {
    expect(found('fr', 'les')).toEqual([]);
  });

  it('is what the English pipeline cannot do: it stems "qualités" and "qualité" apart', () => {
    expect(found('en', 'qualités')).toEqual([]);
  });

  it('highlights the words of a French passage that match', () => {
    const { search, language } = createSearcher(
      JSON.parse(JSON.stringify(buildSearchIndex(frenchCurriculum(), undefined, 'fr'))),
    );
    const [hit] = search({ q: 'négociations' });

    expect(
      highlightTerms('Préparer la négociation', hit!.terms, false, language)
        .filter((s) => s.mark)
        .map((s) => s.text),
    ).toEqual(['négociation']);
  });
});
