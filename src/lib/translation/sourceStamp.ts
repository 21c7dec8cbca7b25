import type { AssessmentBankEntry, CompetencyEntry, ModuleEntry, PathEntry } from '../curriculum/curriculum';
import type { Region } from '../curriculum/regionSchema';
import type { ScaleLevel } from '../curriculum/scaleLevelSchema';
import type { SourceStamp } from './sourceStampSchema';
import { INTRO_SECTION, splitSections } from './splitSections';
import type { TranslatableKind } from './translationEntry';

/** A hash function over text giving 12 hex digits (sha-256 in the checker; anything stable in tests). */
export type Digest = (text: string) => string;

/** The key of a module's front matter fields that a translation carries (title, summary, objectives, tags, checks). */
export const FRONT_MATTER_SECTION = '_frontmatter';

/** The prefix of a self-assessment item's section key: `items.<item id>`, its field in the translation file. */
const ITEM_SECTION = 'items.';

/** One section of a source: its key in the stamp, its heading (none for the opening, the front matter or a YAML field), and its text. */
export interface SourceSection {
  key: string;
  heading: string | null;
  text: string;
}

/** How an author is told which section of a source changed. */
export function sectionLabel({
  key,
  heading,
  removed,
}: Pick<SourceSection, 'key' | 'heading'> & { removed?: true }): string {
  if (removed) return `the section "${key}", since removed`;
  if (heading !== null) return `"${heading}"`;
  if (key === FRONT_MATTER_SECTION) return 'the front matter';
  if (key === INTRO_SECTION) return 'the opening (before the first heading)';
  if (key.startsWith(ITEM_SECTION)) return `the self-assessment item "${key.slice(ITEM_SECTION.length)}"`;
  return `the field "${key}"`;
}

/**
 * The sections of a source entry a translation follows: a module's front matter and body sections,
 * a competency's self-assessment items (`items.<item id>`: its prompt and options' texts), or a YAML
 * entry's translated fields.
 */
export function sourceSections(
  kind: TranslatableKind,
  entry: ModuleEntry | CompetencyEntry | PathEntry | ScaleLevel | Region | AssessmentBankEntry,
): SourceSection[] {
  if (kind === 'assessment')
    return (entry as AssessmentBankEntry).items.map((item) => ({
      key: `${ITEM_SECTION}${item.id}`,
      heading: null,
      text: JSON.stringify({ prompt: item.prompt, options: item.options.map((o) => o.text) }),
    }));
  if (kind === 'modules') {
    const module = entry as ModuleEntry;
    const { title, summary, objectives, tags, checks } = module;
    return [
      { key: FRONT_MATTER_SECTION, heading: null, text: JSON.stringify({ title, summary, objectives, tags, checks }) },
      ...splitSections(module.body).map((s) => ({
        key: s.key,
        heading: s.heading,
        text: s.source,
      })),
    ];
  }
  const fields = {
    competencies: ['name', 'description', 'levels'],
    paths: ['title', 'summary', 'stages'],
    scale: ['name', 'descriptor'],
    regions: ['name', 'summary'],
  }[kind];
  return fields.map((field) => {
    const value = (entry as unknown as Record<string, unknown>)[field];
    // A path's stages are translated by title only; their module lists are not the translator's.
    const text = field === 'stages' ? (entry as PathEntry).stages.map((s) => s.title) : value;
    return { key: field, heading: null, text: JSON.stringify(text ?? null) };
  });
}

/** The stamp of a source as it is now: what `translation:stamp` records and `check:content` compares. */
export function sourceStamp(sections: readonly SourceSection[], digest: Digest): SourceStamp {
  const hashes = Object.fromEntries(sections.map((s) => [s.key, digest(s.text)]));
  return { hash: digest(JSON.stringify(hashes)), sections: hashes };
}

/** The keys of the sections that differ between a recorded stamp and the current one: changed, added or removed. */
export function changedSections(recorded: SourceStamp, current: SourceStamp): string[] {
  if (recorded.hash === current.hash) return [];
  const keys = new Set([...Object.keys(current.sections), ...Object.keys(recorded.sections)]);
  return [...keys].filter((key) => recorded.sections[key] !== current.sections[key]);
}
