import { describe, expect, it } from 'vitest';
import { caseMarkdownToHtml } from './caseMarkdownToHtml.ts';
import { renderCaseMarkdown } from './renderCaseMarkdown.ts';

const html = (markdown: string) => caseMarkdownToHtml(renderCaseMarkdown(markdown));

describe('renderCaseMarkdown', () => {
  it('renders paragraphs, emphasis, strong and links to web addresses', () => {
    expect(renderCaseMarkdown('We *asked* the **payer** first, see [the guide](https://example.org/guide).')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'We ' },
          { type: 'emphasis', children: [{ type: 'text', value: 'asked' }] },
          { type: 'text', value: ' the ' },
          { type: 'strong', children: [{ type: 'text', value: 'payer' }] },
          { type: 'text', value: ' first, see ' },
          { type: 'link', href: 'https://example.org/guide', children: [{ type: 'text', value: 'the guide' }] },
          { type: 'text', value: '.' },
        ],
      },
    ]);
  });

  it('renders bulleted and numbered lists, keeping a numbered list’s start', () => {
    expect(html('- one\n- two\n\n3. three\n4. four')).toBe(
      '<ul>\n<li><p>one</p></li>\n<li><p>two</p></li>\n</ul>\n<ol start="3">\n<li><p>three</p></li>\n<li><p>four</p></li>\n</ol>',
    );
  });

  it('shows raw HTML as the text it was written as, never as markup', () => {
    const out = html(
      'Hello <script>alert(1)</script> and <b onclick="x()">bold</b>\n\n<div><img src=x onerror=alert(1)></div>',
    );
    expect(out).toBe(
      '<p>Hello &lt;script&gt;alert(1)&lt;/script&gt; and &lt;b onclick=&quot;x()&quot;&gt;bold&lt;/b&gt;</p>\n<p>&lt;div&gt;&lt;img src=x onerror=alert(1)&gt;&lt;/div&gt;</p>',
    );
  });

  it('keeps a link’s text but drops its address unless it is http(s)', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java&#115;cript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'mailto:someone@example.org',
      '/modules/x/',
      '//evil.example/',
    ]) {
      expect(html(`[click](${url})`), url).toBe('<p>click</p>');
    }
    expect(html('<javascript:alert(1)>')).toBe('<p>javascript:alert(1)</p>');
  });

  it('writes a link’s address as the browser reads it, quotes escaped', () => {
    expect(html('[a](<https://example.org/"onmouseover="x>)')).toBe(
      '<p><a href="https://example.org/%22onmouseover=%22x" rel="nofollow ugc noopener noreferrer">a</a></p>',
    );
    expect(html('<https://example.org/a?b=1&c=2>')).toBe(
      '<p><a href="https://example.org/a?b=1&amp;c=2" rel="nofollow ugc noopener noreferrer">https://example.org/a?b=1&amp;c=2</a></p>',
    );
  });

  it('names a link without words by its address', () => {
    expect(html('[](https://example.org/)')).toContain('>https://example.org/</a>');
  });

  it('shows an image as its alt text and never loads it', () => {
    expect(html('![the chart](https://evil.example/track.png) and ![](x.png)')).toBe('<p>the chart and </p>');
    expect(html('![alt <b>](javascript:alert(1))')).toBe('<p>alt &lt;b&gt;</p>');
  });

  it('turns headings, quotes and code into plain paragraphs', () => {
    expect(html('# Title\n\n> quoted *text*\n\n```\n<code>\n```\n\nuse `a<b`')).toBe(
      '<p>Title</p>\n<p>quoted <em>text</em></p>\n<p>&lt;code&gt;</p>\n<p>use a&lt;b</p>',
    );
  });

  it('keeps SQL-ish text, right-to-left text and very long words as they were written', () => {
    const sql = 'Robert\'); DROP TABLE cases;-- " OR 1=1';
    expect(html(sql)).toBe('<p>Robert&#39;); DROP TABLE cases;-- &quot; OR 1=1</p>');
    expect(html('مرحبا بالعالم')).toBe('<p>مرحبا بالعالم</p>');
    const word = 'a'.repeat(4000);
    expect(html(word)).toBe(`<p>${word}</p>`);
  });

  it('renders pathological input the schema lets through as text, without failing', () => {
    expect(html(`${'- '.repeat(6)}x`)).toContain('<li><p>x</p></li>');
    expect(html('*a'.repeat(300))).not.toContain('<script');
    expect(html('[a]('.repeat(300))).toBe(`<p>${'[a]('.repeat(300)}</p>`);
    expect(html('<'.repeat(1000))).toBe(`<p>${'&lt;'.repeat(1000)}</p>`);
  });

  it('renders nothing for nothing', () => {
    expect(renderCaseMarkdown('')).toEqual([]);
    expect(renderCaseMarkdown('---')).toEqual([]);
  });
});
