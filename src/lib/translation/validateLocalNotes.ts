import type { ContentIssue } from '../curriculum/contentIssue';
import type { Curriculum } from '../curriculum/curriculum';
import { scanModuleBody } from '../curriculum/scanModuleBody';
import { didYouMean } from '../curriculum/suggestId';
import type { Digest } from './sourceStamp';
import { splitSections } from './splitSections';

/** The command that records the sections a module's local notes adapt as current. */
export const noteStampCommand = (moduleId: string) => `npm run translation:stamp -- --notes ${moduleId}`;

/**
 * The `<LocalNote adapts="<heading anchor>" hash="…">` of every module checked against the section
 * it adapts: an unknown section or a missing hash is an error; a section that changed since the
 * note was written is a stale-note warning naming the module, the region and the heading.
 */
export function validateLocalNotes(curriculum: Curriculum, digest: Digest): ContentIssue[] {
  return curriculum.modules.flatMap((module) => {
    const uses = scanModuleBody(module.body).filter((u) => u.name === 'LocalNote' && u.attributes.adapts !== undefined);
    if (uses.length === 0) return [];
    const sections = new Map(splitSections(module.body, { withoutLocalNotes: true }).map((s) => [s.key, s]));
    return uses.flatMap((use): ContentIssue[] => {
      const { adapts = '', hash, region } = use.attributes;
      const at = {
        file: module.file,
        field: '<LocalNote adapts>',
        ...(module.bodyStartLine === undefined ? {} : { line: module.bodyStartLine + use.line - 1 }),
      };
      const section = sections.get(adapts);
      if (!section)
        return [
          {
            ...at,
            message: `No section "${adapts}" in this module to adapt.${didYouMean(adapts, [...sections.keys()])}`,
            hint: `Set adapts="…" to the anchor of one of its headings: ${[...sections.keys()].join(', ')}.`,
          },
        ];
      if (!hash)
        return [
          {
            ...at,
            field: '<LocalNote hash>',
            message: `The note for "${region}" adapts "${section.heading}" but records no hash of it.`,
            hint: `Run ${noteStampCommand(module.id)} to record it.`,
          },
        ];
      if (hash === digest(section.source)) return [];
      return [
        {
          ...at,
          field: '<LocalNote hash>',
          severity: 'warning',
          message: `Stale local note: the note for "${region}" adapts "${section.heading}", which changed since the note was written.`,
          hint: `Check the note against the section, then run ${noteStampCommand(module.id)}.`,
        },
      ];
    });
  });
}
