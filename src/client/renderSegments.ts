import type { TextSegment } from '../lib/search/highlightTerms';

/** Appends highlighted text to an element: marked words in <mark>, all as text (never as HTML). */
export function renderSegments(parent: HTMLElement, segments: readonly TextSegment[]): void {
  for (const segment of segments) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      parent.append(mark);
    } else {
      parent.append(segment.text);
    }
  }
}
