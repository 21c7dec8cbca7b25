import { highlightTerms, type TextSegment } from './highlightTerms';
import type { SearchLanguage } from './searchLanguage';
import type { SearchFragment } from './searchRecord';

/** The passage of a module that best matches a search, ready to show with its marks. */
export interface Passage {
  heading: string | null;
  anchor: string | null;
  segments: TextSegment[];
}

/**
 * Picks the section with the most distinct matched terms (then the most matches), and cuts a
 * window of about `words` words around its densest run of matches, with ellipses where text was cut.
 * Returns undefined when no section mentions a term (the match was in the title or tags).
 */
export function findPassage(
  fragment: SearchFragment,
  terms: readonly string[],
  { words = 30, prefix = false, language = 'en' }: { words?: number; prefix?: boolean; language?: SearchLanguage } = {},
): Passage | undefined {
  let best:
    | { section: SearchFragment['sections'][number]; segments: TextSegment[]; distinct: number; count: number }
    | undefined;
  for (const section of fragment.sections) {
    const segments = highlightTerms(section.x, terms, prefix, language);
    const marked = segments.filter((s) => s.mark).map((s) => s.text.toLowerCase());
    const distinct = new Set(marked).size;
    if (distinct === 0) continue;
    if (!best || distinct > best.distinct || (distinct === best.distinct && marked.length > best.count))
      best = { section, segments, distinct, count: marked.length };
  }
  if (!best) return undefined;
  return { heading: best.section.h, anchor: best.section.a, segments: cutWindow(best.segments, words) };
}

/** Keeps about `words` words around the window with the most marks. */
function cutWindow(segments: TextSegment[], words: number): TextSegment[] {
  // Flatten to word-level pieces so the window can be measured in words.
  const pieces: TextSegment[] = segments.flatMap((s) =>
    s.mark ? [s] : s.text.split(/(?<=\s)/).map((text) => ({ text, mark: false })),
  );
  if (pieces.length <= words) return segments;
  let start = 0;
  let bestStart = 0;
  let bestMarks = -1;
  let marks = 0;
  for (let end = 0; end < pieces.length; end++) {
    if (pieces[end]!.mark) marks++;
    if (end - start + 1 > words) if (pieces[start++]!.mark) marks--;
    if (marks > bestMarks) {
      bestMarks = marks;
      bestStart = start;
    }
  }
  // Start a little before the first mark of the best window, so it reads in context.
  const firstMark = pieces.findIndex((p, i) => i >= bestStart && p.mark);
  const from = Math.max(0, Math.min(bestStart, firstMark - 6));
  const window = pieces.slice(from, from + words);
  const merged: TextSegment[] = [];
  for (const piece of window) {
    const last = merged[merged.length - 1];
    if (last && !last.mark && !piece.mark) last.text += piece.text;
    else merged.push({ ...piece });
  }
  if (from > 0) merged.unshift({ text: '… ', mark: false });
  if (from + words < pieces.length) merged.push({ text: ' …', mark: false });
  return merged;
}
