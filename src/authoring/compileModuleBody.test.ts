import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../tests/helpers/curriculumWorkspace';
import { ModuleBodyError } from './authorMistakesPlugin';
import { compileModuleBody } from './compileModuleBody';
import { moduleMdxProcessor } from './moduleMdxProcessor';
import { readCurriculum } from './readCurriculum';

// The function that renders a compiled body, without the module or function wrapper around it.
const renderFunction = (code: string) =>
  code.slice(code.indexOf('function _createMdxContent'), code.indexOf('function MDXContent'));

// A content folder with an image in content/files/ and a module that shows it.
const root = mkdtempSync(join(tmpdir(), 'compile-body-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'content', 'files'), { recursive: true });
mkdirSync(join(root, 'content', 'modules'), { recursive: true });
writeFileSync(
  join(root, 'content', 'files', 'map.svg'),
  '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400"></svg>',
);
const moduleFile = join(root, 'content', 'modules', 'a-module.mdx');
writeFileSync(moduleFile, '');

describe('compileModuleBody', () => {
  it('compiles the modules of the fixture curricula as @astrojs/mdx compiled them for a bundled page', async () => {
    // How the build compiled a body while each was a JavaScript module of its own (astro.config.mjs's mdx()).
    const bundled = await moduleMdxProcessor().createMdxRenderer!(
      { syntaxHighlight: 'prism', gfm: true, smartypants: true },
      { optimize: false, srcDir: pathToFileURL(join(root, 'src')) },
    );
    let compared = 0;
    for (const name of ['minimal', 'customer-success', 'exercises']) {
      const fixture = join(FIXTURES, 'curricula', name);
      // Bodies that import files differ by design: bodyImports gives the values the bundler gave (bodyImports.test.ts).
      for (const module of readCurriculum(fixture).curriculum.modules.filter((m) => !/^import /m.test(m.body))) {
        const file = join(fixture, module.file);
        const text = readFileSync(file, 'utf8');
        const before = await bundled.process(
          text.replace(/^---[\s\S]*?\n---/, (m) => m.replace(/[^\n]/g, ' ')),
          file,
          {},
        );

        const after = await compileModuleBody(module.body, { file, startLine: module.bodyStartLine });

        expect(renderFunction(after.code), module.id).toBe(renderFunction(before.code));
        // The headings render() listed for the table of contents came from the bundled module's getHeadings().
        expect(after.headings).toEqual(JSON.parse(/getHeadings\(\) \{ return (.*); \}/.exec(before.code)![1]!));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5);
  });

  it('gives a local image its fingerprinted download address, size and lazy loading', async () => {
    const { code } = await compileModuleBody('Intro.\n\n![An account map](../files/map.svg)\n', { file: moduleFile });

    expect(code).toMatch(/src: "\/downloads\/map\.[0-9a-f]{8}\.svg"/);
    expect(code).toContain('loading: "lazy"');
    expect(code).toContain('decoding: "async"');
    expect(code).toMatch(/width: "640",\s*height: "400"/);
  });

  it('fails on an author mistake at its line in the module file', async () => {
    const failure = await compileModuleBody('Text.\n\n<callout type="tip">Hi</callout>\n', {
      file: moduleFile,
      startLine: 10,
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ModuleBodyError);
    expect((failure as ModuleBodyError).line).toBe(12);
  });
});
