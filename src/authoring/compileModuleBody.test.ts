import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ModuleBodyError } from './authorMistakesPlugin';
import { compileModuleBody } from './compileModuleBody';
import { moduleMdxProcessor } from './moduleMdxProcessor';
import { readCurriculum } from './readCurriculum';

const project = resolve(import.meta.dirname, '..', '..');
const modulesDir = join(project, 'content', 'modules');
// The function that renders a compiled body, without the module or function wrapper around it.
const renderFunction = (code: string) =>
  code.slice(code.indexOf('function _createMdxContent'), code.indexOf('function MDXContent'));

describe('compileModuleBody', () => {
  const { curriculum } = readCurriculum(project);

  it('compiles every module of content/ as @astrojs/mdx compiles it for a bundled page, images aside', async () => {
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
      const before = await bundled.process(
        text.replace(/^---[\s\S]*?\n---/, (m) => m.replace(/[^\n]/g, ' ')),
        file,
        {},
      );
      const after = await compileModuleBody(module.body, { file, startLine: module.bodyStartLine });
      expect(renderFunction(after.code), module.id).toBe(renderFunction(before.code));
      // The headings `render()` listed for the table of contents came from the bundled module's getHeadings().
      expect(after.headings).toEqual(JSON.parse(/getHeadings\(\) \{ return (.*); \}/.exec(before.code)![1]!));
    }
  });

  it('gives a local image its fingerprinted download address, size and lazy loading', async () => {
    const module = curriculum.modules.find((m) => m.body.includes('](../files/account-plan-canvas.svg)'))!;
    const { code } = await compileModuleBody(module.body, {
      file: join(project, module.file),
      startLine: module.bodyStartLine,
    });
    expect(code).toMatch(/src: "\/downloads\/account-plan-canvas\.[0-9a-f]{8}\.svg"/);
    expect(code).toContain('loading: "lazy"');
    expect(code).toContain('decoding: "async"');
    expect(code).toMatch(/width: "640",\s*height: "400"/);
  });

  it('fails on an author mistake at its line in the module file', async () => {
    const file = join(modulesDir, readdirSync(modulesDir)[0]!);
    const failure = await compileModuleBody('Text.\n\n<callout type="tip">Hi</callout>\n', {
      file,
      startLine: 10,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ModuleBodyError);
    expect((failure as ModuleBodyError).line).toBe(12);
  });
});
