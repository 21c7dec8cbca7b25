import type { Catalog } from '../lib/curriculum/createCatalog';

/** The curriculum's names a field-case view shows, in the page's language: ids → labels, in the curriculum's order. */
export interface CaseVocabulary {
  competencies: Array<{ id: string; name: string }>;
  levels: Array<{ level: number; name: string }>;
  /** Regions (global and geographies) and healthcare archetypes, with their kind. */
  regions: Array<{ id: string; name: string; kind: 'global' | 'archetype' | 'region' }>;
  functions: Array<{ id: string; name: string }>;
}

/** The field-case vocabulary of a catalog in a locale (job functions in their translation where given). */
export function caseVocabulary({ curriculum }: Catalog, lang: string): CaseVocabulary {
  return {
    competencies: curriculum.competencies.map((c) => ({ id: c.id, name: c.name })),
    levels: curriculum.scale.map((l) => ({ level: l.level, name: l.name })),
    regions: curriculum.regions.map((r) => ({ id: r.id, name: r.name, kind: r.kind })),
    functions: (curriculum.functions ?? []).map((f) => ({
      id: f.id,
      name: f.translations?.[lang as keyof typeof f.translations] ?? f.name,
    })),
  };
}
