import { micromark } from 'micromark';
import { describe, expect, it } from 'vitest';
import { inlineMarkdownRenderer, renderInlineMarkdown } from './renderInlineMarkdown';

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

  it('parses a text once however often the build renders it (module page, answer key)', () => {
    const text = 'Which *one* is the [buying centre](/modules/x/)?';
    // The real micromark, counted: how often a text is parsed is part of the contract.
    let parses = 0;
    const render = inlineMarkdownRenderer((markdown) => {
      parses++;
      return micromark(markdown);
    });

    const first = render(text);

    expect(render(text)).toBe(first);
    expect(render(text)).toBe(first);
    expect(first).toBe(renderInlineMarkdown(text));
    expect(parses).toBe(1);
  });
});
