/** A `##` heading of a module body: its text as written (inline Markdown markers dropped) and its 1-based body line. */
export interface SectionHeading {
  text: string;
  line: number;
}

/**
 * The level-2 headings (`## …`) of an MDX body, outside fenced code blocks: the sections a module's
 * `sections:` timing can name. A light scan, like scanModuleBody, so check:content needs no build.
 */
export function sectionHeadings(body: string): SectionHeading[] {
  let inFence = false;
  return body.split('\n').flatMap((text, index) => {
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    const heading = inFence ? null : /^##\s+(.+?)\s*#*\s*$/.exec(text);
    return heading ? [{ text: heading[1]!.replace(/[*_`]/g, ''), line: index + 1 }] : [];
  });
}
