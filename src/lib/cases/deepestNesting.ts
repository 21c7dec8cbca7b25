const CONTAINER_MARKERS = /^(?:[ \t]*(?:[-+*]|\d{1,9}[.)]|>)(?=[ \t]|$)[ \t]*)+/;
const MARKER = /[-+*>]|\d{1,9}[.)]/g;

/**
 * How many list or quote markers open one line of `markdown` at most (`- - > x` is 3), read before
 * the Markdown is parsed: the parser's cost grows steeply with nesting, so the schema refuses deep
 * nesting without paying it.
 */
export function deepestNesting(markdown: string): number {
  let deepest = 0;
  for (const line of markdown.split('\n')) {
    const markers = CONTAINER_MARKERS.exec(line)?.[0].match(MARKER)?.length ?? 0;
    if (markers > deepest) deepest = markers;
  }
  return deepest;
}
