import type { Locator } from '@playwright/test';

/**
 * What keeps a table that scrolls in its own box from reading on a phone: each column heading with
 * a word broken across lines ("Functio|n"), and a caption whose text runs past the box's visible
 * end while the box is scrolled to its start. An empty list when it reads.
 */
export async function scrollingTableProblems(table: Locator): Promise<string[]> {
  return table.evaluate((element) => {
    const problems: string[] = [];
    const box = element.closest('.table-scroll') ?? element.parentElement!;
    box.scrollLeft = 0;
    const wordRanges = (node: Node) => {
      const ranges: Range[] = [];
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
        // A line may end after a hyphen ("e-|mail"), as in print: each part is a word of its own.
        for (const match of (text.textContent ?? '').matchAll(/[^\s-]+-?/g)) {
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          ranges.push(range);
        }
      }
      return ranges;
    };
    for (const heading of element.querySelectorAll('thead th')) {
      for (const word of wordRanges(heading)) {
        // A word on one line has one box per line it spans.
        const lines = new Set([...word.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) problems.push(`heading "${heading.textContent}" breaks "${word.toString()}"`);
      }
    }
    const caption = element.querySelector('caption');
    if (caption !== null && !caption.classList.contains('visually-hidden')) {
      const visibleEnd = box.getBoundingClientRect().right;
      for (const word of wordRanges(caption)) {
        if (word.getBoundingClientRect().right > visibleEnd + 0.5)
          problems.push(`caption word "${word.toString()}" is past the box's visible end`);
      }
    }
    return problems;
  });
}
