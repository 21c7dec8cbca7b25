import { resolve } from 'node:path';
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import * as astroServer from 'astro/runtime/server/index.js';
import { ModuleBodyError } from '../authoring/authorMistakesPlugin';
import { bodyImportValue } from '../authoring/bodyImports';
import { type BodyHeading, compileModuleBody } from '../authoring/compileModuleBody';
import { explainMdxError } from '../authoring/explainMdxError';
import { formatIssues } from '../lib/curriculum/contentIssue';

/** A module file as the curriculum reader gives it: its path from the project root, body and the line the body starts on. */
export interface ModuleSource {
  file: string;
  body: string;
  bodyStartLine?: number;
}

/** What `render()` gave for a content entry: the body as a component (author components passed in) and its headings. */
export interface RenderedBody {
  Content: AstroComponentFactory;
  headings: BodyHeading[];
}

// What @astrojs/mdx's compiled bodies call to be rendered by the JSX renderer; Astro's types leave it out.
const { __astro_tag_component__: tagComponent } = astroServer as unknown as {
  __astro_tag_component__: (component: unknown, renderer: string) => void;
};

type MdxContent = (props: { components?: Record<string, unknown> }) => unknown;

/**
 * A module body ready to render, compiled from the curriculum's own reading of the file (compileModuleBody)
 * and evaluated with Astro's JSX runtime, as `@astrojs/mdx` would make it: no content collection, and no
 * JavaScript module per body for the bundler to build and the prerenderer to load. A mistake in the body
 * fails with the author's file and line, as `npm run check:content` reports it.
 */
export async function renderModuleBody({ file, body, bodyStartLine }: ModuleSource): Promise<RenderedBody> {
  const abs = resolve(process.cwd(), file);
  let compiled: Awaited<ReturnType<typeof compileModuleBody>>;
  try {
    compiled = await compileModuleBody(body, { file: abs, startLine: bodyStartLine });
  } catch (error) {
    const problems =
      error instanceof ModuleBodyError
        ? error.problems
        : [explainMdxError(String((error as Error).message), `${'\n'.repeat((bodyStartLine ?? 1) - 1)}${body}`)];
    const failure = new Error(formatIssues(problems.map((problem) => ({ file, ...problem }))));
    failure.stack = failure.message; // the message says where and how to fix it; a JS stack would bury it
    throw failure;
  }
  const imports = Object.fromEntries(
    await Promise.all(compiled.imports.map(async (i) => [i.name, await bodyImportValue(i)] as const)),
  );
  const { default: MDXContent } = new Function(compiled.code)({ Fragment, jsx, jsxs }, imports) as {
    default: MdxContent;
  };
  // What @astrojs/mdx adds to a compiled body: the Fragment its static parts use, and the marks Astro renders it by.
  const Content = Object.assign(
    (props: { components?: Record<string, unknown> } = {}) =>
      MDXContent({ ...props, components: { Fragment, ...props.components } }),
    { [Symbol.for('mdx-component')]: true, [Symbol.for('astro.needsHeadRendering')]: true, moduleId: abs },
  );
  tagComponent(Content, 'astro:jsx');
  return { Content: Content as unknown as AstroComponentFactory, headings: compiled.headings };
}
