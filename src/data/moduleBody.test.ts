import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { renderModuleBody } from './moduleBody';

const file = 'content/modules/a-module.mdx';

describe('renderModuleBody', () => {
  it('renders a body from its text, with heading ids and the headings listed, as render() did', async () => {
    const { Content, headings } = await renderModuleBody({
      file,
      body: '## Why it matters\n\nSome *text* and a [link](/modules/customer-centric-mindset/).\n\n| a | b |\n| - | - |\n| 1 | 2 |\n',
      bodyStartLine: 8,
    });
    const container = await AstroContainer.create();
    container.addServerRenderer({ name: 'astro:jsx', renderer: (await import('@astrojs/mdx/server.js')).default });

    const html = await container.renderToString(Content);

    expect(headings).toEqual([{ depth: 2, slug: 'why-it-matters', text: 'Why it matters' }]);
    expect(html).toContain('<h2 id="why-it-matters">Why it matters</h2>');
    expect(html).toContain('<p>Some <em>text</em> and a <a href="/modules/customer-centric-mindset/">link</a>.</p>');
    expect(html).toMatch(/<table>\s*<thead>/);
  });

  it('fails with the author’s file and line, and what to write instead', async () => {
    const failure = await renderModuleBody({
      file,
      body: 'Text.\n\n<callout type="tip">Hi</callout>\n',
      bodyStartLine: 8,
    }).catch((error: unknown) => error as Error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain(`${file}:10`);
    expect((failure as Error).message).toContain('<callout> is not a component');
  });
});
