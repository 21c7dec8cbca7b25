import type { CaseBlock, CaseInline } from './renderCaseMarkdown.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * A rendered case (`renderCaseMarkdown`) as HTML: every text escaped, only `p`, `ul`, `ol`, `li`,
 * `em`, `strong`, `br` and `a href` (http(s), `rel="nofollow ugc noopener noreferrer"`) written, so
 * it is safe to insert as is.
 */
export function caseMarkdownToHtml(blocks: readonly CaseBlock[]): string {
  return blocks.map(blockHtml).join('\n');
}

function blockHtml(block: CaseBlock): string {
  if (block.type === 'paragraph') return `<p>${block.children.map(inlineHtml).join('')}</p>`;
  const tag = block.ordered ? 'ol' : 'ul';
  const start = block.start === undefined ? '' : ` start="${block.start}"`;
  const items = block.items.map((item) => `<li>${item.map(blockHtml).join('\n')}</li>`).join('\n');
  return `<${tag}${start}>\n${items}\n</${tag}>`;
}

function inlineHtml(inline: CaseInline): string {
  switch (inline.type) {
    case 'text':
      return escapeHtml(inline.value);
    case 'break':
      return '<br>';
    case 'emphasis':
      return `<em>${inline.children.map(inlineHtml).join('')}</em>`;
    case 'strong':
      return `<strong>${inline.children.map(inlineHtml).join('')}</strong>`;
    case 'link':
      return `<a href="${escapeHtml(inline.href)}" rel="nofollow ugc noopener noreferrer">${inline.children.map(inlineHtml).join('')}</a>`;
  }
}
