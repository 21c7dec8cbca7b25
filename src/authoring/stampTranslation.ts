import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { Curriculum } from '../lib/curriculum/curriculum';
import { sourceSections, sourceStamp } from '../lib/translation/sourceStamp';
import type { SourceStamp } from '../lib/translation/sourceStampSchema';
import { splitSections } from '../lib/translation/splitSections';
import type { TranslationEntry } from '../lib/translation/translationEntry';
import { sha256Digest } from './sha256Digest';

/** `text` (a YAML document) with its `source:` field set to `stamp`, comments and other fields kept. */
function withStamp(text: string, stamp: SourceStamp): string {
  const doc = parseDocument(text);
  doc.set('source', doc.createNode({ hash: stamp.hash, sections: stamp.sections }));
  return doc.toString({ lineWidth: 0 });
}

/**
 * Records the source as it is now in a translation file below `root` (its `source:` field: the
 * whole source's hash and one per section), after a translator brought it up to date. Returns the stamp.
 */
export function stampTranslation(root: string, curriculum: Curriculum, translation: TranslationEntry): SourceStamp {
  const entry = curriculum[translation.kind].find((e) => e.id === translation.id);
  if (!entry) throw new Error(`No ${translation.kind} "${translation.id}" to stamp ${translation.file} against.`);
  const stamp = sourceStamp(sourceSections(translation.kind, entry), sha256Digest);
  const abs = resolve(root, translation.file);
  const text = readFileSync(abs, 'utf8');
  if (translation.kind !== 'modules') {
    writeFileSync(abs, withStamp(text, stamp));
    return stamp;
  }
  const match = /^---\r?\n([\s\S]*?\r?\n)---/.exec(text)!;
  writeFileSync(abs, `---\n${withStamp(match[1]!, stamp)}---${text.slice(match[0].length)}`);
  return stamp;
}

/**
 * Records, in every `<LocalNote adapts="…">` of a module file below `root`, the hash of the
 * section it adapts as that section is now. Returns the anchors of the sections stamped.
 */
export function stampLocalNotes(root: string, module: Curriculum['modules'][number]): string[] {
  const sections = new Map(splitSections(module.body, { withoutLocalNotes: true }).map((s) => [s.key, s.source]));
  const abs = resolve(root, module.file);
  const stamped: string[] = [];
  const text = readFileSync(abs, 'utf8').replace(/<LocalNote\b(?:[^>"']|"[^"]*"|'[^']*')*>/g, (tag) => {
    const adapts = /\badapts\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    const source = adapts === undefined ? undefined : sections.get(adapts);
    if (source === undefined) return tag;
    stamped.push(adapts!);
    const hash = `hash="${sha256Digest(source)}"`;
    return /\bhash\s*=\s*"[^"]*"/.test(tag)
      ? tag.replace(/\bhash\s*=\s*"[^"]*"/, hash)
      : tag.replace(/\s*(\/?)>$/, ` ${hash}$1>`);
  });
  writeFileSync(abs, text);
  return stamped;
}
