import type { Synonyms } from '../curriculum/synonymsSchema';
import type { SearchLanguage } from './searchLanguage';
import type { ShardedIndex } from './shardIndex';

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

/**
 * The search manifest served at /search-index.json: small, fetched when a search box is focused. The
 * index terms live in shards (`search-shards/<file>.json`, each an IndexShard) and the records in
 * blocks (`search-records/<file>.json`, each a SearchRecord[]), fetched as queries need them.
 */
export interface SearchManifest {
  version: 3;
  /** The language the index was stemmed in, which queries must be too; English when absent. */
  language?: SearchLanguage;
  /** The sharded lunr.Index; document refs are positions in the records. */
  index: ShardedIndex;
  /** The synonym sets the index was built with, which queries need too. */
  synonyms: Synonyms;
  /** How many records there are, in blocks of `block` by position, and each block's file. */
  records: { count: number; block: number; files: string[] };
  facets: SearchFacets;
}
