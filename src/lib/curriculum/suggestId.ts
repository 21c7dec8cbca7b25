import { closest, distance } from 'fastest-levenshtein';

/**
 * Suggests the known id a mistyped one was probably meant to be, or undefined when nothing is
 * close enough (more than a third of the characters differ).
 */
export function suggestId(wrong: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(wrong, [...known]);
  return distance(wrong, best) <= Math.max(2, Math.floor(wrong.length / 3)) ? best : undefined;
}

/** "Did you mean …?" text for an unknown id, or an empty string. */
export function didYouMean(wrong: string, known: readonly string[]): string {
  const best = suggestId(wrong, known);
  return best ? ` Did you mean "${best}"?` : '';
}
