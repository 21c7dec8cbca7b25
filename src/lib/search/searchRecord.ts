import type { Synonyms } from '../curriculum/synonymsSchema';
import type { PackedIndex } from './packIndex';
import type { SearchLanguage } from './searchLanguage';

/**
 * What the browser keeps per module to show and filter a result without opening the module:
 * short keys keep the index file small (it ships to every learner who searches).
 */
export interface SearchRecord {
  /** Module id. */
  id: string;
  /** Title. */
  t: string;
  /** Summary. */
  s: string;
  /** Duration in minutes. */
  d: number;
  /** Competencies developed, as [competency id, level] pairs. */
  c: [string, number][];
  /** Ids of the paths that include the module. */
  p: string[];
}

/** The text sections of one module, fetched only for results on screen, for their passages. */
export interface SearchFragment {
  id: string;
  sections: { h: string | null; a: string | null; x: string }[];
}

/** The choices the filters offer, with their display names. */
export interface SearchFacets {
  competencies: { id: string; name: string }[];
  levels: { level: number; name: string }[];
  paths: { id: string; title: string }[];
}

/** The index file served at /search-index.json. */
export interface SearchIndexFile {
  version: 2;
  /** The language the index was stemmed in, which queries must be too; English when absent. */
  language?: SearchLanguage;
  /** The serialised lunr.Index, packed; document refs are positions in `records`. */
  index: PackedIndex;
  /** The synonym sets the index was built with, which queries need too. */
  synonyms: Synonyms;
  records: SearchRecord[];
  facets: SearchFacets;
}
