import { describe, expect, it } from 'vitest';
import type { Curriculum } from '../curriculum/curriculum';
import { buildSearchIndex } from './buildSearchIndex';
import { builtSearchFiles } from './builtSearchFiles';
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

/** A searcher over the French curriculum's index, stemmed in `language`, as the browser loads it. */
function searcherIn(language: 'en' | 'fr') {
  const built = buildSearchIndex(frenchCurriculum(), undefined, language);
  return createSearcher(JSON.parse(JSON.stringify(built.manifest)), builtSearchFiles(built));
}

/** The ids of the modules a query finds, best first. */
const found = async (language: 'en' | 'fr', q: string) =>
  (await searcherIn(language).search({ q }, {})).hits.map((hit) => hit.record.id);

describe('search in French', () => {
  it('finds a word by another form of it, through the French stemmer', async () => {
    expect(await found('fr', 'négociations')).toEqual(['negociation']);
    expect(await found('fr', 'qualités')).toEqual(['qualite']);
  });

  it('finds an accented word typed without its accents', async () => {
    expect(await found('fr', 'equipe')).toEqual(['qualite']);
  });

  it('ignores French stop words, which would otherwise match every module', async () => {
    expect(await found('fr', 'les')).toEqual([]);
  });

  it('is what the English pipeline cannot do: it stems "qualités" and "qualité" apart', async () => {
    expect(await found('en', 'qualités')).toEqual([]);
  });

  it('highlights the words of a French passage that match', async () => {
    const { search, language } = searcherIn('fr');
    const [hit] = (await search({ q: 'négociations' })).hits;

    expect(
      highlightTerms('Préparer la négociation', hit!.terms, false, language)
        .filter((s) => s.mark)
        .map((s) => s.text),
    ).toEqual(['négociation']);
  });
});
