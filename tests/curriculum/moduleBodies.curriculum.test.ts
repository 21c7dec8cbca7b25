import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileModuleBody } from '../../src/authoring/compileModuleBody';
import { moduleMdxProcessor } from '../../src/authoring/moduleMdxProcessor';
import { readCurriculum } from '../../src/authoring/readCurriculum';

const project = resolve(import.meta.dirname, '..', '..');
// The function that renders a compiled body, without the module or function wrapper around it.
const renderFunction = (code: string) =>
  code.slice(code.indexOf('function _createMdxContent'), code.indexOf('function MDXContent'));

describe('the module bodies of content/', () => {
  it('compile as @astrojs/mdx compiled them for a page that bundled each one, images aside', async () => {
    const { curriculum } = readCurriculum(project);
    // How the build compiled a body while each was a JavaScript module of its own (astro.config.mjs's mdx()).
    const bundled = await moduleMdxProcessor().createMdxRenderer!(
      { syntaxHighlight: 'prism', gfm: true, smartypants: true },
      { optimize: false, srcDir: pathToFileURL(join(project, 'src')) },
    );
    const withImages = curriculum.modules.filter((m) => /!\[[^\]]*\]\(\.\.\/files\//.test(m.body));
    expect(withImages.length).toBeGreaterThan(0);
    for (const module of curriculum.modules.filter((m) => !withImages.includes(m))) {
      const file = join(project, module.file);
      const text = readFileSync(file, 'utf8');
      const blank = text.replace(/^---[\s\S]*?\n---/, (m) => m.replace(/[^\n]/g, ' '));
      const before = await bundled.process(blank, file, {});

      const after = await compileModuleBody(module.body, { file, startLine: module.bodyStartLine });

      expect(renderFunction(after.code), module.id).toBe(renderFunction(before.code));
      // The headings render() listed for the table of contents came from the bundled module's getHeadings().
      expect(after.headings).toEqual(JSON.parse(/getHeadings\(\) \{ return (.*); \}/.exec(before.code)![1]!));
    }
  });
});
