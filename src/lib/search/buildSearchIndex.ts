import lunr from 'lunr';
import type { Curriculum } from '../curriculum/curriculum';
import { extractModuleText } from './extractModuleText';
import { memoiseWordSteps } from './memoiseWordSteps';
import { languageSteps, type SearchLanguage } from './searchLanguage';
import type { SearchFragment, SearchManifest, SearchRecord } from './searchRecord';
import { type IndexShard, type LunrIndexJson, shardIndex } from './shardIndex';
import { synonymPipeline } from './synonymPipeline';

/** Indexed fields and their weight: a word in a title says more than a word in the body. */
export const SEARCH_FIELDS = { title: 8, headings: 4, keywords: 4, summary: 3, body: 1 } as const;

/** Records per block file: a result page fetches the blocks of its modules only. */
export const RECORD_BLOCK = 20;

/** A built search: the manifest, and the shard and record-block files it names, by file name. */
export interface BuiltSearch {
  manifest: SearchManifest;
  shards: Map<string, IndexShard>;
  records: Map<string, SearchRecord[]>;
}

/** Names a shard or record-block file from its kind, number and JSON (a content hash keeps builds apart). */
export type NameSearchFile = (kind: 'shard' | 'records', n: number, json: string) => string;

/** The text sections of every module, for the fragment files. */
export function buildSearchFragments(curriculum: Curriculum): SearchFragment[] {
  return curriculum.modules.map((m) => ({
    id: m.id,
    sections: extractModuleText(m.body).map((s) => ({ h: s.heading, a: s.anchor, x: s.text })),
  }));
}

/**
 * The search index of a curriculum, built once at build time: a lunr index over each module's
 * title, headings, summary and objectives, competency names and tags, and prose (scenarios,
 * notes and knowledge-check questions included), plus the compact records and facets the
 * browser needs to show and filter results, stemmed in `language`. Markup is never indexed.
 */
export function buildSearchIndex(
  curriculum: Curriculum,
  fragments = buildSearchFragments(curriculum),
  language: SearchLanguage = 'en',
  name: NameSearchFile = (kind, n) => `${kind}-${n}`,
): BuiltSearch {
  const competencyName = new Map(curriculum.competencies.map((c) => [c.id, c.name]));
  // Per module, the ids of the paths including it, in the curriculum's order (one pass, not one per module).
  const pathIdsOf = new Map<string, Set<string>>();
  for (const p of curriculum.paths)
    for (const s of p.stages)
      for (const id of s.modules) {
        const ids = pathIdsOf.get(id);
        if (ids) ids.add(p.id);
        else pathIdsOf.set(id, new Set([p.id]));
      }
  const pathsOf = (moduleId: string) => [...(pathIdsOf.get(moduleId) ?? [])];
  const sectionsOf = new Map(fragments.map((f) => [f.id, f.sections]));

  // lunr's set-up for the language (what `lunr(config)` does) plus the curriculum's synonyms.
  const synonyms = curriculum.synonyms ?? [];
  const steps = synonymPipeline(synonyms, language);
  const words = languageSteps(language);
  const builder = new lunr.Builder();
  // Each distinct word is analysed once (the index pipeline is not serialised; the query pipeline is, and stays lunr's).
  builder.pipeline.add(memoiseWordSteps(words.index), steps.index);
  builder.searchPipeline.add(...words.search, steps.search);
  builder.ref('id');
  for (const [field, boost] of Object.entries(SEARCH_FIELDS)) builder.field(field, { boost });
  // Refs are positions in `records`, which keeps the shards small.
  curriculum.modules.forEach((m, i) => {
    const sections = sectionsOf.get(m.id) ?? [];
    builder.add({
      id: String(i),
      title: m.title,
      headings: sections.flatMap((s) => (s.h ? [s.h] : [])).join(' '),
      keywords: [...m.develops.map((d) => competencyName.get(d.competency) ?? d.competency), ...m.tags].join(' '),
      summary: [m.summary, ...m.objectives].join(' '),
      body: [...sections.map((s) => s.x), ...m.checks.map((c) => c.question)].join(' '),
    });
  });
  const index = builder.build();

  const records: SearchRecord[] = curriculum.modules.map((m) => ({
    id: m.id,
    t: m.title,
    s: m.summary,
    d: m.duration,
    c: m.develops.map((d) => [d.competency, d.level]),
    p: pathsOf(m.id),
  }));

  const shardFiles = new Map<string, IndexShard>();
  const { index: sharded } = shardIndex(index.toJSON() as unknown as LunrIndexJson, (shard) => {
    const file = name('shard', shardFiles.size, JSON.stringify(shard));
    shardFiles.set(file, shard);
    return file;
  });
  const blocks = new Map<string, SearchRecord[]>();
  for (let start = 0; start < records.length; start += RECORD_BLOCK) {
    const block = records.slice(start, start + RECORD_BLOCK);
    blocks.set(name('records', blocks.size, JSON.stringify(block)), block);
  }

  const manifest: SearchManifest = {
    version: 3,
    language,
    index: sharded,
    synonyms,
    records: { count: records.length, block: RECORD_BLOCK, files: [...blocks.keys()] },
    facets: {
      competencies: curriculum.competencies
        .map((c) => ({ id: c.id, name: c.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      levels: curriculum.scale.map((l) => ({ level: l.level, name: l.name })),
      paths: curriculum.paths.map((p) => ({ id: p.id, title: p.title })).sort((a, b) => a.title.localeCompare(b.title)),
    },
  };
  return { manifest, shards: shardFiles, records: blocks };
}
