import { describe, expect, it } from 'vitest';
import { renderInlineMarkdown } from './renderInlineMarkdown';

describe('renderInlineMarkdown', () => {
  it('renders code, emphasis and links without a wrapping paragraph', () => {
    expect(renderInlineMarkdown('Use `a < b`, *stress* **this** and [read more](/modules/x/)')).toBe(
      'Use <code>a &lt; b</code>, <em>stress</em> <strong>this</strong> and <a href="/modules/x/">read more</a>',
    );
  });

  it('leaves plain text as it is', () => {
    expect(renderInlineMarkdown('Because it is.')).toBe('Because it is.');
  });

  it('escapes raw HTML and drops javascript: links', () => {
    const html = renderInlineMarkdown('<img src=x onerror=alert(1)> [x](javascript:alert(1))');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
  });

  it('keeps paragraphs when the text has several', () => {
    expect(renderInlineMarkdown('One.\n\nTwo.')).toBe('<p>One.</p>\n<p>Two.</p>');
  });
});
